/**
 * The permutation-equivariance demonstration, computed: the test runs the same self-
 * attention the widget shows, on a sentence and its shuffle, and checks that without
 * positions every word's output is the same vector (Attention(PX) = P·Attention(X)),
 * while with sinusoidal positions added the outputs change.
 */
import { describe, expect, it } from 'vitest';
import { compareOrders, selfAttentionOutputs, shuffleOrder, splitWords } from '@/visualizations/positional/orderDemo';

describe('shuffleOrder', () => {
  it('is a seeded permutation that always moves something', () => {
    for (const n of [2, 3, 5, 8]) {
      for (let seed = 1; seed < 20; seed++) {
        const order = shuffleOrder(n, seed);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(order.some((v, i) => v !== i)).toBe(true);
        expect(shuffleOrder(n, seed)).toEqual(order);
      }
    }
    expect(shuffleOrder(1, 3)).toEqual([0]);
  });
});

describe('splitWords', () => {
  it('splits on spaces, or into characters when there are none', () => {
    expect(splitWords(' dog  bites man ')).toEqual(['dog', 'bites', 'man']);
    expect(splitWords('狗咬人')).toEqual(['狗', '咬', '人']);
    expect(splitWords('')).toEqual([]);
  });
});

describe('self-attention and word order', () => {
  const sentences = [splitWords('dog bites man'), splitWords('the cat chased the mouse'), splitWords('她给他一本书')];

  it('without positions, shuffling the words only permutes the outputs', () => {
    for (const words of sentences) {
      for (const seed of [1, 2, 3]) {
        const order = shuffleOrder(words.length, seed);
        const original = selfAttentionOutputs(words, false);
        const shuffled = selfAttentionOutputs(
          order.map((i) => words[i]),
          false,
        );
        // row k of the shuffled output is row order[k] of the original: P·Attention(X)
        shuffled.forEach((row, k) => row.forEach((x, d) => expect(x).toBeCloseTo(original[order[k]][d], 12)));
        expect(compareOrders(words, order, false).maxDifference).toBeLessThan(1e-12);
      }
    }
  });

  it('with sinusoidal positions added, the outputs change', () => {
    for (const words of sentences) {
      const result = compareOrders(words, shuffleOrder(words.length, 1), true);
      expect(result.maxDifference).toBeGreaterThan(1e-3);
    }
  });

  it('gives the same output to repeated words when there are no positions', () => {
    // "the" appears twice: without positions both copies compute the same vector
    const words = splitWords('the cat chased the mouse');
    const out = selfAttentionOutputs(words, false);
    out[0].forEach((x, d) => expect(x).toBeCloseTo(out[3][d], 14));
    const withPe = selfAttentionOutputs(words, true);
    expect(Math.max(...withPe[0].map((x, d) => Math.abs(x - withPe[3][d])))).toBeGreaterThan(1e-3);
  });
});
