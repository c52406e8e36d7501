'use client';
/**
 * "Why order needs encoding": a sentence and its shuffle run through one self-attention
 * layer, without and with sinusoidal positions, computed live (orderDemo.ts). Without
 * positions each word's output is the same vector in both orders; with them it changes.
 */
import { useId, useMemo } from 'react';
import { estimateTextWidth } from '@/components/figures/primitives';
import { fixed } from '@/lib/widgets/format';
import { compareOrders, ORDER_DIM, splitWords, shuffleOrder, type OrderComparison } from './orderDemo';
import type { PositionalStrings } from './strings';

interface OrderPanelProps {
  t: PositionalStrings;
  width: number;
  sentences: string[];
  sentence: number;
  onSentence: (index: number) => void;
  seed: number;
  onShuffle: () => void;
}

const LINE = 19;

function ComparisonBlock({ t, width, words, order, result, title }: { t: PositionalStrings; width: number; words: string[]; order: number[]; result: OrderComparison; title: string }) {
  const wordW = Math.min(80, Math.max(28, ...words.map((w) => estimateTextWidth(w, 13))) + 10);
  const labelW = Math.max(estimateTextWidth(t.inOriginal, 11), estimateTextWidth(t.afterShuffle, 11)) + 8;
  const numW = Math.max(40, Math.min(62, (width - wordW - labelW) / ORDER_DIM));
  // three decimals when the cells have room for them, two on a phone
  const digits = numW >= 52 ? 3 : 2;
  const w = wordW + labelW + numW * ORDER_DIM;
  const groupH = LINE * 3 + 8;
  const height = 26 + order.length * groupH;
  const max = Math.max(1e-9, ...result.original.flat().map(Math.abs));
  const cells = (vec: number[], y: number) =>
    vec.map((v, d) => (
      <g key={d} transform={`translate(${wordW + labelW + d * numW} ${y})`}>
        <rect x={1} y={-LINE + 5} width={numW - 2} height={LINE - 2} fill={v < 0 ? 'var(--accent-2)' : 'var(--accent)'} fillOpacity={0.12 + 0.4 * Math.min(1, Math.abs(v) / max)} />
        <text x={numW - 5} y={0} fontSize={11.5} textAnchor="end" fontFamily="var(--font-mono)">
          {fixed(v, digits)}
        </text>
      </g>
    ));
  return (
    <svg width={w} height={height} viewBox={`0 0 ${w} ${height}`} role="img" aria-label={t.orderLabel(title)}>
      <text x={0} y={15} fontSize={13} fontWeight={600}>
        {title}
      </text>
      {order.map((orig, k) => {
        const top = 26 + k * groupH + LINE - 4;
        const diff = result.differences[k];
        return (
          <g key={k}>
            <text x={0} y={top} fontSize={13} fontWeight={600}>
              {words[orig]}
            </text>
            <text x={wordW} y={top} fontSize={11} fill="var(--muted)">
              {t.inOriginal}
            </text>
            {cells(result.original[orig], top)}
            <text x={wordW} y={top + LINE} fontSize={11} fill="var(--muted)">
              {t.afterShuffle}
            </text>
            {cells(result.shuffled[k], top + LINE)}
            <text x={wordW} y={top + 2 * LINE} fontSize={11} fill="var(--muted)">
              {t.difference}
            </text>
            <text x={w - 5} y={top + 2 * LINE} fontSize={11.5} textAnchor="end" fontFamily="var(--font-mono)" fontWeight={diff > 1e-12 ? 700 : 400}>
              {fixed(diff, 6)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The sentence under a block, chosen by the computed difference (not assumed). */
function verdict(t: PositionalStrings, result: OrderComparison): string {
  const max = fixed(result.maxDifference, 6);
  return result.maxDifference < 1e-9 ? t.orderVerdictSame(max) : t.orderVerdictDifferent(max);
}

export function OrderPanel({ t, width, sentences, sentence, onSentence, seed, onShuffle }: OrderPanelProps) {
  const selectId = useId();
  const words = useMemo(() => splitWords(sentences[sentence]), [sentences, sentence]);
  const order = useMemo(() => shuffleOrder(words.length, seed), [words, seed]);
  const without = useMemo(() => compareOrders(words, order, false), [words, order]);
  const withPe = useMemo(() => compareOrders(words, order, true), [words, order]);
  const twoUp = width >= 760;
  const blockW = twoUp ? Math.floor((width - 24) / 2) : width;
  return (
    <div className="pe-stack">
      <div className="pe-controls">
        <span className="pe-control">
          <label htmlFor={selectId}>{t.sentence}</label>
          <select id={selectId} value={sentence} onChange={(e) => onSentence(Number(e.currentTarget.value))}>
            {sentences.map((s, i) => (
              <option key={s} value={i}>
                {s}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="widget-button" onClick={onShuffle}>
          {t.shuffle}
        </button>
      </div>
      <div className="pe-chips">
        <span className="pe-chip-label">{t.originalOrder}</span>
        {words.map((w, i) => (
          <span key={i} className="pe-chip">
            {w}
          </span>
        ))}
      </div>
      <div className="pe-chips">
        <span className="pe-chip-label">{t.shuffledOrder}</span>
        {order.map((i, k) => (
          <span key={k} className="pe-chip">
            {words[i]}
          </span>
        ))}
      </div>
      <p className="pe-note">{t.orderNote(ORDER_DIM)}</p>
      <div className="pe-row">
        <div>
          <ComparisonBlock t={t} width={blockW} words={words} order={order} result={without} title={t.noPositions} />
          <p className="pe-verdict">{verdict(t, without)}</p>
        </div>
        <div>
          <ComparisonBlock t={t} width={blockW} words={words} order={order} result={withPe} title={t.withPositions} />
          <p className="pe-verdict">{verdict(t, withPe)}</p>
        </div>
      </div>
    </div>
  );
}
