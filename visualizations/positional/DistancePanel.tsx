'use client';
/**
 * The distance view: dot products PE(a)·PE(b) of every pair of positions as a matrix,
 * and the picked position's row as a curve. The spread along each diagonal is computed
 * and shown: it is zero up to rounding, because the dot product depends only on b − a.
 */
import { useMemo, useState } from 'react';
import { fixed, scientific } from '@/lib/widgets/format';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { Curve } from './Curve';
import { Heatmap, type Cell } from './Heatmap';
import { diagonalSpread, gridRow, minValue } from './math';
import type { PositionalStrings } from './strings';
import { useDotProducts } from './useDotProducts';

interface DistancePanelProps {
  t: PositionalStrings;
  width: number;
  positions: number;
  dims: number;
  pos: number;
  onPos: (pos: number) => void;
}

export function DistancePanel({ t, width, positions, dims, pos: wantedPos, onPos }: DistancePanelProps) {
  // computed in the slider's own render, one task from input to picture: a result that comes
  // later (a deferred render, a worker's answer) lets the browser first draw a frame of the old
  // matrix, 3–5 ms of layout and paint inside every update
  const { grid: gram } = useDotProducts(positions, dims);
  const pos = Math.min(wantedPos, positions - 1);
  const spread = useMemo(() => diagonalSpread(gram), [gram]);
  const lowest = useMemo(() => minValue(gram), [gram]);
  const [other, setOther] = useState(0);
  const col = Math.min(other, positions - 1);
  // the map and its curve side by side on a wide page, and on a slide (whose room is short)
  const onSlide = useOnSlide();
  const beside = width >= 900 || onSlide;
  const size = Math.min(beside && width < 900 ? Math.floor(width * 0.48) : width, 520);
  const plot = size - 50;
  // the curve takes the rest of the row less the row's gap (1.25rem) and 2 px to spare: at a
  // zoomed slide's fractional pixels an exact fit can wrap the curve under the map
  const curveWidth = width - size - 22;
  const describe = (cell: Cell) => [t.dotLine(cell.row, cell.col, fixed(gram.values[cell.row * gram.cols + cell.col])), t.offsetLine(fixed(cell.col - cell.row, 0))];
  return (
    <div className="pe-stack">
      <div className="pe-row">
        <Heatmap
          grid={gram}
          max={dims / 2}
          min={lowest >= 0 ? lowest : undefined}
          width={size}
          plotHeight={plot}
          rowTitle={`${t.position} a`}
          colTitle={`${t.position} b`}
          title={t.distanceTitle(positions, dims)}
          label={t.distanceLabel}
          cursor={{ row: pos, col }}
          onCursor={(cell) => {
            setOther(cell.col);
            onPos(cell.row);
          }}
          describe={describe}
          legend={lowest >= 0 ? [fixed(lowest, 1), fixed((lowest + dims / 2) / 2, 1), String(dims / 2)] : [`−${dims / 2}`, '0', `+${dims / 2}`]}
        />
        <Curve
          width={beside ? curveWidth : width}
          title={t.curveTitle(pos)}
          label={t.curveLabel(pos)}
          yLabel={t.dotProduct}
          series={[{ name: 'PE', values: gridRow(gram, pos), colour: 'var(--accent)' }]}
          marker={pos}
          other={col}
        />
      </div>
      <p className="pe-verdict">{t.spread(spread === 0 ? '0' : scientific(spread, 2))}</p>
    </div>
  );
}
