/**
 * The WebAssembly SIMD kernel against the JavaScript one it stands in for: the same
 * numbers bit for bit (each output one float64 sum over k in order), for strips of four
 * rows and the rows left over, with and without a bias, overwriting and accumulating;
 * and calls it cannot serve (weights it was not given, a width not a multiple of four,
 * float32 activations) still give gemmABt's answer.
 */
import { describe, expect, it } from 'vitest';
import { gemmABt } from '@/lib/math/gemm';
import { simdGemm, simdModuleBytes } from '@/lib/math/gemmSimd';
import { sleb, uleb } from '@/lib/math/wasm';

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}
const next = random(7);
const floats = (n: number) => Float32Array.from({ length: n }, () => next() * 2);
const doubles = (n: number) => Float64Array.from({ length: n }, () => next() * 3);

const K = 24;
const M = 20;
const weights = floats(M * K);
const bias = floats(M);
const other = floats(8 * K);
const gemm = simdGemm({
  matrices: [
    { data: weights, outputs: M },
    { data: other, outputs: 8 },
  ],
  biases: [bias],
  maxRows: 16,
})!;

describe('simdGemm', () => {
  it('exists in Node (WebAssembly SIMD)', () => expect(gemm).not.toBeNull());

  it('is small enough for a browser to compile on the main thread at once (under 4 kB)', () => expect(simdModuleBytes().length).toBeLessThan(4096));

  it.each([1, 3, 4, 5, 8, 11, 16])('gives gemmABt’s numbers exactly for %i rows, with a bias, without, and accumulating', (N) => {
    const a = doubles(N * K);
    for (const b of [bias, null]) {
      const want = new Float64Array(N * M);
      const got = new Float64Array(N * M);
      gemmABt(want, a, weights, b, N, K, M, false);
      gemm(got, a, weights, b, N, K, M, false);
      expect(got).toEqual(want);
    }
    const start = doubles(N * M);
    const want = Float64Array.from(start);
    const got = Float64Array.from(start);
    gemmABt(want, a, weights, bias, N, K, M, true);
    gemm(got, a, weights, bias, N, K, M, true);
    expect(got).toEqual(want);
    expect([...got].some((v, i) => v !== start[i])).toBe(true);
  });

  it('uses each matrix it was given, and reads A from where the caller’s view starts', () => {
    const rows = doubles(6 * K);
    const a = rows.subarray(2 * K, 5 * K);
    const want = new Float64Array(3 * 8);
    const got = new Float64Array(3 * 8);
    gemmABt(want, a, other, null, 3, K, 8, false);
    gemm(got, a, other, null, 3, K, 8, false);
    expect(got).toEqual(want);
  });

  it('leaves to gemmABt what it cannot serve, with the same answer', () => {
    const stranger = floats(M * K);
    const a = doubles(5 * K);
    for (const [w, b, m, input] of [
      [stranger, null, M, a],
      [weights, floats(M), M, a],
      [weights.subarray(0, 18 * K), null, 18, a],
      [weights, bias, M, Float32Array.from(a)],
    ] as const) {
      const want = new Float64Array(5 * m);
      const got = new Float64Array(5 * m);
      gemmABt(want, input, w, b, 5, K, m, false);
      gemm(got, input, w, b, 5, K, m, false);
      expect(got).toEqual(want);
    }
  });
});

describe('LEB128', () => {
  it('writes unsigned and signed numbers as the format’s examples', () => {
    expect(uleb(0)).toEqual([0]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(sleb(63)).toEqual([0x3f]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
    expect(sleb(-64)).toEqual([0x40]);
  });
});
