/**
 * "Why order needs encoding", computed: self-attention over a sentence and over the
 * same words shuffled, once without and once with sinusoidal positions added.
 *
 * The chapter argues Attention(PX) = P·Attention(X). This module
 * computes both sides with lib/math's scaledDotProductAttention on fixed seeded
 * projections, so the widget shows (and the tests check) that without positions every
 * word keeps exactly its output vector when the words are shuffled, and with positions
 * the outputs change.
 */
import { matMul, scaledDotProductAttention, sinusoidalEncoding, addVec } from '@/lib/math';
import { createRng, gaussian } from '@/lib/model/rng';
import { toyEmbedding } from './math';

/** Width of the toy model: small enough to print every number. */
export const ORDER_DIM = 4;

/** Seed of the fixed projections W_Q, W_K, W_V. */
export const PROJECTION_SEED = 2017;

export interface Projections {
  wq: number[][];
  wk: number[][];
  wv: number[][];
}

/** Seeded d × d projection matrices with entries ~ N(0, 1/d). */
export function seededProjections(seed = PROJECTION_SEED, dim = ORDER_DIM): Projections {
  const rng = createRng(seed);
  const matrix = () => Array.from({ length: dim }, () => Array.from({ length: dim }, () => gaussian(rng) / Math.sqrt(dim)));
  return { wq: matrix(), wk: matrix(), wv: matrix() };
}

/** Splits a sentence into words (on spaces), or into characters when it has no spaces (Chinese). */
export function splitWords(sentence: string): string[] {
  const trimmed = sentence.trim();
  if (trimmed === '') return [];
  return /\s/.test(trimmed) ? trimmed.split(/\s+/) : Array.from(trimmed);
}

/**
 * A seeded shuffle: `order[k]` is the original index of the word placed at k. For two
 * or more words the result is never the identity (a shuffle must move something).
 */
export function shuffleOrder(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

/** Self-attention outputs (no mask) for the words in the given order, optionally with PE added. */
export function selfAttentionOutputs(words: readonly string[], withPositions: boolean, projections = seededProjections()): number[][] {
  const dim = projections.wq.length;
  const pe = sinusoidalEncoding(words.length, dim);
  const x = words.map((w, p) => (withPositions ? addVec(toyEmbedding(w, dim), pe[p]) : toyEmbedding(w, dim)));
  const q = matMul(x, projections.wq);
  const k = matMul(x, projections.wk);
  const v = matMul(x, projections.wv);
  return scaledDotProductAttention(q, k, v).output;
}

/** The demonstration for one setting (with or without positions). */
export interface OrderComparison {
  /** Outputs in the original sentence, by original index. */
  original: number[][];
  /** Outputs after shuffling, by shuffled index k (the word originally at order[k]). */
  shuffled: number[][];
  /** For each shuffled index k: max |shuffled[k] − original[order[k]]| over the dimensions. */
  differences: number[];
  /** The largest of `differences`. */
  maxDifference: number;
}

/** Runs self-attention on the sentence and on its shuffle and compares each word's outputs. */
export function compareOrders(words: readonly string[], order: readonly number[], withPositions: boolean, projections = seededProjections()): OrderComparison {
  const original = selfAttentionOutputs(words, withPositions, projections);
  const shuffled = selfAttentionOutputs(
    order.map((i) => words[i]),
    withPositions,
    projections,
  );
  const differences = shuffled.map((row, k) => Math.max(0, ...row.map((x, d) => Math.abs(x - original[order[k]][d]))));
  return { original, shuffled, differences, maxDifference: Math.max(0, ...differences) };
}
