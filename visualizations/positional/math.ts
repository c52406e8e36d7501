/**
 * The numbers the positional-encoding explorer draws: the sinusoidal table as a flat
 * grid, what one cell of it is made of, the wavelengths of its dimensions, similarity
 * matrices of position vectors, and a toy token embedding for the "add" animation.
 *
 * The explorer's views only draw; every number they show is
 * computed here, on top of lib/math (sinusoidalTable, cosineSimilarity,
 * rotaryFrequencies, addVec), so the unit tests check exactly what readers see. The
 * distance view's dot products, shared with a worker, are in dotProducts.ts.
 */
import { addVec, cosineSimilarity, rotaryFrequencies, scaleVec, sinusoidalEncoding, sinusoidalTable } from '@/lib/math';
import { createRng, gaussian } from '@/lib/model/rng';

/** How far the reader may push the sinusoidal views. */
export const LIMITS = { positions: { min: 2, max: 256 }, dims: { min: 2, max: 512 } } as const;

/** A row-major matrix of numbers: values[r · cols + c]. */
export interface Grid {
  rows: number;
  cols: number;
  values: Float64Array;
}

/** A grid from an array of rows (all of the same length). */
export function gridFromRows(rows: readonly ArrayLike<number>[]): Grid {
  const cols = rows.length > 0 ? rows[0].length : 0;
  const values = new Float64Array(rows.length * cols);
  rows.forEach((row, r) => {
    for (let c = 0; c < cols; c++) values[r * cols + c] = row[c];
  });
  return { rows: rows.length, cols, values };
}

/** Row r of a grid as a new array. */
export function gridRow(grid: Grid, r: number): number[] {
  return Array.from(grid.values.subarray(r * grid.cols, (r + 1) * grid.cols));
}

/** A row-major table (such as a learned position table) as an array of rows. */
export function tableRows(table: { rows: number; cols: number; data: ArrayLike<number> }): number[][] {
  return Array.from({ length: table.rows }, (_, r) => Array.from({ length: table.cols }, (_, c) => table.data[r * table.cols + c]));
}

/** The sinusoidal table PE[pos][dim] for positions × dims, from lib/math. */
export function sinusoidalGrid(positions: number, dims: number): Grid {
  return { rows: positions, cols: dims, values: sinusoidalTable(positions, dims) };
}

/** What one cell PE(pos, dim) is made of, for the readout beside the formula. */
export interface CellDetail {
  pos: number;
  dim: number;
  /** Pair index i: dimensions 2i and 2i+1 share one frequency. */
  pair: number;
  /** sin for even dimensions, cos for odd. */
  fn: 'sin' | 'cos';
  /** 10000^(2i/d_model). */
  denominator: number;
  /** pos / 10000^(2i/d_model), in radians. */
  angle: number;
  /** The table's value (lib/math's sinusoidalTable). */
  value: number;
  /** 2π · 10000^(2i/d_model): positions per full turn of this pair. */
  wavelength: number;
}

/** The parts of PE(pos, dim) for a table of width dModel; `value` is read from `grid`. */
export function cellDetail(grid: Grid, pos: number, dim: number): CellDetail {
  const dModel = grid.cols;
  const pair = Math.floor(dim / 2);
  const denominator = Math.pow(10000, (2 * pair) / dModel);
  return {
    pos,
    dim,
    pair,
    fn: dim % 2 === 0 ? 'sin' : 'cos',
    denominator,
    angle: pos / denominator,
    value: grid.values[pos * grid.cols + dim],
    wavelength: wavelength(dim, dModel),
  };
}

/** Wavelength 2π/ω_i of dimension `dim` (ω_i = 10000^(−2i/d), the same frequencies RoPE uses). */
export function wavelength(dim: number, dModel: number): number {
  return (2 * Math.PI) / rotaryFrequencies(dModel)[Math.floor(dim / 2)];
}

/**
 * A few sine dimensions 2i with pair indices evenly spaced over the first half of the
 * pairs (i = 0, n/8, n/4, 3n/8 for n = d/2 pairs): equal steps in i multiply the
 * wavelength by the same factor 10000^(2·Δi/d), so the lines show a geometric series.
 */
export function waveDims(dModel: number, count = 4): number[] {
  const pairs = dModel / 2;
  const dims = new Set<number>();
  for (let k = 0; k < count; k++) dims.add(2 * Math.min(pairs - 1, Math.round((k * pairs) / 8)));
  return [...dims];
}

/** Cosine similarity of every pair of rows. */
export function cosineGrid(rows: readonly (readonly number[])[]): Grid {
  const n = rows.length;
  const values = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      const v = cosineSimilarity(rows[a] as number[], rows[b] as number[]);
      values[a * n + b] = v;
      values[b * n + a] = v;
    }
  }
  return { rows: n, cols: n, values };
}

/**
 * How far a square matrix is from depending only on the offset b − a: the largest
 * spread (max − min) among the entries of any one diagonal. Zero (up to rounding) for
 * the sinusoidal dot products; clearly positive for learned embeddings.
 */
export function diagonalSpread(grid: Grid): number {
  const n = grid.rows;
  const { values } = grid;
  // row by row (a walk along a diagonal of a 256 × 256 matrix would miss the cache at
  // every step), keeping the lowest and highest value of diagonal b − a at [b − a + n − 1]
  const lo = new Float64Array(Math.max(0, 2 * n - 1)).fill(Infinity);
  const hi = new Float64Array(Math.max(0, 2 * n - 1)).fill(-Infinity);
  for (let a = 0; a < n; a++) {
    const row = a * n;
    const diagonal = n - 1 - a;
    for (let b = 0; b < n; b++) {
      const v = values[row + b];
      if (v < lo[diagonal + b]) lo[diagonal + b] = v;
      if (v > hi[diagonal + b]) hi[diagonal + b] = v;
    }
  }
  let worst = 0;
  for (let k = 0; k < lo.length; k++) if (hi[k] - lo[k] > worst) worst = hi[k] - lo[k];
  return worst;
}

/** Smallest value in a grid (for a colour scale); Infinity for an empty grid. */
export function minValue(grid: Grid): number {
  const { values } = grid;
  let m = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] < m) m = values[i];
  return m;
}

/** Largest absolute value in a grid (for a colour scale); 0 for an empty grid. */
export function maxAbs(grid: Grid): number {
  const { values } = grid;
  let m = 0;
  for (let i = 0; i < values.length; i++) if (Math.abs(values[i]) > m) m = Math.abs(values[i]);
  return m;
}

/** Width of the toy embedding in the "add the position" animation. */
export const ADD_DIM = 8;

/** FNV-1a hash of a string: a stable seed per word. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A toy embedding for `word`: `dim` seeded normal numbers times `scale` (the same word always gets the same vector). */
export function toyEmbedding(word: string, dim: number, scale = 1): number[] {
  const rng = createRng(hashSeed(word));
  return Array.from({ length: dim }, () => gaussian(rng) * scale);
}

/** The three vectors of the animation: token embedding e, position vector p = PE(pos), and x = e + p. */
export interface Addition {
  embedding: number[];
  position: number[];
  sum: number[];
}

/** e(word) + PE(pos) in ADD_DIM dimensions. */
export function addPosition(word: string, pos: number, dim = ADD_DIM): Addition {
  const embedding = scaleVec(toyEmbedding(word, dim), 0.6);
  const position = sinusoidalEncoding(pos + 1, dim)[pos];
  return { embedding, position, sum: addVec(embedding, position) };
}
