/** Tests for lib/math/attention: hand-worked values and the properties every attention widget relies on. */
import { describe, expect, it } from 'vitest';
import { logSumExp, mergeHeads, scaledDotProductAttention, softmax, softmaxInPlace, splitHeads } from '@/lib/math/attention';

/** Deterministic pseudo-random matrix (a tiny LCG; values in [-1, 1)). */
function randomMatrix(rows: number, cols: number, seed: number): number[][] {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
  return Array.from({ length: rows }, () => Array.from({ length: cols }, next));
}

function expectClose(actual: number[][], expected: number[][], digits = 12) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(expected[i][j], digits)));
}

describe('softmax', () => {
  it('matches a hand-worked example', () => {
    // exp(0) : exp(ln 2) : exp(ln 3) = 1 : 2 : 3, normalised by 6.
    const w = softmax([0, Math.log(2), Math.log(3)]);
    [1 / 6, 2 / 6, 3 / 6].forEach((x, i) => expect(w[i]).toBeCloseTo(x, 14));
  });

  it('is finite on huge and very negative inputs', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
    expect(softmax([-1e9, 0])).toEqual([0, 1]);
    expect(softmax([1e308, -1e308]).every(Number.isFinite)).toBe(true);
  });

  it('gives -Infinity entries exactly zero weight', () => {
    expect(softmax([-Infinity, 0, 0])).toEqual([0, 0.5, 0.5]);
  });

  it('returns all zeros (no NaN) when every entry is -Infinity', () => {
    expect(softmax([-Infinity, -Infinity])).toEqual([0, 0]);
    expect(softmax([])).toEqual([]);
  });

  it('shares weight among +Infinity entries and rejects NaN', () => {
    expect(softmax([Infinity, 1, Infinity])).toEqual([0.5, 0, 0.5]);
    expect(() => softmax([0, Number.NaN])).toThrow(RangeError);
  });

  it('works in place on a range of a buffer, leaving the rest (softmaxInPlace)', () => {
    const v = [7, 0, Math.log(2), Math.log(3), 7];
    softmaxInPlace(v, 1, 3);
    expect(v[0]).toBe(7);
    expect(v[4]).toBe(7);
    [1 / 6, 2 / 6, 3 / 6].forEach((x, i) => expect(v[1 + i]).toBeCloseTo(x, 14));
  });

  it('does not change when a constant is added to every score', () => {
    const s = [0.3, -1.2, 2.5, 0];
    const a = softmax(s);
    const b = softmax(s.map((x) => x + 123.456));
    a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 12));
  });
});

describe('logSumExp', () => {
  it('is log Σ exp, also where exp overflows', () => {
    expect(logSumExp([1, 2, 3])).toBeCloseTo(Math.log(Math.E + Math.E ** 2 + Math.E ** 3), 12);
    expect(logSumExp([0, 0])).toBeCloseTo(Math.LN2, 12);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 9); // exp(1000) is Infinity
    expect(logSumExp([-Infinity, 0])).toBe(0);
  });

  it('is −∞ with nothing to sum and +∞ with an infinite entry', () => {
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(logSumExp([Infinity, 1])).toBe(Infinity);
  });

  it('normalises softmax: log softmax = s − logSumExp(s)', () => {
    const s = [0.3, -1.2, 2.5];
    softmax(s).forEach((p, i) => expect(Math.log(p)).toBeCloseTo(s[i] - logSumExp(s), 12));
  });
});

describe('scaledDotProductAttention', () => {
  it('matches a hand-worked example', () => {
    // d_k = 4, so √d_k = 2. q·k0 = 2 ln 3 → score ln 3; q·k1 = 0 → score 0.
    // weights = [3, 1] / 4; output = 3/4·[4, 0] + 1/4·[0, 8] = [3, 2].
    const q = [[2 * Math.log(3), 0, 0, 0]];
    const k = [
      [1, 0, 0, 0],
      [0, 0, 0, 0],
    ];
    const v = [
      [4, 0],
      [0, 8],
    ];
    const r = scaledDotProductAttention(q, k, v);
    expectClose(r.scores, [[Math.log(3), 0]]);
    expectClose(r.weights, [[0.75, 0.25]]);
    expectClose(r.output, [[3, 2]]);
  });

  it('divides the scaled scores by the temperature before softmax, but not the returned scores', () => {
    // score ln 9 at T = 2 behaves like ln 3: weights [3/4, 1/4].
    const q = [[2 * Math.log(9), 0, 0, 0]];
    const k = [
      [1, 0, 0, 0],
      [0, 0, 0, 0],
    ];
    const r = scaledDotProductAttention(q, k, [[1], [0]], { temperature: 2 });
    expectClose(r.scores, [[Math.log(9), 0]]);
    expectClose(r.weights, [[0.75, 0.25]]);
    expect(() => scaledDotProductAttention(q, k, [[1], [0]], { temperature: 0 })).toThrow(RangeError);
  });

  it('applies a causal mask: equal scores spread evenly over earlier keys only', () => {
    const zeros = [
      [0, 0],
      [0, 0],
      [0, 0],
    ];
    const r = scaledDotProductAttention(
      zeros,
      zeros,
      [
        [3, 0],
        [0, 3],
        [3, 3],
      ],
      { mask: 'causal' },
    );
    expectClose(r.weights, [
      [1, 0, 0],
      [0.5, 0.5, 0],
      [1 / 3, 1 / 3, 1 / 3],
    ]);
    expectClose(r.output, [
      [3, 0],
      [1.5, 1.5],
      [2, 2],
    ]);
  });

  it('puts exactly zero weight on later keys under the causal mask, and rows sum to 1', () => {
    const x = randomMatrix(7, 8, 1);
    const { weights } = scaledDotProductAttention(x, randomMatrix(7, 8, 2), randomMatrix(7, 3, 3), { mask: 'causal' });
    weights.forEach((row, i) => {
      row.forEach((w, j) => (j > i ? expect(w).toBe(0) : expect(w).toBeGreaterThan(0)));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    });
  });

  it('follows an explicit boolean mask, with a fully masked row giving zero output', () => {
    const q = randomMatrix(2, 4, 5);
    const mask = [
      [false, true, false],
      [false, false, false],
    ];
    const r = scaledDotProductAttention(q, randomMatrix(3, 4, 6), randomMatrix(3, 2, 7), { mask });
    expect(r.weights[0]).toEqual([0, 1, 0]);
    expect(r.weights[1]).toEqual([0, 0, 0]);
    expect(r.output[1]).toEqual([0, 0]);
    expect(() => scaledDotProductAttention(q, q, q, { mask: [[true]] })).toThrow(RangeError);
  });

  it('ignores a constant added to a whole row of scores (via a key-independent shift)', () => {
    // Adding c·u to the query where every key has the same component along u
    // adds the same constant to every score in that row.
    const q = [[0.2, -0.5, 0]];
    const k = [
      [1, 0.3, 1],
      [-0.4, 0.8, 1],
      [0.9, -1, 1],
    ];
    const v = randomMatrix(3, 2, 9);
    const a = scaledDotProductAttention(q, k, v);
    const b = scaledDotProductAttention([[0.2, -0.5, 7]], k, v);
    expectClose(b.weights, a.weights);
    expectClose(b.output, a.output);
  });

  it('is permutation-equivariant without positional information or mask', () => {
    const x = randomMatrix(5, 6, 11);
    const wq = randomMatrix(6, 6, 12);
    const wk = randomMatrix(6, 6, 13);
    const wv = randomMatrix(6, 6, 14);
    const proj = (m: number[][], w: number[][]) => m.map((row) => w[0].map((_, j) => row.reduce((s, r, k) => s + r * w[k][j], 0)));
    const attend = (m: number[][]) => scaledDotProductAttention(proj(m, wq), proj(m, wk), proj(m, wv)).output;
    const perm = [3, 0, 4, 1, 2];
    const out = attend(x);
    const outPermuted = attend(perm.map((p) => x[p]));
    expectClose(
      outPermuted,
      perm.map((p) => out[p]),
    );
  });
});

describe('splitHeads / mergeHeads', () => {
  it('splits columns into contiguous head slices and merges them back', () => {
    const x = [
      [1, 2, 3, 4, 5, 6],
      [7, 8, 9, 10, 11, 12],
    ];
    const heads = splitHeads(x, 3);
    expect(heads).toEqual([
      [
        [1, 2],
        [7, 8],
      ],
      [
        [3, 4],
        [9, 10],
      ],
      [
        [5, 6],
        [11, 12],
      ],
    ]);
    expect(mergeHeads(heads)).toEqual(x);
  });

  it('rejects a model width not divisible by the head count', () => {
    expect(() => splitHeads([[1, 2, 3]], 2)).toThrow(RangeError);
  });
});
