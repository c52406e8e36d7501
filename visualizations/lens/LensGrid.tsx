'use client';
/**
 * The lens as a grid: one column per token of the sentence, one row per depth (the
 * embedding, then after each block), each cell the token that depth would predict
 * next with its probability (the shade is the probability). Under a rule, the
 * model's own output row, computed from forward()'s logits, to compare with the
 * last lens row. The grid takes one tab stop; arrow keys move the selected cell.
 */
import { memo, useMemo, type KeyboardEvent } from 'react';
import type { LensToken } from '@/lib/model/lens';
import { percent } from '@/lib/widgets/format';
import { nextCell } from '@/lib/widgets/keys';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { tokenText } from '@/lib/widgets/tokenText';
import type { LensStrings } from './strings';

interface LensGridProps {
  t: LensStrings;
  tokens: string[];
  /** [stream][pos] → top tokens, most likely first. */
  grid: LensToken[][][];
  /** [pos] → the model's own top tokens. */
  output: LensToken[][];
  row: number;
  pos: number;
  onSelect: (row: number, pos: number) => void;
  describedBy: string;
}

const RULE = 10;

/**
 * The grid's measures for its label sizes: a chapter's (tokens 12 px, shares 10 px, row
 * names 11 px) or a slide's larger ones (useLabelPx), columns and rows grown to hold them.
 */
function lensLayout(labelSize: (px: number) => number) {
  const token = labelSize(12);
  const share = labelSize(10);
  const name = labelSize(11);
  return {
    token,
    share,
    name,
    labelW: Math.round((112 * name) / 11),
    colW: Math.max(68, Math.round(token * 4.2 + 6)),
    headH: Math.max(30, token * 2),
    rowH: Math.round(Math.max(36, 1.2 * (token + share) + 8)),
  };
}
type LensLayout = ReturnType<typeof lensLayout>;

const Cell = memo(function Cell({ cell, x, y, selected, row, pos, layout }: { cell: LensToken; x: number; y: number; selected: boolean; row: number | 'model'; pos: number; layout: LensLayout }) {
  const { colW, rowH } = layout;
  return (
    <g transform={`translate(${x},${y})`} data-lens-row={row} data-lens-pos={pos} data-lens-token={cell.token} data-lens-p={cell.p.toFixed(6)}>
      <rect width={colW - 4} height={rowH - 4} rx={3} className="lens-cell" fillOpacity={0.1 + 0.75 * cell.p} />
      {selected && <rect width={colW - 4} height={rowH - 4} rx={3} className="lens-selected" />}
      <text x={(colW - 4) / 2} y={(rowH - 4) / 2 - 0.6 * layout.share} textAnchor="middle" dominantBaseline="central" className="lens-token" style={{ fontSize: layout.token }}>
        {tokenText(cell.token).slice(0, 6)}
      </text>
      <text x={(colW - 4) / 2} y={(rowH - 4) / 2 + 0.6 * layout.token} textAnchor="middle" dominantBaseline="central" className="lens-p" style={{ fontSize: layout.share }}>
        {percent(cell.p)}
      </text>
    </g>
  );
});

export function LensGrid({ t, tokens, grid, output, row, pos, onSelect, describedBy }: LensGridProps) {
  const labelSize = useLabelPx();
  // one object while the sizes stay, so the memoised cells keep their props
  const layout = useMemo(() => lensLayout(labelSize), [labelSize]);
  const { labelW, colW, headH, rowH } = layout;
  const rows = grid.length;
  const width = labelW + tokens.length * colW;
  const outputY = headH + rows * rowH + RULE;
  const height = outputY + rowH;
  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextCell({ row, col: pos }, event.key, rows, tokens.length);
    if (!next) return;
    event.preventDefault();
    onSelect(next.row, next.col);
  };
  return (
    <div className="lens-scroll" tabIndex={0} role="group" aria-label={t.gridLabel(rows + 1, tokens.length)} aria-describedby={describedBy} onKeyDown={onKeyDown}>
      <svg className="lens-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        {tokens.map((token, p) => (
          <text
            key={p}
            x={labelW + p * colW + (colW - 4) / 2}
            y={headH / 2}
            textAnchor="middle"
            dominantBaseline="central"
            className={p === pos ? 'lens-head lens-head-on' : 'lens-head'}
            style={{ fontSize: layout.token }}
          >
            {tokenText(token).slice(0, 7)}
          </text>
        ))}
        {grid.map((cells, r) => (
          <g key={r}>
            <text
              x={labelW - 8}
              y={headH + r * rowH + rowH / 2 - 2}
              textAnchor="end"
              dominantBaseline="central"
              className={r === row ? 'lens-label lens-head-on' : 'lens-label'}
              style={{ fontSize: layout.name }}
            >
              {t.stream(r)}
            </text>
            {cells.map((top, p) => (
              <g key={p} onClick={() => onSelect(r, p)}>
                <Cell cell={top[0]} x={labelW + p * colW} y={headH + r * rowH} selected={r === row && p === pos} row={r} pos={p} layout={layout} />
              </g>
            ))}
          </g>
        ))}
        <line x1={0} x2={width} y1={outputY - RULE / 2 - 2} y2={outputY - RULE / 2 - 2} className="lens-rule" />
        <text x={labelW - 8} y={outputY + rowH / 2 - 2} textAnchor="end" dominantBaseline="central" className="lens-label" style={{ fontSize: layout.name }}>
          {t.model}
        </text>
        {output.map((top, p) => (
          <Cell key={p} cell={top[0]} x={labelW + p * colW} y={outputY} selected={false} row="model" pos={p} layout={layout} />
        ))}
      </svg>
    </div>
  );
}
