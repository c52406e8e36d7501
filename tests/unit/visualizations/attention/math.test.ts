/**
 * Tests for visualizations/attention/math.ts. Reference values are worked out
 * by hand from softmax(q·k/√d_k) (Vaswani et al. 2017, eq. 1); the derivation
 * is beside each expectation.
 */
import { describe, expect, it } from 'vitest';
import { REAL, byHandAttention, headWeights, isWhatIf, moveVec, stepThrough } from '@/visualizations/attention/math';

/** The chapter's worked example: three tokens, d_k = d_v = 2. */
const Q = [
  [1, 0],
  [0, 2],
  [1, 1],
];
const K = [
  [2, 0],
  [0, 1],
  [1, 1],
];
const V = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const S2 = Math.SQRT2;

describe('what if', () => {
  it('knows the real settings', () => {
    expect(isWhatIf(REAL)).toBe(false);
    expect(isWhatIf({ temperature: 2, causal: true })).toBe(true);
    expect(isWhatIf({ temperature: 1, causal: false })).toBe(true);
  });

  it('returns the model’s own weights under the real settings', () => {
    const real = [
      [1, 0],
      [0.25, 0.75],
    ];
    expect(headWeights(real, { q: Q.slice(0, 2), k: K.slice(0, 2), v: V.slice(0, 2) }, REAL)).toBe(real);
  });

  it('recomputes with temperature: scores ln 3 and 0 at T = 2 give √3 : 1', () => {
    // d_k = 4 → √d_k = 2; q·k0 = 2 ln 3 → scaled ln 3; q·k1 = 0. Divided by T = 2: (ln 3)/2 and 0,
    // so the weights are e^{(ln 3)/2} : e^0 = √3 : 1.
    const q = [
      [2 * Math.log(3), 0, 0, 0],
      [2 * Math.log(3), 0, 0, 0],
    ];
    const k = [
      [1, 0, 0, 0],
      [0, 0, 0, 0],
    ];
    const w = headWeights([], { q, k, v: k }, { temperature: 2, causal: true });
    expect(w[0]).toEqual([1, 0]); // the first query sees only itself under the causal mask
    expect(w[1][0]).toBeCloseTo(Math.sqrt(3) / (1 + Math.sqrt(3)), 12);
    expect(w[1][1]).toBeCloseTo(1 / (1 + Math.sqrt(3)), 12);
  });

  it('lets every query see every key without the causal mask; rows still sum to 1', () => {
    const w = headWeights([], { q: Q, k: K, v: V }, { temperature: 1, causal: false });
    expect(w[0][2]).toBeGreaterThan(0);
    w.forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12));
  });

  it('flattens towards uniform as T grows and sharpens towards the best key as T shrinks', () => {
    const hot = headWeights([], { q: Q, k: K, v: V }, { temperature: 1e6, causal: false });
    hot[1].forEach((w) => expect(w).toBeCloseTo(1 / 3, 5));
    // Query 1 = (0, 2): dot products 0, 2, 2 → keys 1 and 2 tie; as T → 0 they share all weight.
    const cold = headWeights([], { q: Q, k: K, v: V }, { temperature: 1e-3, causal: false });
    expect(cold[1][0]).toBeCloseTo(0, 12);
    expect(cold[1][1]).toBeCloseTo(0.5, 12);
  });
});

describe('stepThrough', () => {
  it('reproduces the worked example for token 3 without a mask', () => {
    // q3 = (1, 1): q·k = 2, 1, 2; ÷√2 → √2, 1/√2, √2.
    // α = (e^√2, e^{1/√2}, e^√2) / (2e^√2 + e^{1/√2}); z = α1·(1,0) + α2·(0,1) + α3·(1,1).
    const s = stepThrough({ q: Q, k: K, v: V }, 2, { temperature: 1, causal: false });
    const denominator = 2 * Math.exp(S2) + Math.exp(1 / S2);
    const a = [Math.exp(S2) / denominator, Math.exp(1 / S2) / denominator, Math.exp(S2) / denominator];
    expect(s.dK).toBe(2);
    expect(s.sqrtDK).toBeCloseTo(S2, 14);
    expect(s.dots).toEqual([2, 1, 2]);
    [S2, 1 / S2, S2].forEach((x, j) => expect(s.scaled[j]).toBeCloseTo(x, 12));
    a.forEach((x, j) => expect(s.weights[j]).toBeCloseTo(x, 12));
    expect(s.output[0]).toBeCloseTo(a[0] + a[2], 12);
    expect(s.output[1]).toBeCloseTo(a[1] + a[2], 12);
    expect(s.masked).toEqual([false, false, false]);
  });

  it('masks later keys for token 2 under the causal mask', () => {
    // q2 = (0, 2): q·k = 0, 2, 2; ÷√2 → 0, √2, √2; key 3 is later → −∞, weight 0.
    // α = (1, e^√2) / (1 + e^√2) on keys 1, 2; z = α1·(1,0) + α2·(0,1) = (α1, α2).
    const s = stepThrough({ q: Q, k: K, v: V }, 1);
    const a1 = 1 / (1 + Math.exp(S2));
    const a2 = Math.exp(S2) / (1 + Math.exp(S2));
    expect(s.dots).toEqual([0, 2, 2]);
    expect(s.masked).toEqual([false, false, true]);
    expect(s.logits[2]).toBe(-Infinity);
    expect(s.logits[1]).toBeCloseTo(S2, 12);
    expect(s.weights[0]).toBeCloseTo(a1, 12);
    expect(s.weights[1]).toBeCloseTo(a2, 12);
    expect(s.weights[2]).toBe(0);
    expect(s.output[0]).toBeCloseTo(a1, 12);
    expect(s.output[1]).toBeCloseTo(a2, 12);
  });

  it('divides what enters softmax by the temperature', () => {
    const s = stepThrough({ q: Q, k: K, v: V }, 1, { temperature: 4, causal: true });
    expect(s.logits[1]).toBeCloseTo(S2 / 4, 12);
    expect(s.scaled[1]).toBeCloseTo(S2, 12); // the scaled score itself does not change
  });

  it('rejects a query outside the sentence', () => {
    expect(() => stepThrough({ q: Q, k: K, v: V }, 3)).toThrow(RangeError);
    expect(() => stepThrough({ q: Q, k: K, v: V }, -1)).toThrow(RangeError);
  });
});

describe('attention by hand', () => {
  it('computes dot products, ÷√2 and softmax for a 2-D query', () => {
    // q = (1, 0); keys (1, 0), (0, 1), (−1, 0): q·k = 1, 0, −1; ÷√2 → 1/√2, 0, −1/√2;
    // weights ∝ e^{1/√2}, 1, e^{−1/√2}.
    const r = byHandAttention(
      [1, 0],
      [
        [1, 0],
        [0, 1],
        [-1, 0],
      ],
    );
    const e = [Math.exp(1 / S2), 1, Math.exp(-1 / S2)];
    const sum = e[0] + e[1] + e[2];
    expect(r.dots).toEqual([1, 0, -1]);
    [1 / S2, 0, -1 / S2].forEach((x, j) => expect(r.scaled[j]).toBeCloseTo(x, 12));
    e.forEach((x, j) => expect(r.weights[j]).toBeCloseTo(x / sum, 12));
  });

  it('moves a vector within the plane, rounded to hundredths', () => {
    expect(moveVec([1, 1], 0.1, -0.2, 3)).toEqual([1.1, 0.8]);
    expect(moveVec([2.95, -2.95], 0.5, -0.5, 3)).toEqual([3, -3]);
  });
});
