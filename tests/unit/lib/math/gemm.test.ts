/** Tests for lib/math/gemm: the blocked kernel against the plain matMul, on sizes that do and don't fill 4×4 blocks. */
import { describe, expect, it } from 'vitest';
import { gemmABt, gramAAt, gramRowsInto, transposeInto } from '@/lib/math/gemm';
import { matMul, transpose } from '@/lib/math/linalg';

function matrix(rows: number, cols: number, seed: number): number[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => Math.sin(seed + i * 7.1 + j * 3.3)));
}

describe('gemmABt', () => {
  it('computes A·Bᵀ + bias like matMul, for block and edge sizes', () => {
    for (const [N, K, M] of [
      [4, 8, 4],
      [5, 3, 7],
      [1, 1, 1],
      [9, 6, 6],
    ]) {
      const a = matrix(N, K, 1);
      const b = matrix(M, K, 2);
      const bias = Array.from({ length: M }, (_, m) => m / 10);
      const y = new Float64Array(N * M);
      gemmABt(y, Float64Array.from(a.flat()), Float64Array.from(b.flat()), Float64Array.from(bias), N, K, M, false);
      const expected = matMul(a, transpose(b));
      expected.forEach((row, n) => row.forEach((v, m) => expect(y[n * M + m]).toBeCloseTo(v + bias[m], 12)));
    }
  });

  it('accumulates into Y when asked', () => {
    // [1 2]·[3 4]ᵀ = 11, added to 100.
    const y = Float64Array.from([100]);
    gemmABt(y, Float64Array.from([1, 2]), Float64Array.from([3, 4]), null, 1, 2, 1, true);
    expect(y[0]).toBe(111);
  });

  it('transposes a flat matrix', () => {
    const out = new Float64Array(6);
    transposeInto(out, Float64Array.from([1, 2, 3, 4, 5, 6]), 2, 3);
    expect([...out]).toEqual([1, 4, 2, 5, 3, 6]);
  });
});

describe('gramAAt', () => {
  it("computes A·Aᵀ like matMul, for sizes that do and don't fill strips of four rows", () => {
    for (const [N, K] of [
      [1, 1],
      [4, 8],
      [5, 3],
      [13, 6],
    ]) {
      const a = matrix(N, K, 3);
      const y = new Float64Array(N * N);
      gramAAt(y, Float64Array.from(a.flat()), N, K);
      const expected = matMul(a, transpose(a));
      expected.forEach((row, n) => row.forEach((v, m) => expect(y[n * N + m]).toBeCloseTo(v, 12)));
    }
  });

  it('is exactly symmetric and equals the full product A·Aᵀ bit for bit', () => {
    // Each entry sums k = 0 … K−1 in the same order in both, and a·b = b·a in floating point.
    const N = 11;
    const K = 7;
    const a = Float64Array.from(matrix(N, K, 4).flat());
    const half = new Float64Array(N * N);
    const full = new Float64Array(N * N);
    gramAAt(half, a, N, K);
    gemmABt(full, a, a, null, N, K, N, false);
    expect([...half]).toEqual([...full]);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) expect(half[i * N + j]).toBe(half[j * N + i]);
  });

  it('gives 1·1 + 2·2 = 5 and 1·3 + 2·4 = 11 for [[1, 2], [3, 4]]', () => {
    const y = new Float64Array(4);
    gramAAt(y, Float64Array.from([1, 2, 3, 4]), 2, 2);
    expect([...y]).toEqual([5, 11, 11, 25]);
  });
});

describe('gramRowsInto', () => {
  it('computes rows from … to−1 of A·Aᵀ (and their mirror images) like matMul, in any split', () => {
    const N = 14;
    const K = 9;
    const a = matrix(N, K, 5);
    const expected = matMul(a, transpose(a));
    for (const split of [0, 3, 4, 8, 13, 14]) {
      const y = new Float64Array(N * N);
      const flat = Float64Array.from(a.flat());
      gramRowsInto(y, flat, N, K, split, N);
      gramRowsInto(y, flat, N, K, 0, split);
      expected.forEach((row, n) => row.forEach((v, m) => expect(y[n * N + m]).toBeCloseTo(v, 12)));
    }
  });

  it('reads only the rows from `from` on, and writes only rows and columns from … to−1', () => {
    const N = 10;
    const K = 5;
    const a = matrix(N, K, 6);
    const flat = Float64Array.from(a.flat());
    flat.fill(NaN, 0, 4 * K); // rows 0 … 3 unknown
    const y = new Float64Array(N * N).fill(7);
    gramRowsInto(y, flat, N, K, 4, 8);
    const expected = matMul(a, transpose(a));
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        const written = (i >= 4 && i < 8 && j >= i) || (j >= 4 && j < 8 && i >= j);
        if (written) expect(y[i * N + j]).toBeCloseTo(expected[i][j], 12);
        else expect(y[i * N + j]).toBe(7);
      }
    }
  });
});
