/**
 * The attention explorer's numbers: the step-through of one query, "what if"
 * recomputation of a head's weights and the 2-D attention of "attention by hand".
 *
 * Every number the widgets show comes from here, built
 * on the one copy of the attention maths in lib/math (scaledDotProductAttention,
 * dot), so a test can check the numbers without a browser. No DOM, no React.
 * The geometry of the pictures lives in lib/widgets/attentionGeometry.ts.
 */
import { dot, scaledDotProductAttention } from '@/lib/math';
import type { Vec2 } from '@/lib/widgets/attentionGeometry';

/** The reader's "what if" changes to the real computation. */
export interface WhatIf {
  /** Divides the scaled scores before softmax (the model uses 1). */
  temperature: number;
  /** Whether later tokens are hidden (the model always uses the causal mask). */
  causal: boolean;
}

/** What the tiny model really does. */
export const REAL: WhatIf = { temperature: 1, causal: true };

/** True when `w` differs from what the model computes. */
export function isWhatIf(w: WhatIf): boolean {
  return w.temperature !== REAL.temperature || w.causal !== REAL.causal;
}

/** One head's queries, keys and values, each [pos][dHead]. */
export interface HeadVectors {
  q: number[][];
  k: number[][];
  v: number[][];
}

/**
 * Attention weights [query][key] of one head. With the real settings these are
 * the model's own weights (`real`); otherwise they are recomputed from the
 * model's q, k, v with scaledDotProductAttention under the reader's settings.
 */
export function headWeights(real: number[][], vectors: HeadVectors, whatIf: WhatIf): number[][] {
  if (!isWhatIf(whatIf)) return real;
  return scaledDotProductAttention(vectors.q, vectors.k, vectors.v, {
    mask: whatIf.causal ? 'causal' : 'none',
    temperature: whatIf.temperature,
  }).weights;
}

/** The stages of the step-through, in order. */
export const STEPS = ['query', 'keys', 'dot', 'scale', 'mask', 'softmax', 'sum'] as const;
export type Step = (typeof STEPS)[number];

/** Every intermediate number of attention for one query, as the step-through shows them. */
export interface StepThrough {
  /** Index of the query token. */
  query: number;
  /** Width of queries and keys. */
  dK: number;
  /** √d_k. */
  sqrtDK: number;
  q: number[];
  keys: number[][];
  values: number[][];
  /** q·k_j for every key j. */
  dots: number[];
  /** q·k_j / √d_k. */
  scaled: number[];
  /** true where key j is hidden by the mask. */
  masked: boolean[];
  /** What enters softmax: scaled / temperature, or −∞ where masked. */
  logits: number[];
  /** Softmax of `logits`; sums to 1. */
  weights: number[];
  /** Σ_j weights_j · v_j. */
  output: number[];
}

/** The step-through numbers for query `i` of one head under `whatIf`. */
export function stepThrough(vectors: HeadVectors, i: number, whatIf: WhatIf = REAL): StepThrough {
  const { q, k, v } = vectors;
  if (!Number.isInteger(i) || i < 0 || i >= q.length) throw new RangeError(`query ${i} is outside 0…${q.length - 1}`);
  const dK = q[i].length;
  const sqrtDK = Math.sqrt(dK);
  const masked = k.map((_, j) => whatIf.causal && j > i);
  const result = scaledDotProductAttention([q[i]], k, v, {
    mask: [masked.map((m) => !m)],
    temperature: whatIf.temperature,
  });
  const dots = k.map((kj) => dot(q[i], kj));
  const scaled = result.scores[0];
  return {
    query: i,
    dK,
    sqrtDK,
    q: q[i],
    keys: k,
    values: v,
    dots,
    scaled,
    masked,
    logits: scaled.map((s, j) => (masked[j] ? -Infinity : s / whatIf.temperature)),
    weights: result.weights[0],
    output: result.output[0],
  };
}

export type { Vec2 };

/** Dot products, scaled scores and softmax weights of one 2-D query against 2-D keys. */
export interface ByHandResult {
  dots: number[];
  scaled: number[];
  weights: number[];
}

/** Attention of query `q` over `keys` in two dimensions (d_k = 2, so scores are divided by √2). */
export function byHandAttention(q: Vec2, keys: readonly Vec2[]): ByHandResult {
  const { scores, weights } = scaledDotProductAttention([q], keys, keys);
  return { dots: keys.map((k) => dot(q, k)), scaled: scores[0], weights: weights[0] };
}

/** Moves a 2-D vector by (dx, dy), clamped to the square [−limit, limit]², rounded to 0.01. */
export function moveVec(v: Vec2, dx: number, dy: number, limit: number): Vec2 {
  const clamp = (x: number) => Math.round(Math.max(-limit, Math.min(limit, x)) * 100) / 100;
  return [clamp(v[0] + dx), clamp(v[1] + dy)];
}
