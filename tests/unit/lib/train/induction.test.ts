/**
 * The induction score against attention patterns whose score is known by hand,
 * and the copy task's sequences against their definition.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/model/rng';
import { firstCrossing, inductionScore } from '@/lib/train/induction';
import { copySequence, predictablePositions, probeSequence } from '@/lib/train/tasks/copy';

/** A causal [query][key] matrix with row i given by weights(i). */
function pattern(T: number, weights: (i: number) => number[]): number[][] {
  return Array.from({ length: T }, (_, i) => weights(i));
}

describe('inductionScore', () => {
  const L = 3;
  const T = 7;
  it('is 1 for a head that attends only to the token after the earlier occurrence', () => {
    const perfect = pattern(T, (i) => Array.from({ length: T }, (_, j) => (i >= L && j === i - L + 1 ? 1 : i < L && j === 0 ? 1 : 0)));
    expect(inductionScore(perfect, L, L)).toBe(1);
  });
  it('is 0 for a previous-token head', () => {
    const previous = pattern(T, (i) => Array.from({ length: T }, (_, j) => (j === Math.max(0, i - 1) ? 1 : 0)));
    expect(inductionScore(previous, L, L)).toBe(0);
  });
  it('is the mean of 1/(i+1) over the second copy for uniform causal attention', () => {
    const uniform = pattern(T, (i) => Array.from({ length: T }, (_, j) => (j <= i ? 1 / (i + 1) : 0)));
    // second copy at i = 3, 4, 5: (1/4 + 1/5 + 1/6) / 3 = 37/180
    expect(inductionScore(uniform, L, L)).toBeCloseTo(37 / 180, 12);
  });
  it('finds the first step at or above the threshold', () => {
    expect(firstCrossing([10, 20, 30, 40], [0.1, 0.39, 0.4, 0.9])).toBe(30);
    expect(firstCrossing([10, 20], [0.1, 0.2])).toBeNull();
  });
});

describe('copy task sequences', () => {
  const task = { symbols: 26, context: 16, minSpan: 3, maxSpan: 8, maxPrefix: 4 };
  it('repeat their span from the second copy to the end', () => {
    const rng = createRng(5);
    for (let n = 0; n < 200; n++) {
      const s = copySequence(rng, task);
      expect(s.ids.length).toBe(17);
      expect(s.span).toBeGreaterThanOrEqual(3);
      expect(s.span).toBeLessThanOrEqual(8);
      expect(s.secondStart - s.span).toBeLessThanOrEqual(4);
      for (let i = s.secondStart; i <= 16; i++) expect(s.ids[i]).toBe(s.ids[i - s.span]);
      for (const id of s.ids) expect(id >= 1 && id <= 26).toBe(true);
    }
  });
  it('probes hold one copy of a span from the upper half of the training spans, at varying places', () => {
    const rng = createRng(6);
    const starts = new Set<number>();
    for (let n = 0; n < 100; n++) {
      const s = probeSequence(rng, task);
      expect(s.span).toBeGreaterThanOrEqual(4);
      expect(s.span).toBeLessThanOrEqual(8);
      const first = s.secondStart - s.span;
      expect(first).toBeGreaterThanOrEqual(0);
      expect(s.secondStart + s.span).toBeLessThanOrEqual(16);
      starts.add(first);
      for (let k = 0; k < s.span; k++) expect(s.ids[s.secondStart + k]).toBe(s.ids[first + k]);
      expect(predictablePositions(s)).toEqual(Array.from({ length: s.span - 1 }, (_, k) => s.secondStart + k));
    }
    expect(starts.size).toBeGreaterThan(4);
  });
});
