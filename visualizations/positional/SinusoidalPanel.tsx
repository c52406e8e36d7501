'use client';
/**
 * The sinusoidal view: the encoding as a positions × dimensions heatmap with the value
 * under the pointer or keyboard cursor, the 2017 formula beside it (plain HTML with
 * sub/superscripts, worked out for the highlighted cell), and the waves of a few
 * dimensions whose wavelengths grow geometrically.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { fixed } from '@/lib/widgets/format';
import { Heatmap, type Cell } from './Heatmap';
import { cellDetail, sinusoidalGrid } from './math';
import { SlideFold } from '@/components/widget/SlideFold';
import { Waves } from './Waves';
import type { PositionalStrings } from './strings';

interface SinusoidalPanelProps {
  t: PositionalStrings;
  width: number;
  positions: number;
  dims: number;
  pos: number;
  onPos: (pos: number) => void;
}

const FORMULA_WIDTH = 330;

export function SinusoidalPanel({ t, width, positions: wantedPositions, dims: wantedDims, pos: wantedPos, onPos }: SinusoidalPanelProps) {
  // a slider drag stays responsive: the table follows in a deferred render
  const deferredPositions = useDeferredValue(wantedPositions);
  const deferredDims = useDeferredValue(wantedDims);
  const grid = useMemo(() => sinusoidalGrid(deferredPositions, deferredDims), [deferredPositions, deferredDims]);
  const positions = grid.rows;
  const dims = grid.cols;
  const pos = Math.min(wantedPos, positions - 1);
  const [dim, setDim] = useState(0);
  const [hover, setHover] = useState<Cell | null>(null);
  const col = Math.min(dim, dims - 1);
  const cursor = { row: pos, col };
  const beside = width >= 760;
  const heatmapWidth = beside ? width - FORMULA_WIDTH - 20 : width;
  const plotHeight = Math.round(Math.min(beside ? 380 : 300, Math.max(160, positions * 4)));
  const at = hover && hover.row < positions && hover.col < dims ? hover : cursor;
  const shown = cellDetail(grid, at.row, at.col);
  const describe = (cell: Cell) => {
    const d = cellDetail(grid, cell.row, cell.col);
    return [t.cellLine(d.pos, d.dim, fixed(d.value)), t.cellFormula(d.fn, d.pos, 2 * d.pair, dims, fixed(d.angle))];
  };
  return (
    <div className="pe-stack">
      <div className="pe-row">
        <Heatmap
          grid={grid}
          max={1}
          width={heatmapWidth}
          plotHeight={plotHeight}
          rowTitle={t.position}
          colTitle={t.dimension}
          title={t.heatmapTitle(positions, dims)}
          label={t.heatmapLabel(positions, dims)}
          cursor={cursor}
          onCursor={(cell) => {
            setDim(cell.col);
            onPos(cell.row);
          }}
          onHover={setHover}
          describe={describe}
          legend={['−1', '0', '+1']}
        />
        <div className="pe-formula">
          <p>
            <strong>{t.formulaTitle}</strong>
          </p>
          <p className="pe-math">
            <i>PE</i>
            <sub>(pos, 2i)</sub> = sin(<i>pos</i> / 10000
            <sup>
              2i / d<sub>model</sub>
            </sup>
            )
          </p>
          <p className="pe-math">
            <i>PE</i>
            <sub>(pos, 2i+1)</sub> = cos(<i>pos</i> / 10000
            <sup>
              2i / d<sub>model</sub>
            </sup>
            )
          </p>
          <p className="pe-note">{t.formulaWhere}</p>
          <p>{t.formulaCell(shown.pos, shown.dim, shown.pair, dims)}</p>
          <p className="pe-computed">
            {shown.fn}({shown.pos} / 10000
            <sup>
              {2 * shown.pair}/{dims}
            </sup>
            ) = {shown.fn}({shown.pos} / {fixed(shown.denominator)}) = {shown.fn}({fixed(shown.angle)}) = <strong>{fixed(shown.value)}</strong>
          </p>
          <p className="pe-note">{t.formulaWavelength(fixed(shown.wavelength, 1))}</p>
          <p className="pe-note">{t.hint}</p>
        </div>
      </div>
      {/* on a slide the waves fold (SlideFold): the map and the formula are what the room reads first */}
      <SlideFold label={t.wavesTitle}>
        <Waves t={t} width={width} grid={grid} pos={pos} highlight={shown.dim} />
      </SlideFold>
    </div>
  );
}
