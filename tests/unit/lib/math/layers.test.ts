/** Tests for lib/math/layers (layer norm, GELU) and lib/math/linalg, with hand-worked values. */
import { describe, expect, it } from 'vitest';
import { gelu, geluDerivative, layerNorm, layerNormInto } from '@/lib/math/layers';
import { cosineSimilarity, dot, matMul, matVec, transpose } from '@/lib/math/linalg';

describe('layerNorm', () => {
  it('matches a hand-worked example', () => {
    // x = [1,2,3,4]: μ = 2.5, σ² = (2.25+0.25+0.25+2.25)/4 = 1.25, √1.25 = 1.1180339887.
    const y = layerNorm([1, 2, 3, 4], [1, 1, 1, 1], [0, 0, 0, 0], 0);
    [-1.5, -0.5, 0.5, 1.5].forEach((d, i) => expect(y[i]).toBeCloseTo(d / Math.sqrt(1.25), 12));
  });

  it('applies gain and bias after normalising', () => {
    // x = [0, 2]: μ = 1, σ² = 1 → normalised [-1, 1]; γ = [2, 3], β = [10, 20] → [8, 23].
    const y = layerNorm([0, 2], [2, 3], [10, 20], 0);
    expect(y[0]).toBeCloseTo(8, 12);
    expect(y[1]).toBeCloseTo(23, 12);
  });

  it('maps a constant vector to β (ε keeps it finite)', () => {
    expect(layerNorm([5, 5, 5], [1, 1, 1], [0.5, 0, -1])).toEqual([0.5, 0, -1]);
  });

  it('normalises one row of a flat buffer in place of that row only (layerNormInto)', () => {
    // rows [9, 9] and [0, 2]: the second row as above, → [8, 23]; the first row and the
    // out buffer's other entries are left alone
    const out = Float64Array.of(-1, -1, -1, -1);
    layerNormInto(out, [9, 9, 0, 2], 2, [2, 3], [10, 20], 0);
    expect([...out]).toEqual([-1, -1, ...layerNorm([0, 2], [2, 3], [10, 20], 0)]);
    expect(out[2]).toBeCloseTo(8, 12);
    expect(out[3]).toBeCloseTo(23, 12);
  });
});

describe('gelu (tanh approximation)', () => {
  it('is close to x·Φ(x) with Φ from standard normal tables', () => {
    // Φ(1) = 0.8413447, Φ(−1) = 0.1586553, Φ(2) = 0.9772499, Φ(0.5) = 0.6914625.
    for (const [x, phi] of [
      [1, 0.8413447],
      [-1, 0.1586553],
      [2, 0.9772499],
      [0.5, 0.6914625],
    ]) {
      expect(Math.abs(gelu(x) - x * phi)).toBeLessThan(1e-3);
    }
    expect(gelu(0)).toBe(0);
  });

  it('satisfies gelu(x) − gelu(−x) = x (tanh is odd)', () => {
    for (const x of [0.1, 0.7, 1.9, 4]) expect(gelu(x) - gelu(-x)).toBeCloseTo(x, 12);
  });

  it('has a derivative that matches central finite differences', () => {
    const h = 1e-5;
    for (const x of [-3, -0.8, 0, 0.4, 2.2]) {
      expect(geluDerivative(x)).toBeCloseTo((gelu(x + h) - gelu(x - h)) / (2 * h), 8);
    }
  });
});

describe('linalg', () => {
  it('computes dot, matVec, matMul and transpose by hand', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(
      matVec(
        [
          [1, 2],
          [3, 4],
        ],
        [5, 6],
      ),
    ).toEqual([17, 39]);
    // [[1,2],[3,4]]·[[5,6],[7,8]] = [[19,22],[43,50]]
    expect(
      matMul(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toEqual([
      [19, 22],
      [43, 50],
    ]);
    expect(
      transpose([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(cosineSimilarity([1, 0], [0, 2])).toBe(0);
    expect(cosineSimilarity([1, 1], [2, 2])).toBeCloseTo(1, 14);
  });

  it('throws on mismatched shapes', () => {
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
    expect(() => matMul([[1, 2]], [[1, 2]])).toThrow(RangeError);
  });
});
