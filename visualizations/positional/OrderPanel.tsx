'use client';
/**
 * "Why order needs encoding": a sentence and its shuffle run through one self-attention
 * layer, without and with sinusoidal positions, computed live (orderDemo.ts). Without
 * positions each word's output is the same vector in both orders; with them it changes.
 * On a slide the two settings stand side by side as one number per word (OrderSummary),
 * and the vectors themselves fold behind a button: opened, they take the slide's place.
 */
import { useId, useMemo } from 'react';
import { estimateTextWidth } from '@/components/figures/primitives';
import { SlideFold } from '@/components/widget/SlideFold';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { fixed } from '@/lib/widgets/format';
import { compareOrders, ORDER_DIM, splitWords, shuffleOrder, type OrderComparison } from './orderDemo';
import { OrderSummary } from './OrderSummary';
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

function ComparisonBlock({ t, width, words, order, result, title }: { t: PositionalStrings; width: number; words: string[]; order: number[]; result: OrderComparison; title: string }) {
  // label sizes: 13, 11 and 11.5 px in a chapter, the slide's label size on a slide; the rows follow them
  const labelSize = useLabelPx();
  const strong = labelSize(13);
  const small = labelSize(11);
  const mono = labelSize(11.5);
  const LINE = Math.round(mono * 1.65);
  const wordW = Math.min(strong * 6.2, Math.max(28, ...words.map((w) => estimateTextWidth(w, strong))) + 10);
  const labelW = Math.max(estimateTextWidth(t.inOriginal, small), estimateTextWidth(t.afterShuffle, small)) + 8;
  const numW = Math.max(mono * 3.5, Math.min(mono * 5.4, (width - wordW - labelW) / ORDER_DIM));
  // three decimals when the cells have room for them, two on a phone
  const digits = numW >= mono * 4.5 ? 3 : 2;
  const w = wordW + labelW + numW * ORDER_DIM;
  const groupH = LINE * 3 + 8;
  const top0 = strong * 2;
  const height = top0 + order.length * groupH;
  const max = Math.max(1e-9, ...result.original.flat().map(Math.abs));
  const cells = (vec: number[], y: number) =>
    vec.map((v, d) => (
      <g key={d} transform={`translate(${wordW + labelW + d * numW} ${y})`}>
        <rect x={1} y={-LINE + 5} width={numW - 2} height={LINE - 2} fill={v < 0 ? 'var(--accent-2)' : 'var(--accent)'} fillOpacity={0.12 + 0.4 * Math.min(1, Math.abs(v) / max)} />
        <text x={numW - 5} y={0} fontSize={mono} textAnchor="end" fontFamily="var(--font-mono)">
          {fixed(v, digits)}
        </text>
      </g>
    ));
  return (
    <svg width={w} height={height} viewBox={`0 0 ${w} ${height}`} role="img" aria-label={t.orderLabel(title)}>
      <text x={0} y={strong * 1.15} fontSize={strong} fontWeight={600}>
        {title}
      </text>
      {order.map((orig, k) => {
        const top = top0 + k * groupH + LINE - 4;
        const diff = result.differences[k];
        return (
          <g key={k}>
            <text x={0} y={top} fontSize={strong} fontWeight={600}>
              {words[orig]}
            </text>
            <text x={wordW} y={top} fontSize={small} fill="var(--muted)">
              {t.inOriginal}
            </text>
            {cells(result.original[orig], top)}
            <text x={wordW} y={top + LINE} fontSize={small} fill="var(--muted)">
              {t.afterShuffle}
            </text>
            {cells(result.shuffled[k], top + LINE)}
            <text x={wordW} y={top + 2 * LINE} fontSize={small} fill="var(--muted)">
              {t.difference}
            </text>
            <text x={w - 5} y={top + 2 * LINE} fontSize={mono} textAnchor="end" fontFamily="var(--font-mono)" fontWeight={diff > 1e-12 ? 700 : 400}>
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
  const onSlide = useOnSlide();
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
      <div className="pe-orders">
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
      </div>
      {onSlide && <OrderSummary t={t} width={width} words={words} order={order} without={without} withPositions={withPe} />}
      {onSlide && (
        <div className="pe-verdicts">
          <p className="pe-verdict">{verdict(t, without)}</p>
          <p className="pe-verdict">{verdict(t, withPe)}</p>
        </div>
      )}
      {/* on a slide the vectors fold (SlideFold); opened, they take the place of the rest (positional.css) */}
      <SlideFold label={t.orderVectors}>
        <div className="pe-compare">
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
      </SlideFold>
    </div>
  );
}
