/** Tests for lib/math/gramShare: the balanced cut of A·Aᵀ's rows and the packed upper rows, against counts and loops written out here. */
import { describe, expect, it } from 'vitest';
import { gramSplitRow, packUpperRows, unpackUpperRows, upperCount } from '@/lib/math/gramShare';

/** Multiply-add blocks of rows from … N−1 of the upper triangle, counted one by one. */
function workFrom(N: number, from: number): number {
  let count = 0;
  for (let i = from; i < N; i++) for (let j = i; j < N; j++) count++;
  return count;
}

describe('gramSplitRow', () => {
  it('gives the bottom rows half the work at 256 rows: 256·(1 − 1/√2) = 74.98 → 76 (a multiple of 4)', () => {
    const s = gramSplitRow(256, 0.5);
    expect(s).toBe(76);
    // the rows from 76 on hold 180·181/2 = 16,290 of 32,896 entries: 49.5 %
    expect(workFrom(256, s) / workFrom(256, 0)).toBeCloseTo(16290 / 32896, 12);
  });

  it('gives every row for the whole work, none for no work, and all rows to one side of a tiny matrix', () => {
    expect(gramSplitRow(256, 1)).toBe(0);
    expect(gramSplitRow(256, 0)).toBe(256);
    expect(gramSplitRow(2, 0.5)).toBe(0);
    expect(gramSplitRow(0, 0.5)).toBe(0);
  });

  it('stays within one strip of the exact balance for every size', () => {
    for (let N = 1; N <= 64; N++) {
      const s = gramSplitRow(N, 0.5);
      expect(s % 4).toBe(0);
      expect(s).toBeLessThanOrEqual(N);
      expect(Math.abs(s - N * (1 - Math.SQRT1_2))).toBeLessThanOrEqual(2);
    }
  });

  it('refuses a share outside 0 … 1', () => {
    expect(() => gramSplitRow(8, 1.5)).toThrow(RangeError);
    expect(() => gramSplitRow(8, NaN)).toThrow(RangeError);
  });
});

describe('upperCount', () => {
  it('counts the entries on and right of the diagonal', () => {
    for (const [N, from, to] of [
      [5, 0, 5],
      [7, 2, 6],
      [4, 4, 4],
      [256, 0, 76],
    ])
      expect(upperCount(N, from, to)).toBe(workFrom(N, from) - workFrom(N, to));
  });
});

describe('packUpperRows / unpackUpperRows', () => {
  it('packs Y[i][i … N−1] row after row', () => {
    // 3 × 3, rows 0 … 1: (y00 y01 y02) (y11 y12)
    const y = Float64Array.from([1, 2, 3, 2, 5, 6, 3, 6, 9]);
    expect([...packUpperRows(y, 3, 0, 2)]).toEqual([1, 2, 3, 5, 6]);
    expect([...packUpperRows(y, 3, 2, 3)]).toEqual([9]);
  });

  it('writes the packed rows and their mirror images, leaving the other entries alone', () => {
    const N = 6;
    const symmetric = new Float64Array(N * N);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) symmetric[i * N + j] = (i + 1) * (j + 1) + Math.min(i, j);
    const y = new Float64Array(N * N).fill(-1);
    unpackUpperRows(y, packUpperRows(symmetric, N, 0, 2), N, 0, 2);
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) expect(y[i * N + j]).toBe(Math.min(i, j) < 2 ? symmetric[i * N + j] : -1);
    }
  });

  it('refuses a packed array of the wrong length', () => {
    expect(() => unpackUpperRows(new Float64Array(9), new Float64Array(4), 3, 0, 2)).toThrow(/expected 5/);
  });
});
