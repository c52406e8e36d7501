// @vitest-environment happy-dom
/**
 * The slide's table of the word-order demo: one row per word in the sentence's own order,
 * and each cell the largest change of that word's self-attention output when the sentence
 * is shuffled, recomputed here from the outputs of both orders.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createWidgetInstance, WidgetInstanceContext } from '@/components/widget/widgetInstance';
import { compareOrders, selfAttentionOutputs, shuffleOrder, splitWords } from '@/visualizations/positional/orderDemo';
import { OrderSummary } from '@/visualizations/positional/OrderSummary';
import { positionalStrings } from '@/visualizations/positional/strings';
import { SLIDE_LABEL_PX } from '@/lib/widgets/labelSize';

afterEach(cleanup);

/** max over dimensions of |output of word i in the sentence − its output in the shuffle|. */
function change(words: string[], order: number[], withPositions: boolean, i: number): number {
  const original = selfAttentionOutputs(words, withPositions);
  const shuffled = selfAttentionOutputs(
    order.map((j) => words[j]),
    withPositions,
  );
  const k = order.indexOf(i);
  return Math.max(...original[i].map((x, d) => Math.abs(x - shuffled[k][d])));
}

describe('OrderSummary', () => {
  it('lists each word with its output change without and with positions, at the slide label size', () => {
    const words = splitWords('the cat chased the mouse');
    const order = shuffleOrder(words.length, 2);
    const { container } = render(
      <WidgetInstanceContext.Provider value={createWidgetInstance('demo', true)}>
        <OrderSummary t={positionalStrings.en} width={760} words={words} order={order} without={compareOrders(words, order, false)} withPositions={compareOrders(words, order, true)} />
      </WidgetInstanceContext.Provider>,
    );
    const rows = [...container.querySelectorAll('svg > g')].map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent));
    expect(rows.map((r) => r[0])).toEqual(words);
    rows.forEach((row, i) => {
      expect(row[1]).toBe('0.000000');
      expect(Number(row[2])).toBeCloseTo(change(words, order, true, i), 5);
      expect(Number(row[2])).toBeGreaterThan(1e-3);
    });
    expect(change(words, order, false, 0)).toBeLessThan(1e-12);
    const sizes = [...container.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')));
    expect(Math.min(...sizes)).toBe(SLIDE_LABEL_PX);
  });
});
