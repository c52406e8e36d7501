'use client';
/**
 * The "why order" demo in one table for a slide: each word of the sentence, and how far
 * its self-attention output moves when the sentence is shuffled (the largest |difference|
 * between its two output vectors), without and with sinusoidal positions. The room reads
 * the point from two columns of numbers: all zeros, then none.
 */
import { estimateTextWidth, wrapText } from '@/components/figures/primitives';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { fixed } from '@/lib/widgets/format';
import type { OrderComparison } from './orderDemo';
import type { PositionalStrings } from './strings';

interface OrderSummaryProps {
  t: PositionalStrings;
  width: number;
  words: string[];
  /** order[k]: the original index of the k-th word after shuffling. */
  order: number[];
  without: OrderComparison;
  withPositions: OrderComparison;
}

export function OrderSummary({ t, width, words, order, without, withPositions }: OrderSummaryProps) {
  const labelSize = useLabelPx();
  const font = labelSize(13);
  const mono = labelSize(12);
  const line = Math.round(font * 1.3);
  const rowH = Math.round(font * 1.75);
  const wordW = Math.max(0, ...words.map((w) => estimateTextWidth(w, font))) + 16;
  const colW = Math.max(mono * 6, (width - wordW) / 2);
  const heads = [t.noPositions, t.withPositions].map((title) => wrapText(title, colW - 12, font).split('\n'));
  const headLines = Math.max(...heads.map((h) => h.length));
  const title = wrapText(t.orderSummaryTitle, width - 4, font).split('\n');
  const tableTop = title.length * line + 8;
  const bodyTop = tableTop + headLines * line + 8;
  const height = bodyTop + words.length * rowH + 4;
  const w = wordW + 2 * colW;
  // rows in the sentence's own order; the comparisons count words in shuffled order
  const rows = words.map((word, i) => {
    const k = order.indexOf(i);
    return { word, values: [without.differences[k], withPositions.differences[k]] };
  });
  return (
    <svg width={w} height={height} viewBox={`0 0 ${w} ${height}`} role="img" aria-label={t.orderSummaryLabel}>
      {title.map((text, i) => (
        <text key={i} x={0} y={(i + 0.8) * line} fontSize={font} fontWeight={600}>
          {text}
        </text>
      ))}
      {heads.map((lines, c) =>
        lines.map((text, i) => (
          <text key={`${c}-${i}`} x={wordW + (c + 0.5) * colW} y={tableTop + (i + 0.8) * line} fontSize={font} textAnchor="middle" fill="var(--muted)">
            {text}
          </text>
        )),
      )}
      <line x1={0} x2={w} y1={bodyTop - 4} y2={bodyTop - 4} stroke="var(--border)" />
      {rows.map((row, r) => {
        const y = bodyTop + r * rowH;
        return (
          <g key={r} transform={`translate(0 ${y})`}>
            <text x={0} y={rowH * 0.68} fontSize={font} fontWeight={600}>
              {row.word}
            </text>
            {row.values.map((value, c) => (
              <g key={c} transform={`translate(${wordW + c * colW} 0)`}>
                <rect x={6} y={2} width={colW - 12} height={rowH - 4} rx={3} fill={value > 1e-12 ? 'var(--accent)' : 'var(--surface)'} fillOpacity={value > 1e-12 ? 0.18 : 1} />
                <text x={colW / 2} y={rowH * 0.68} fontSize={mono} textAnchor="middle" fontFamily="var(--font-mono)" fontWeight={value > 1e-12 ? 700 : 400}>
                  {fixed(value, 6)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
