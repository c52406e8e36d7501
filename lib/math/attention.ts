/**
 * Scaled dot-product attention, softmax and multi-head split/merge.
 *
 * This is the one copy of the attention maths that the
 * tiny model's forward pass, the attention explorer and every other widget
 * use, so what a reader sees step by step is exactly what the model computes:
 *
 *   scores  = Q·Kᵀ / √d_k                       (returned as `scores`)
 *   weights = softmax(mask(scores / temperature)) (row-wise, `weights`)
 *   output  = weights · V                         (`output`)
 *
 * (Vaswani et al. 2017, "Attention Is All You Need", eq. 1.)
 */
import { dot } from './linalg';

/**
 * Numerically stable softmax: exp(s_i − max) / Σ_j exp(s_j − max).
 *
 * Subtracting the row maximum changes nothing mathematically and keeps every
 * exponent ≤ 0, so huge inputs (1000, 1e9) cannot overflow. Entries equal to
 * −Infinity (masked positions) get weight exactly 0.
 *
 * Edge cases, chosen so the result never contains NaN:
 * - an empty input gives an empty output;
 * - if every entry is −Infinity (a query allowed to see no key) all weights
 *   are 0: the row attends to nothing and its attention output is the zero
 *   vector. Such a row does not sum to 1; it is the only case that doesn't.
 * - +Infinity entries share the whole weight equally (the limit of the
 *   softmax as those scores grow together).
 * - NaN inputs throw a RangeError: they indicate a bug upstream.
 */
export function softmax(scores: readonly number[]): number[] {
  const out = scores.slice();
  softmaxInPlace(out, 0, out.length);
  return out;
}

/**
 * {@link softmax} of the `length` values of v from `from`, in place: the form a pass over
 * flat buffers uses, one attention row at a time, without an array per row.
 */
export function softmaxInPlace(v: { [i: number]: number }, from: number, length: number): void {
  const end = from + length;
  let max = -Infinity;
  for (let j = from; j < end; j++) {
    if (Number.isNaN(v[j])) throw new RangeError('softmax: NaN in scores');
    if (v[j] > max) max = v[j];
  }
  if (max === -Infinity || max === Infinity) {
    let count = 0;
    for (let j = from; j < end; j++) if (v[j] === max) count++;
    for (let j = from; j < end; j++) v[j] = max === Infinity && v[j] === Infinity ? 1 / count : 0;
    return;
  }
  let sum = 0;
  for (let j = from; j < end; j++) {
    const e = v[j] === -Infinity ? 0 : Math.exp(v[j] - max);
    v[j] = e;
    sum += e;
  }
  for (let j = from; j < end; j++) v[j] = v[j] / sum;
}

/**
 * log Σ_i exp(v_i), computed as max + log Σ_i exp(v_i − max) so that large values
 * cannot overflow: the normaliser of a softmax, and with it a cross-entropy
 * (logSumExp(logits) − logits[target]). −Infinity for an empty input or when every
 * entry is −Infinity; +Infinity when an entry is.
 */
export function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity || max === Infinity) return max;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** Which keys each query may attend to. `mask[i][j] === true`: query i may read key j. */
export type AttentionMask = 'none' | 'causal' | boolean[][];

/** Options for {@link scaledDotProductAttention}. */
export interface AttentionOptions {
  /**
   * 'none' (default): every query sees every key. 'causal': query i sees keys
   * j ≤ i + (nKeys − nQueries), i.e. j ≤ i when queries and keys are the same
   * positions. A boolean matrix [query][key] gives the mask explicitly.
   */
  mask?: AttentionMask;
  /** Divides the scaled scores before softmax; > 0, default 1. Below 1 sharpens, above 1 flattens. */
  temperature?: number;
}

/** Everything attention computes, each as [query][key] or [query][dim]. */
export interface AttentionResult {
  /** Q·Kᵀ/√d_k, before temperature, mask and softmax: [query][key]. */
  scores: number[][];
  /** Softmax of the (tempered, masked) scores: [query][key]; each row sums to 1. */
  weights: number[][];
  /** weights · V: [query][d_v]. */
  output: number[][];
}

/** True when query i may attend to key j under `mask`. */
export function maskAllows(mask: AttentionMask, i: number, j: number, nQueries: number, nKeys: number): boolean {
  if (mask === 'none') return true;
  if (mask === 'causal') return j <= i + (nKeys - nQueries);
  return mask[i][j] === true;
}

/**
 * The mask as an explicit [query][key] matrix: `result[i][j] === maskAllows(mask, i, j, …)`.
 * 'none' gives all true (an encoder's bidirectional self-attention, or
 * cross-attention), 'causal' gives true on and below the (shifted) diagonal.
 * Widgets draw this matrix; passing it back as `mask` computes the same attention.
 */
export function buildMask(mask: AttentionMask, nQueries: number, nKeys: number): boolean[][] {
  for (const [name, n] of [
    ['nQueries', nQueries],
    ['nKeys', nKeys],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
  }
  if (Array.isArray(mask) && (mask.length !== nQueries || mask.some((row) => row.length !== nKeys))) {
    throw new RangeError(`mask must be ${nQueries}×${nKeys}`);
  }
  return Array.from({ length: nQueries }, (_, i) => Array.from({ length: nKeys }, (_, j) => maskAllows(mask, i, j, nQueries, nKeys)));
}

/**
 * Scaled dot-product attention of queries q [nQ][d_k] over keys k [nK][d_k]
 * and values v [nK][d_v]. Throws a RangeError on inconsistent shapes, a mask
 * of the wrong size or a temperature that is not a positive finite number.
 */
export function scaledDotProductAttention(q: readonly (readonly number[])[], k: readonly (readonly number[])[], v: readonly (readonly number[])[], options: AttentionOptions = {}): AttentionResult {
  const mask = options.mask ?? 'none';
  const temperature = options.temperature ?? 1;
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new RangeError(`temperature must be a positive finite number, got ${temperature}`);
  }
  if (k.length !== v.length) throw new RangeError(`keys (${k.length}) and values (${v.length}) differ in count`);
  const nQ = q.length;
  const nK = k.length;
  if (Array.isArray(mask) && (mask.length !== nQ || mask.some((row) => row.length !== nK))) {
    throw new RangeError(`mask must be ${nQ}×${nK}`);
  }
  const dK = nQ > 0 ? q[0].length : nK > 0 ? k[0].length : 0;
  const dV = nK > 0 ? v[0].length : 0;
  const scale = dK > 0 ? 1 / Math.sqrt(dK) : 1;

  const scores: number[][] = [];
  const weights: number[][] = [];
  const output: number[][] = [];
  for (let i = 0; i < nQ; i++) {
    const row = k.map((kj) => dot(q[i], kj) * scale);
    scores.push(row);
    const masked = row.map((s, j) => (maskAllows(mask, i, j, nQ, nK) ? s / temperature : -Infinity));
    const w = softmax(masked);
    weights.push(w);
    const out = new Array<number>(dV).fill(0);
    for (let j = 0; j < nK; j++) {
      if (w[j] === 0) continue;
      const vj = v[j];
      for (let d = 0; d < dV; d++) out[d] += w[j] * vj[d];
    }
    output.push(out);
  }
  return { scores, weights, output };
}

/**
 * Split [pos][dModel] into nHeads slices [head][pos][dModel/nHeads]: head h
 * takes columns h·dHead … (h+1)·dHead − 1, as in multi-head attention.
 */
export function splitHeads(x: readonly (readonly number[])[], nHeads: number): number[][][] {
  if (!Number.isInteger(nHeads) || nHeads < 1) throw new RangeError(`nHeads must be a positive integer, got ${nHeads}`);
  const dModel = x.length > 0 ? x[0].length : 0;
  if (dModel % nHeads !== 0) throw new RangeError(`dModel ${dModel} is not divisible by nHeads ${nHeads}`);
  const dHead = dModel / nHeads;
  const heads: number[][][] = [];
  for (let h = 0; h < nHeads; h++) heads.push(x.map((row) => row.slice(h * dHead, (h + 1) * dHead)));
  return heads;
}

/** Inverse of {@link splitHeads}: [head][pos][dHead] → [pos][nHeads·dHead] (heads concatenated). */
export function mergeHeads(heads: readonly (readonly (readonly number[])[])[]): number[][] {
  if (heads.length === 0) return [];
  const nPos = heads[0].length;
  if (heads.some((h) => h.length !== nPos)) throw new RangeError('mergeHeads: heads differ in length');
  const out: number[][] = [];
  for (let p = 0; p < nPos; p++) {
    const row: number[] = [];
    for (const h of heads) row.push(...h[p]);
    out.push(row);
  }
  return out;
}
