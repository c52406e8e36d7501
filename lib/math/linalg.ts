/**
 * Small dense linear-algebra helpers on plain arrays (number[] and number[][]).
 *
 * The widgets and the tiny model's forward pass need a
 * handful of vector and matrix operations, and the site keeps exactly one copy
 * of them. Matrices are row-major arrays of rows; nothing here mutates its
 * inputs. Shape mismatches throw a RangeError with the offending sizes.
 */

/** Dot product Σ a[i]·b[i] of two vectors of the same length. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`dot: lengths differ (${a.length} vs ${b.length})`);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Matrix times column vector: (m×n)·(n) → (m). */
export function matVec(m: readonly ArrayLike<number>[], v: ArrayLike<number>): number[] {
  return Array.from(m, (row) => dot(row, v));
}

/** Matrix product (m×n)·(n×p) → (m×p). */
export function matMul(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  const n = b.length;
  const p = n === 0 ? 0 : b[0].length;
  return a.map((row) => {
    if (row.length !== n) throw new RangeError(`matMul: inner sizes differ (${row.length} vs ${n})`);
    const out = new Array<number>(p).fill(0);
    for (let k = 0; k < n; k++) {
      const r = row[k];
      const bk = b[k];
      for (let j = 0; j < p; j++) out[j] += r * bk[j];
    }
    return out;
  });
}

/** Transpose of an (m×n) matrix → (n×m). An empty matrix stays empty. */
export function transpose(m: readonly (readonly number[])[]): number[][] {
  if (m.length === 0) return [];
  const cols = m[0].length;
  const out: number[][] = [];
  for (let j = 0; j < cols; j++) out.push(m.map((row) => row[j]));
  return out;
}

/** Element-wise sum of two vectors of the same length. */
export function addVec(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new RangeError(`addVec: lengths differ (${a.length} vs ${b.length})`);
  return a.map((x, i) => x + b[i]);
}

/** Vector times a scalar. */
export function scaleVec(a: readonly number[], s: number): number[] {
  return a.map((x) => x * s);
}

/** Euclidean norm ‖a‖₂. */
export function norm(a: readonly number[]): number {
  return Math.sqrt(dot(a, a));
}

/** Cosine similarity a·b / (‖a‖‖b‖); 0 when either vector is all zeros. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot(a, b) / d;
}

/**
 * Affine map W·x + b with W given flat, row-major, [rows][cols] (the layout of
 * the tiny model's weights). Returns a new number[] of length rows.
 */
export function affine(x: ArrayLike<number>, w: ArrayLike<number>, rows: number, cols: number, bias?: ArrayLike<number>): number[] {
  if (x.length !== cols) throw new RangeError(`affine: input has ${x.length} values, weight has ${cols} columns`);
  if (w.length !== rows * cols) throw new RangeError(`affine: weight has ${w.length} values, expected ${rows}×${cols}`);
  const out = new Array<number>(rows);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let s = bias ? bias[r] : 0;
    for (let c = 0; c < cols; c++) s += w[o + c] * x[c];
    out[r] = s;
  }
  return out;
}
