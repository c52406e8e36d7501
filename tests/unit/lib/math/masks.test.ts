/** Tests for buildMask (lib/math/attention): the mask matrices the model-families widget draws. */
import { describe, expect, it } from 'vitest';
import { buildMask, scaledDotProductAttention } from '@/lib/math/attention';

const count = (m: boolean[][]) => m.flat().filter(Boolean).length;

describe('buildMask', () => {
  it('draws the causal mask of 3 tokens as a lower triangle', () => {
    // Query 0 sees key 0; query 1 sees keys 0, 1; query 2 sees keys 0, 1, 2.
    expect(buildMask('causal', 3, 3)).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });

  it('allows n(n+1)/2 pairs under the causal mask', () => {
    // Row i allows i + 1 keys, so the total is 1 + 2 + … + n = n(n+1)/2:
    // n = 1 → 1, n = 4 → 10, n = 7 → 28, n = 64 → 2080.
    const expected: Record<number, number> = { 1: 1, 4: 10, 7: 28, 64: 2080 };
    for (const [n, pairs] of Object.entries(expected)) expect(count(buildMask('causal', +n, +n))).toBe(pairs);
  });

  it('allows every pair without a mask, including a rectangular cross-attention grid', () => {
    // 5 decoder queries × 3 encoder keys = 15 pairs, all allowed.
    const cross = buildMask('none', 5, 3);
    expect(cross).toHaveLength(5);
    expect(cross.every((row) => row.length === 3)).toBe(true);
    expect(count(cross)).toBe(15);
    expect(count(buildMask('none', 4, 4))).toBe(16);
  });

  it('shifts the causal diagonal when there are more keys than queries, as maskAllows does', () => {
    // 2 queries over 4 keys: the queries are the last two positions, so query 0 sees keys 0…2.
    expect(buildMask('causal', 2, 4)).toEqual([
      [true, true, true, false],
      [true, true, true, true],
    ]);
  });

  it('copies an explicit matrix and checks its size', () => {
    const m = [
      [true, false],
      [false, true],
    ];
    expect(buildMask(m, 2, 2)).toEqual(m);
    expect(buildMask(m, 2, 2)).not.toBe(m);
    expect(() => buildMask(m, 3, 2)).toThrow(RangeError);
    expect(() => buildMask('none', -1, 2)).toThrow(RangeError);
    expect(buildMask('causal', 0, 0)).toEqual([]);
  });

  it('gives the same attention as the named mask', () => {
    const x = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const named = scaledDotProductAttention(x, x, x, { mask: 'causal' });
    const explicit = scaledDotProductAttention(x, x, x, { mask: buildMask('causal', 3, 3) });
    expect(explicit.weights).toEqual(named.weights);
  });
});
