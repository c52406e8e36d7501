/**
 * The embedding table's maths for "from tokens to vectors": a two-component
 * PCA (power iteration, computed in the page), the rows of the table, nearest
 * neighbours by cosine similarity, and the scatter's positions and keyboard
 * travel between its points.
 *
 * The scatter and the vector views only draw; tests
 * check the PCA on a matrix whose eigenvectors are known by hand. No DOM, no
 * React.
 */
import { scaleLinear } from 'd3';
import { cosineSimilarity } from '@/lib/math';
import type { Tensor } from '@/lib/model/types';

/** Result of a two-component principal component analysis. */
export interface Pca2 {
  /** Projection of every row on the two components: [row][2]. */
  points: [number, number][];
  /** The two unit-length component directions. */
  components: [number[], number[]];
  /** Variance along each component. */
  variances: [number, number];
  /** Total variance of the data (sum over all dimensions). */
  totalVariance: number;
}

/**
 * PCA of the rows of an n × d matrix (rows: points, columns: features): centre
 * the columns, form the d × d covariance, and find its two largest eigenpairs
 * by power iteration with deflation (until the direction stops changing, or
 * `maxIterations`). Deterministic: the iteration starts from a fixed vector. The sign of each component is fixed so that its largest
 * entry is positive.
 */
export function pca2(rows: readonly (readonly number[])[], maxIterations = 500): Pca2 {
  const n = rows.length;
  const d = n ? rows[0].length : 0;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j] / n;
  const centred = rows.map((r) => Float64Array.from(r, (v, j) => v - mean[j]));
  const cov = new Float64Array(d * d);
  for (const r of centred) {
    for (let a = 0; a < d; a++) {
      const ra = r[a];
      if (ra === 0) continue;
      const base = a * d;
      for (let b = 0; b < d; b++) cov[base + b] += ra * r[b];
    }
  }
  const denom = Math.max(1, n - 1);
  let totalVariance = 0;
  for (let k = 0; k < d * d; k++) cov[k] /= denom;
  for (let a = 0; a < d; a++) totalVariance += cov[a * d + a];

  const components: number[][] = [];
  const variances: number[] = [];
  const w = new Float64Array(d);
  for (let k = 0; k < 2; k++) {
    let v = Float64Array.from({ length: d }, (_, i) => 1 + i / Math.max(1, d));
    let lambda = 0;
    for (let it = 0; it < maxIterations; it++) {
      let length = 0;
      for (let a = 0; a < d; a++) {
        let sum = 0;
        const base = a * d;
        for (let b = 0; b < d; b++) sum += cov[base + b] * v[b];
        w[a] = sum;
        length += sum * sum;
      }
      length = Math.sqrt(length);
      if (length === 0) break;
      let change = 0;
      for (let a = 0; a < d; a++) {
        const next = w[a] / length;
        change += (next - v[a]) ** 2;
        v[a] = next;
      }
      lambda = length;
      if (change < 1e-24) break;
    }
    let biggest = 0;
    for (const x of v) if (Math.abs(x) > Math.abs(biggest)) biggest = x;
    if (biggest < 0) v = v.map((x) => -x);
    components.push(Array.from(v));
    variances.push(lambda);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) cov[a * d + b] -= lambda * v[a] * v[b];
  }
  const project = (r: Float64Array, c: number[]) => {
    let sum = 0;
    for (let j = 0; j < d; j++) sum += r[j] * c[j];
    return sum;
  };
  const points = centred.map((r) => [project(r, components[0]), project(r, components[1])] as [number, number]);
  return { points, components: components as [number[], number[]], variances: variances as [number, number], totalVariance };
}

/** Rows of a tensor as arrays. */
export function tensorRows(t: Tensor, ids?: readonly number[]): number[][] {
  return (ids ?? Array.from({ length: t.rows }, (_, i) => i)).map((i) => Array.from(t.data.subarray(i * t.cols, (i + 1) * t.cols)));
}

/** The k rows most similar (cosine) to row `of`, most similar first, never `of` itself. */
export function nearestRows(rows: readonly (readonly number[])[], of: number, k: number, exclude: ReadonlySet<number> = new Set()): { index: number; similarity: number }[] {
  return rows
    .map((r, index) => ({ index, similarity: index === of || exclude.has(index) ? -Infinity : cosineSimilarity(rows[of] as number[], r as number[]) }))
    .filter((x) => Number.isFinite(x.similarity))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k);
}

/** Pixel positions of PCA points inside a width × height box with a margin. */
export function scatterPositions(points: readonly [number, number][], width: number, height: number, margin = 18): [number, number][] {
  if (!points.length) return [];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = (lo: number, hi: number) => (hi - lo === 0 ? [lo - 1, hi + 1] : [lo, hi]);
  const x = scaleLinear()
    .domain(pad(Math.min(...xs), Math.max(...xs)))
    .range([margin, width - margin]);
  const y = scaleLinear()
    .domain(pad(Math.min(...ys), Math.max(...ys)))
    .range([height - margin, margin]);
  return points.map(([a, b]) => [x(a), y(b)]);
}

/**
 * For keyboard travel through a scatter: the nearest point from `from` whose
 * direction lies within 45° of the arrow's direction, or `from` if none.
 * Screen y grows downwards.
 */
export function stepInDirection(positions: readonly [number, number][], from: number, direction: 'left' | 'right' | 'up' | 'down'): number {
  const [fx, fy] = positions[from];
  const [ux, uy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
  let best = from;
  let bestDistance = Infinity;
  positions.forEach(([x, y], i) => {
    if (i === from) return;
    const dx = x - fx;
    const dy = y - fy;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || across > along) return;
    const distance = Math.hypot(dx, dy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}
