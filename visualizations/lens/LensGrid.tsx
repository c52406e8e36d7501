'use client';
/**
 * The lens as a grid: one column per token of the sentence, one row per depth (the
 * embedding, then after each block), each cell the token that depth would predict
 * next with its probability (the shade is the probability). Under a rule, the
 * model's own output row, computed from forward()'s logits, to compare with the
 * last lens row. The grid takes one tab stop; arrow keys move the selected cell.
 */
import { memo, type KeyboardEvent } from 'react';
import type { LensToken } from '@/lib/model/lens';
import { percent } from '@/lib/widgets/format';
import { nextCell } from '@/lib/widgets/keys';
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

const LABEL_W = 112;
const COL_W = 68;
const HEAD_H = 30;
const ROW_H = 36;
const RULE = 10;

const Cell = memo(function Cell({ cell, x, y, selected, row, pos }: { cell: LensToken; x: number; y: number; selected: boolean; row: number | 'model'; pos: number }) {
  return (
    <g transform={`translate(${x},${y})`} data-lens-row={row} data-lens-pos={pos} data-lens-token={cell.token} data-lens-p={cell.p.toFixed(6)}>
      <rect width={COL_W - 4} height={ROW_H - 4} rx={3} className="lens-cell" fillOpacity={0.1 + 0.75 * cell.p} />
      {selected && <rect width={COL_W - 4} height={ROW_H - 4} rx={3} className="lens-selected" />}
      <text x={(COL_W - 4) / 2} y={11} textAnchor="middle" dominantBaseline="central" className="lens-token">
        {tokenText(cell.token).slice(0, 6)}
      </text>
      <text x={(COL_W - 4) / 2} y={24} textAnchor="middle" dominantBaseline="central" className="lens-p">
        {percent(cell.p)}
      </text>
    </g>
  );
});

export function LensGrid({ t, tokens, grid, output, row, pos, onSelect, describedBy }: LensGridProps) {
  const rows = grid.length;
  const width = LABEL_W + tokens.length * COL_W;
  const outputY = HEAD_H + rows * ROW_H + RULE;
  const height = outputY + ROW_H;
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
          <text key={p} x={LABEL_W + p * COL_W + (COL_W - 4) / 2} y={HEAD_H / 2} textAnchor="middle" dominantBaseline="central" className={p === pos ? 'lens-head lens-head-on' : 'lens-head'}>
            {tokenText(token).slice(0, 7)}
          </text>
        ))}
        {grid.map((cells, r) => (
          <g key={r}>
            <text x={LABEL_W - 8} y={HEAD_H + r * ROW_H + ROW_H / 2 - 2} textAnchor="end" dominantBaseline="central" className={r === row ? 'lens-label lens-head-on' : 'lens-label'}>
              {t.stream(r)}
            </text>
            {cells.map((top, p) => (
              <g key={p} onClick={() => onSelect(r, p)}>
                <Cell cell={top[0]} x={LABEL_W + p * COL_W} y={HEAD_H + r * ROW_H} selected={r === row && p === pos} row={r} pos={p} />
              </g>
            ))}
          </g>
        ))}
        <line x1={0} x2={width} y1={outputY - RULE / 2 - 2} y2={outputY - RULE / 2 - 2} className="lens-rule" />
        <text x={LABEL_W - 8} y={outputY + ROW_H / 2 - 2} textAnchor="end" dominantBaseline="central" className="lens-label">
          {t.model}
        </text>
        {output.map((top, p) => (
          <Cell key={p} cell={top[0]} x={LABEL_W + p * COL_W} y={outputY} selected={false} row="model" pos={p} />
        ))}
      </svg>
    </div>
  );
}
