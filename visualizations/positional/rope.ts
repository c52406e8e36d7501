/**
 * Rotary position embeddings (RoPE) for the explorer's rotary view: a fixed query and
 * key, rotated pair by pair with lib/math's applyRotary, and the grid of their dot
 * products q_m · k_n, which is constant along every diagonal (it depends on n − m only).
 *
 * The view draws rotating 2-D vectors and a score grid; the
 * numbers come from here so the tests can check the relative-position property on
 * exactly the vectors shown.
 */
import { applyRotary, dot, rotaryAngles } from '@/lib/math';
import { createRng, gaussian } from '@/lib/model/rng';
import type { Grid } from './math';

/** Width of the toy query and key: four rotating pairs. */
export const ROPE_DIM = 8;

/** Size of the score grid drawn (positions m, n in a window of this many). */
export const ROPE_WINDOW = 16;

/** A fixed seeded query and key of width ROPE_DIM. */
export function ropeVectors(seed = 42): { q: number[]; k: number[] } {
  const rng = createRng(seed);
  const vec = () => Array.from({ length: ROPE_DIM }, () => gaussian(rng));
  return { q: vec(), k: vec() };
}

/** One pair (2i, 2i+1) of a rotated vector as a 2-D point, with its rotation angle. */
export interface RotatedPair {
  x: number;
  y: number;
  /** position · θ_i in radians. */
  angle: number;
}

/** The pairs of `vec` rotated to `position` (any real number, for smooth animation). */
export function rotatedPairs(vec: readonly number[], position: number): RotatedPair[] {
  const rotated = applyRotary(vec, position);
  const angles = rotaryAngles(position, vec.length);
  return angles.map((angle, i) => ({ x: rotated[2 * i], y: rotated[2 * i + 1], angle }));
}

/** q rotated to m, dotted with k rotated to n. */
export function ropeScore(q: readonly number[], k: readonly number[], m: number, n: number): number {
  return dot(applyRotary(q, m), applyRotary(k, n));
}

/**
 * Scores q_m · k_n for m (rows) in [rowStart, rowStart + size) and n (columns) in
 * [colStart, colStart + size): each window follows its own position, so both the query
 * and the key stay in view; entries on one diagonal still share the offset n − m.
 */
export function ropeGrid(q: readonly number[], k: readonly number[], rowStart: number, colStart = rowStart, size = ROPE_WINDOW): Grid {
  const qs = Array.from({ length: size }, (_, i) => applyRotary(q, rowStart + i));
  const ks = Array.from({ length: size }, (_, i) => applyRotary(k, colStart + i));
  const values = new Float64Array(size * size);
  for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) values[a * size + b] = dot(qs[a], ks[b]);
  return { rows: size, cols: size, values };
}

/** First position of a score window: it starts a few positions before `m` so `m` sits inside it. */
export function ropeWindowStart(m: number): number {
  return Math.max(0, m - Math.floor(ROPE_WINDOW / 2));
}
