'use client';
/**
 * The learned view: a trained table of position vectors (usePositionTable: a model built
 * like the site's own, trained with learned position embeddings), and its
 * cosine-similarity matrix beside the sinusoidal one of the same size, so readers
 * compare what training learned with what was designed.
 */
import { useMemo, useState } from 'react';
import { sinusoidalEncoding } from '@/lib/math';
import type { Locale } from '@/lib/i18n/locales';
import type { PositionTable } from '@/lib/model/positionTable';
import { fixed, scientific } from '@/lib/widgets/format';
import { Curve } from './Curve';
import { SlideFold } from '@/components/widget/SlideFold';
import { Heatmap, type Cell } from './Heatmap';
import { cosineGrid, diagonalSpread, gridFromRows, gridRow, maxAbs, tableRows } from './math';
import type { PositionalStrings } from './strings';
import { usePositionTable } from './usePositionTable';

interface LearnedPanelProps {
  t: PositionalStrings;
  locale: Locale;
  width: number;
  pos: number;
  onPos: (pos: number) => void;
}

/** The table's download: a progress bar (without a fraction while the size is unknown), or the failure and a retry. */
function TableStatus({ t, state }: { t: PositionalStrings; state: ReturnType<typeof usePositionTable> }) {
  if (state.error) {
    return (
      <div className="pe-status" role="alert">
        <p>{state.error}</p>
        <button type="button" className="widget-button" onClick={state.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  return (
    <div className="pe-status" role="status">
      <p>{t.loadingTable}</p>
      <progress max={1} value={state.progress > 0 ? state.progress : undefined} aria-label={t.loadingTable} />
    </div>
  );
}

export function LearnedPanel({ t, locale, width, pos, onPos }: LearnedPanelProps) {
  const state = usePositionTable(locale);
  if (!state.table) return <TableStatus t={t} state={state} />;
  return <LearnedViews t={t} table={state.table} width={width} pos={pos} onPos={onPos} />;
}

function LearnedViews({ t, table, width, pos: requested, onPos }: { t: PositionalStrings; table: PositionTable; width: number; pos: number; onPos: (pos: number) => void }) {
  const data = useMemo(() => {
    const rows = tableRows(table);
    const sinusoidal = sinusoidalEncoding(table.rows, table.cols);
    const learnedSim = cosineGrid(rows);
    const sinusoidalSim = cosineGrid(sinusoidal);
    const vectors = gridFromRows(rows);
    return { vectors, vectorMax: maxAbs(vectors), learnedSim, sinusoidalSim, learnedSpread: diagonalSpread(learnedSim), sinusoidalSpread: diagonalSpread(sinusoidalSim) };
  }, [table]);
  const n = data.vectors.rows;
  const d = data.vectors.cols;
  const pos = Math.min(requested, n - 1);
  const [other, setOther] = useState(0);
  const [dim, setDim] = useState(0);
  const twoUp = width >= 520;
  const half = twoUp ? Math.floor((width - 20) / 2) : width;
  const simPlot = Math.min(half, 420) - 50;
  const pick = (cell: Cell) => {
    setOther(cell.col);
    onPos(cell.row);
  };
  const cosine = (grid: typeof data.learnedSim) => (cell: Cell) => [t.cosineLine(cell.row, cell.col, fixed(grid.values[cell.row * n + cell.col]))];
  const vmax = fixed(data.vectorMax, 2);
  return (
    <div className="pe-stack">
      <Heatmap
        grid={data.vectors}
        max={data.vectorMax}
        width={Math.min(width, 720)}
        plotHeight={Math.min(260, n * 4)}
        rowTitle={t.position}
        colTitle={t.dimension}
        title={t.learnedVectorsTitle(n, d)}
        label={t.learnedVectorsLabel}
        cursor={{ row: pos, col: Math.min(dim, d - 1) }}
        onCursor={(cell) => {
          setDim(cell.col);
          onPos(cell.row);
        }}
        describe={(cell) => [t.learnedCell(cell.row, cell.col, fixed(data.vectors.values[cell.row * d + cell.col]))]}
        legend={[`−${vmax}`, '0', `+${vmax}`]}
      />
      {/* on a slide the comparisons fold (SlideFold); opened, they take the vectors' place (positional.css) */}
      <SlideFold label={t.learnedSimTitle}>
        <div className="pe-compare">
          <div className="pe-row">
            <Heatmap
              grid={data.learnedSim}
              max={1}
              width={Math.min(half, 420)}
              plotHeight={simPlot}
              rowTitle={`${t.position} a`}
              colTitle={`${t.position} b`}
              title={t.learnedSimTitle}
              label={`${t.learnedSimTitle}${t.punct.colon}${t.cosineNote}`}
              cursor={{ row: pos, col: Math.min(other, n - 1) }}
              onCursor={pick}
              describe={cosine(data.learnedSim)}
              legend={['−1', '0', '+1']}
            />
            <Heatmap
              grid={data.sinusoidalSim}
              max={1}
              width={Math.min(half, 420)}
              plotHeight={simPlot}
              rowTitle={`${t.position} a`}
              colTitle={`${t.position} b`}
              title={t.sinusoidalSimTitle(d)}
              label={`${t.sinusoidalSimTitle(d)}${t.punct.colon}${t.cosineNote}`}
              cursor={{ row: pos, col: Math.min(other, n - 1) }}
              onCursor={pick}
              describe={cosine(data.sinusoidalSim)}
              legend={['−1', '0', '+1']}
            />
          </div>
          <p className="pe-note">{t.cosineNote}</p>
          <Curve
            width={width}
            title={t.learnedCurveTitle(pos)}
            label={t.learnedCurveTitle(pos)}
            yLabel={t.cosine}
            series={[
              { name: t.learnedLegend, values: gridRow(data.learnedSim, pos), colour: 'var(--accent)' },
              { name: t.sinusoidalLegend, values: gridRow(data.sinusoidalSim, pos), colour: 'var(--accent-2)', dashed: true },
            ]}
            marker={pos}
            other={Math.min(other, n - 1)}
          />
        </div>
      </SlideFold>
      <p className="pe-verdict">{t.spreadCompare(fixed(data.learnedSpread, 2), data.sinusoidalSpread === 0 ? '0' : scientific(data.sinusoidalSpread, 2))}</p>
      <p className="pe-note">{t.learnedSource(n, d)}</p>
    </div>
  );
}
