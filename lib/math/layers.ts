/**
 * Layer normalisation and the GELU activation, on plain arrays.
 *
 * The transformer-blocks widgets and the tiny model's
 * forward pass share these two definitions.
 *
 * layerNorm (Ba et al. 2016): y_i = γ_i·(x_i − μ)/√(σ² + ε) + β_i with μ and σ²
 * the mean and the biased (divide-by-n) variance of x.
 *
 * GELU: the tanh approximation used by GPT-2 (Hendrycks & Gimpel 2016):
 *   gelu(x) ≈ 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
 * which differs from the exact x·Φ(x) by less than about 1e-3.
 */

/** Mean and biased variance of a vector. */
export function meanVariance(x: ArrayLike<number>): { mean: number; variance: number } {
  const n = x.length;
  if (n === 0) throw new RangeError('meanVariance: empty vector');
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (x[i] - mean) * (x[i] - mean);
  return { mean, variance: variance / n };
}

/** Layer normalisation of one vector with gain γ and bias β (same length as x). */
export function layerNorm(x: ArrayLike<number>, gamma: ArrayLike<number>, beta: ArrayLike<number>, eps = 1e-5): number[] {
  if (gamma.length !== x.length || beta.length !== x.length) {
    throw new RangeError(`layerNorm: x, gamma, beta lengths differ (${x.length}, ${gamma.length}, ${beta.length})`);
  }
  if (x.length === 0) throw new RangeError('layerNorm: empty vector');
  const out = new Array<number>(x.length);
  layerNormInto(out, x, 0, gamma, beta, eps);
  return out;
}

/**
 * {@link layerNorm} of the gamma.length values of x from `offset`, written to out at the
 * same offset: the form a pass over flat [position][width] buffers uses, row by row,
 * without an array per row. (meanVariance's sums, in the same order.)
 */
export function layerNormInto(out: { [i: number]: number }, x: ArrayLike<number>, offset: number, gamma: ArrayLike<number>, beta: ArrayLike<number>, eps: number): void {
  const d = gamma.length;
  let mean = 0;
  for (let i = 0; i < d; i++) mean += x[offset + i];
  mean /= d;
  let variance = 0;
  for (let i = 0; i < d; i++) variance += (x[offset + i] - mean) * (x[offset + i] - mean);
  const inv = 1 / Math.sqrt(variance / d + eps);
  for (let i = 0; i < d; i++) out[offset + i] = gamma[i] * (x[offset + i] - mean) * inv + beta[i];
}

/** √(2/π), the constant inside GPT-2's GELU. */
export const GELU_C = Math.sqrt(2 / Math.PI);

/** GELU, tanh approximation (GPT-2). */
export function gelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(GELU_C * (x + 0.044715 * x * x * x)));
}

/** Derivative of {@link gelu} with respect to x (used by the trainer and gradient checks). */
export function geluDerivative(x: number): number {
  const u = GELU_C * (x + 0.044715 * x * x * x);
  const t = Math.tanh(u);
  const du = GELU_C * (1 + 3 * 0.044715 * x * x);
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du;
}
