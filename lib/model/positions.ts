/**
 * How the model's learned position embeddings relate to each other.
 *
 * The positional-encoding chapter compares the 2017
 * sinusoidal table with what a real model learned; the cosine similarity
 * between learned position vectors (high for nearby positions, falling off
 * with distance) is that comparison's data.
 */
import { cosineSimilarity } from '../math/linalg';
import type { TinyModel } from './types';

/** The learned position vectors, [position][dModel], for positions 0 … count−1. Throws for a rotary model, which has none. */
export function positionEmbeddings(model: TinyModel, count = model.config.contextLength): number[][] {
  if (!model.weights.positionEmbedding) throw new Error('this model has rotary positions: it learned no position vectors');
  const { data, cols } = model.weights.positionEmbedding;
  const n = Math.min(count, model.config.contextLength);
  return Array.from({ length: n }, (_, p) => Array.from(data.subarray(p * cols, (p + 1) * cols)));
}

/** Cosine similarity of every pair of learned position vectors: [position][position], 1 on the diagonal. */
export function positionSimilarity(model: TinyModel, count = model.config.contextLength): number[][] {
  const vectors = positionEmbeddings(model, count);
  return vectors.map((a) => vectors.map((b) => cosineSimilarity(a, b)));
}
