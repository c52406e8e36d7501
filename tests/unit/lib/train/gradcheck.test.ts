/**
 * Gradient checks: every backward pass of the trainer against central finite
 * differences, in float64 (the same code runs on Float32Array when training).
 */
import { describe, expect, it } from 'vitest';
import { createRng, gaussian } from '@/lib/model/rng';
import { attentionBackward, attentionForward } from '@/lib/train/ops/attention';
import { linearBackward, linearForward } from '@/lib/train/ops/linear';
import { crossEntropy } from '@/lib/train/ops/loss';
import { geluBackward, geluForward, layerNormBackward, layerNormForward } from '@/lib/train/ops/norm';
import { TrainableModel } from '@/lib/train/model';

const rng = createRng(42);
const randn = (n: number, scale = 1) => Float64Array.from({ length: n }, () => gaussian(rng) * scale);

/** Loss L = Σ y·c for a fixed random c, so dL/dy = c. */
function probe(n: number) {
  const c = randn(n);
  return { c, loss: (y: Float64Array) => y.reduce((s, v, i) => s + v * c[i], 0) };
}

/** Max relative error between an analytic gradient and central differences of f (relative to at least 1e-4, so gradients that are exactly zero, like the key bias, compare on absolute error). */
function check(x: Float64Array, analytic: Float64Array, f: () => number, h = 1e-5): number {
  let worst = 0;
  for (let i = 0; i < x.length; i++) {
    const old = x[i];
    x[i] = old + h;
    const up = f();
    x[i] = old - h;
    const down = f();
    x[i] = old;
    const numeric = (up - down) / (2 * h);
    worst = Math.max(worst, Math.abs(numeric - analytic[i]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic[i])));
  }
  return worst;
}

describe('backward passes match finite differences', () => {
  it('linear: dx, dW, db', () => {
    const [N, K, M] = [3, 5, 4];
    const x = randn(N * K);
    const w = randn(M * K);
    const b = randn(M);
    const y = new Float64Array(N * M);
    const { c, loss } = probe(N * M);
    const f = () => (linearForward(y, x, w, b, N, K, M), loss(y));
    const dx = new Float64Array(N * K);
    const dw = new Float64Array(M * K);
    const db = new Float64Array(M);
    linearBackward(dx, dw, db, c, x, w, N, K, M);
    expect(check(x, dx, f)).toBeLessThan(1e-7);
    expect(check(w, dw, f)).toBeLessThan(1e-7);
    expect(check(b, db, f)).toBeLessThan(1e-7);
  });

  it('layer norm: dx, dγ, dβ', () => {
    const [N, D] = [3, 6];
    const x = randn(N * D, 2);
    const g = randn(D);
    const b = randn(D);
    const y = new Float64Array(N * D);
    const xhat = new Float64Array(N * D);
    const rstd = new Float64Array(N);
    const { c, loss } = probe(N * D);
    const f = () => (layerNormForward(y, x, g, b, xhat, rstd, N, D, 1e-5), loss(y));
    f();
    const dx = new Float64Array(N * D);
    const dg = new Float64Array(D);
    const db = new Float64Array(D);
    layerNormBackward(dx, dg, db, c, g, xhat, rstd, N, D);
    expect(check(x, dx, f)).toBeLessThan(1e-6);
    expect(check(g, dg, f)).toBeLessThan(1e-7);
    expect(check(b, db, f)).toBeLessThan(1e-7);
  });

  it('GELU', () => {
    const x = randn(20, 2);
    const y = new Float64Array(20);
    const { c, loss } = probe(20);
    const t = new Float64Array(20);
    const f = () => (geluForward(y, t, x, 20), loss(y));
    f();
    const dx = new Float64Array(20);
    geluBackward(dx, c, x, t, 20);
    expect(check(x, dx, f)).toBeLessThan(1e-7);
  });

  it('causal multi-head attention: d(q|k|v)', () => {
    const dims = { B: 2, T: 4, H: 2, d: 6 };
    const N = dims.B * dims.T;
    const qkv = randn(N * 3 * dims.d);
    const out = new Float64Array(N * dims.d);
    const probs = new Float64Array(dims.B * dims.H * dims.T * dims.T);
    const { c, loss } = probe(N * dims.d);
    const f = () => (attentionForward(out, probs, qkv, dims), loss(out));
    f();
    const dqkv = new Float64Array(N * 3 * dims.d);
    attentionBackward(dqkv, c, probs, qkv, dims);
    expect(check(qkv, dqkv, f)).toBeLessThan(1e-6);
  });

  it('softmax cross-entropy', () => {
    const [N, V] = [3, 5];
    const logits = randn(N * V);
    const targets = [4, 0, 2];
    const d = new Float64Array(N * V);
    crossEntropy(logits, targets, N, V, d);
    expect(check(logits, d, () => crossEntropy(logits, targets, N, V, null))).toBeLessThan(1e-7);
  });

  it.each([
    ['learned', 'learned'],
    ['rotary', 'rotary'],
  ] as const)('the whole model with %s positions: every parameter tensor', (_, positions) => {
    const config = { vocabSize: 7, contextLength: 5, dModel: 8, nHeads: 2, nLayers: 2, dFF: 12, lnEps: 1e-5, positions };
    const m = new TrainableModel(config, Float64Array);
    m.init(createRng(3));
    // Larger than GPT-2's init so every path carries a visible gradient; LN gains and biases off their defaults.
    for (let i = 0; i < m.params.length; i++) m.params[i] += gaussian(rng) * 0.3;
    const B = 2;
    const T = 5;
    const inputs = Int32Array.from({ length: B * T }, (_, i) => (i * 3 + 1) % 7);
    const targets = Int32Array.from({ length: B * T }, (_, i) => (i * 5 + 2) % 7);
    m.zeroGrad();
    m.forward(inputs, targets, B, T);
    m.backward();
    const analytic = Float64Array.from(m.grads);
    const params = m.params as Float64Array;
    expect(check(params, analytic, () => m.forward(inputs, targets, B, T, false))).toBeLessThan(1e-5);
  });
});
