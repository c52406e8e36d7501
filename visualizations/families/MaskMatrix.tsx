'use client';
/**
 * One attention mask drawn as a query × key matrix: allowed cells filled, blocked cells
 * empty (with a small × when there is room, so colour is not the only cue), the active
 * query's row outlined and its allowed keys filled solid.
 *
 * A 64-token sentence has 4,096 cells per mask: they are painted on a canvas
 * (CellCanvas), so an update is one image copy, and a new active row glides in; the
 * labels, crosses and outlines are SVG, with an <image> standing for the cells in
 * downloads.
 */
import { useMemo, useRef } from 'react';
import { CellCanvas } from '@/components/widget/CellCanvas';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { estimateTextWidth, wrapText } from '@/components/figures/primitives';
import { gridFromRows } from '@/lib/widgets/cellGrid';
import { maskIntensities } from './math';

interface MaskMatrixProps {
  mask: boolean[][];
  rowTokens: string[];
  colTokens: string[];
  /** Available width in CSS pixels. */
  width: number;
  title: string;
  label: string;
  /** Query row to highlight. */
  activeRow: number | null;
  /** Key column to highlight (e.g. the encoder token every decoder token can read). */
  activeCol?: number | null;
  queriesLabel: string;
  keysLabel: string;
}

const MAX_CELL = 30;
const FONT = 11;

/** Small crosses in the blocked cells. */
function crossesPath(mask: readonly (readonly boolean[])[], x0: number, y0: number, cell: number): string {
  const r = cell * 0.18;
  let d = '';
  mask.forEach((row, i) =>
    row.forEach((allowed, j) => {
      if (allowed) return;
      const cx = x0 + (j + 0.5) * cell;
      const cy = y0 + (i + 0.5) * cell;
      d += `M${cx - r} ${cy - r}L${cx + r} ${cy + r}M${cx - r} ${cy + r}L${cx + r} ${cy - r}`;
    }),
  );
  return d;
}

const short = (token: string) => (Array.from(token).length > 6 ? `${Array.from(token).slice(0, 5).join('')}…` : token);

export function MaskMatrix({ mask, rowTokens, colTokens, width, title, label, activeRow, activeCol = null, queriesLabel, keysLabel }: MaskMatrixProps) {
  const nRows = rowTokens.length;
  const nCols = colTokens.length;
  // label sizes: a chapter's, or the slide's (larger); the margins and the choice of token
  // labels over position ticks follow them
  const labelSize = useLabelPx();
  const font = labelSize(FONT);
  const titleFont = labelSize(12);
  const axisFont = labelSize(10.5);
  const tickFont = labelSize(10);
  const provisional = Math.min(MAX_CELL, (width - 30) / Math.max(1, nCols));
  const labelled = provisional >= (13 * font) / FONT;
  const rowLabelW = labelled ? Math.max(16, ...rowTokens.map((t) => estimateTextWidth(short(t), font))) + 6 : tickFont * 2.2;
  const cell = Math.max(2, Math.min(MAX_CELL, (width - rowLabelW - 14) / Math.max(1, nCols)));
  const widest = Math.max(0, ...colTokens.map((t) => estimateTextWidth(short(t), font)));
  // column labels lie flat when every one fits its cell (single Chinese characters), else they slant
  const slanted = widest > cell - 2;
  const colLabelH = !labelled ? tickFont * 1.4 : slanted ? Math.max(16, widest) * 0.75 + 8 : font * 1.45;
  const titleLine = titleFont * 1.25;
  const titleLines = wrapText(title, width - 4, titleFont).split('\n');
  const x0 = rowLabelW + axisFont + 1.5;
  const y0 = 6 + titleLines.length * titleLine + colLabelH + 12;
  const gridW = cell * nCols;
  const gridH = cell * nRows;
  const height = y0 + gridH + 24;
  const svgW = Math.min(width, Math.max(x0 + gridW + 8, ...titleLines.map((l) => estimateTextWidth(l, titleFont) + 4)));
  const image = useRef<SVGImageElement>(null);
  const grid = useMemo(() => gridFromRows(maskIntensities(mask, activeRow), undefined, nCols), [mask, activeRow, nCols]);
  const ticks = (n: number) => (n <= 1 ? [0] : [0, ...Array.from({ length: Math.floor((n - 1) / 10) }, (_, k) => (k + 1) * 10 - 1), n - 1].filter((v, i, a) => a.indexOf(v) === i));
  return (
    <div className="cell-map" style={{ width: svgW }}>
      <CellCanvas grid={grid} x={x0} y={y0} width={gridW} height={gridH} imageRef={image} />
      <svg width={svgW} height={height} viewBox={`0 0 ${svgW} ${height}`} role="img" aria-label={label}>
        {titleLines.map((line, k) => (
          <text key={k} x={0} y={titleFont + 1 + k * titleLine} fontSize={titleFont} fontWeight={600}>
            {line}
          </text>
        ))}
        <text x={x0} y={y0 - colLabelH - 4} fontSize={axisFont} fill="var(--muted)">
          {keysLabel} →
        </text>
        <text transform={`translate(${axisFont * 0.75} ${y0 + gridH / 2}) rotate(-90)`} fontSize={axisFont} textAnchor="middle" fill="var(--muted)">
          {queriesLabel} →
        </text>
        {labelled
          ? colTokens.map((t, j) => (
              <text
                key={j}
                transform={slanted ? `translate(${x0 + (j + 0.5) * cell + 3} ${y0 - 4}) rotate(-50)` : `translate(${x0 + (j + 0.5) * cell} ${y0 - 4})`}
                textAnchor={slanted ? 'start' : 'middle'}
                fontSize={font}
                fontWeight={j === activeCol ? 700 : 400}
              >
                {short(t)}
              </text>
            ))
          : ticks(nCols).map((j) => (
              <text key={j} x={x0 + (j + 0.5) * cell} y={y0 - 4} fontSize={tickFont} textAnchor="middle" fill="var(--muted)">
                {j + 1}
              </text>
            ))}
        {labelled
          ? rowTokens.map((t, i) => (
              <text key={i} x={x0 - 4} y={y0 + (i + 0.5) * cell} fontSize={font} textAnchor="end" dominantBaseline="middle" fontWeight={i === activeRow ? 700 : 400}>
                {short(t)}
              </text>
            ))
          : ticks(nRows).map((i) => (
              <text key={i} x={x0 - 4} y={y0 + (i + 0.5) * cell} fontSize={tickFont} textAnchor="end" dominantBaseline="middle" fill="var(--muted)">
                {i + 1}
              </text>
            ))}
        <image ref={image} x={x0} y={y0} width={gridW} height={gridH} preserveAspectRatio="none" />
        <rect x={x0} y={y0} width={gridW} height={gridH} fill="none" stroke="var(--border)" />
        {cell >= 9 && <path d={crossesPath(mask, x0, y0, cell)} stroke="var(--muted)" strokeWidth={1} fill="none" />}
        {activeRow !== null && activeRow < nRows && <rect x={x0 - 1} y={y0 + activeRow * cell - 1} width={gridW + 2} height={cell + 2} fill="none" stroke="var(--fg)" strokeWidth={1.5} />}
        {activeCol !== null && activeCol < nCols && (
          <rect x={x0 + activeCol * cell - 1} y={y0 - 1} width={cell + 2} height={gridH + 2} fill="none" stroke="var(--accent-2)" strokeWidth={1.5} strokeDasharray="3 2" />
        )}
      </svg>
    </div>
  );
}
