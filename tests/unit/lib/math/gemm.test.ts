/** Tests for lib/math/gemm: the blocked kernel against the plain matMul, on sizes that do and don't fill 4×4 blocks. */
import { describe, expect, it } from 'vitest';
import { gemmABt, transposeInto } from '@/lib/math/gemm';
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
