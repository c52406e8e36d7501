/**
 * Positional encodings: the 2017 sinusoidal table and rotary embeddings (RoPE).
 *
 * The positional-encoding chapter's widgets and tests
 * need the exact definitions, computed in one place.
 *
 * Sinusoidal (Vaswani et al. 2017, §3.5):
 *   PE(pos, 2i)   = sin(pos / 10000^(2i/d_model))
 *   PE(pos, 2i+1) = cos(pos / 10000^(2i/d_model))
 *
 * Rotary (Su et al. 2021, RoFormer): each pair of dimensions (2i, 2i+1) of a
 * query or key at position m is rotated by the angle m·θ_i, θ_i = base^(−2i/d).
 * Then q_m·k_n depends on positions only through the offset n − m.
 */

/**
 * The sinusoidal table for positions 0 … positions−1 as one row-major array,
 * PE(pos, dim) at [pos · dModel + dim]: what heatmaps paint and matrix products read,
 * without an array per row (a 256 × 512 table is 131,072 values).
 */
export function sinusoidalTable(positions: number, dModel: number): Float64Array {
  if (!Number.isInteger(positions) || positions < 0) throw new RangeError(`positions must be a non-negative integer, got ${positions}`);
  checkWidth(dModel);
  return sinusoidalRowsInto(new Float64Array(positions * dModel), 0, positions, dModel);
}

/**
 * Rows from … to−1 of the sinusoidal table written in place, PE(pos, dim) at
 * out[pos · dModel + dim] (the rest of `out` is left as it is): a view that redraws on
 * every slider step reuses one buffer, and a thread that needs some rows computes only those.
 */
export function sinusoidalRowsInto<T extends Float64Array>(out: T, from: number, to: number, dModel: number): T {
  checkWidth(dModel);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to * dModel > out.length)
    throw new RangeError(`rows ${from} … ${to - 1} of width ${dModel} do not fit a buffer of ${out.length}`);
  // 10000^(2i/d_model) depends on the dimension only: computed once per dimension, not per cell.
  const denominators = new Float64Array(dModel);
  for (let d = 0; d < dModel; d++) denominators[d] = Math.pow(10000, (d - (d % 2)) / dModel); // d − d%2 = 2i for both members of the pair
  for (let pos = from; pos < to; pos++) {
    const row = pos * dModel;
    for (let d = 0; d < dModel; d++) {
      const angle = pos / denominators[d];
      out[row + d] = d % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return out;
}

function checkWidth(dModel: number): void {
  if (!Number.isInteger(dModel) || dModel < 1) throw new RangeError(`dModel must be a positive integer, got ${dModel}`);
}

/** The sinusoidal table for positions 0 … positions−1: [pos][dModel] (the same numbers as {@link sinusoidalTable}). */
export function sinusoidalEncoding(positions: number, dModel: number): number[][] {
  const table = sinusoidalTable(positions, dModel);
  return Array.from({ length: positions }, (_, pos) => Array.from(table.subarray(pos * dModel, (pos + 1) * dModel)));
}

/** Rotary frequencies θ_i = base^(−2i/dim) for i = 0 … dim/2 − 1. */
export function rotaryFrequencies(dim: number, base = 10000): number[] {
  if (!Number.isInteger(dim) || dim < 2 || dim % 2 !== 0) throw new RangeError(`rotary dim must be an even integer ≥ 2, got ${dim}`);
  const out: number[] = [];
  for (let i = 0; i < dim / 2; i++) out.push(Math.pow(base, (-2 * i) / dim));
  return out;
}

/** Rotation angles position·θ_i for each pair i = 0 … dim/2 − 1 (radians). */
export function rotaryAngles(position: number, dim: number, base = 10000): number[] {
  return rotaryFrequencies(dim, base).map((theta) => position * theta);
}

/**
 * Rotate each pair (vec[2i], vec[2i+1]) by position·θ_i:
 *   x' = x·cos φ − y·sin φ,  y' = x·sin φ + y·cos φ.
 * The vector's length must be even. Position 0 returns a copy of vec.
 */
export function applyRotary(vec: readonly number[], position: number, base = 10000): number[] {
  const angles = rotaryAngles(position, vec.length, base);
  const out = new Array<number>(vec.length);
  for (let i = 0; i < angles.length; i++) {
    const c = Math.cos(angles[i]);
    const s = Math.sin(angles[i]);
    const x = vec[2 * i];
    const y = vec[2 * i + 1];
    out[2 * i] = x * c - y * s;
    out[2 * i + 1] = x * s + y * c;
  }
  return out;
}

/**
 * cos and sin of every rotary angle for positions 0 … positions−1, flat
 * [position][dim/2]: what a model that rotates its queries and keys at every
 * position of every head computes once instead of per vector.
 */
export function rotaryTable(positions: number, dim: number, base = 10000): { cos: Float64Array; sin: Float64Array } {
  const theta = rotaryFrequencies(dim, base);
  const half = dim / 2;
  const cos = new Float64Array(positions * half);
  const sin = new Float64Array(positions * half);
  for (let p = 0; p < positions; p++) {
    for (let i = 0; i < half; i++) {
      cos[p * half + i] = Math.cos(p * theta[i]);
      sin[p * half + i] = Math.sin(p * theta[i]);
    }
  }
  return { cos, sin };
}

/**
 * Rotates dim values of buf starting at offset, in place, by position's angles of
 * a rotaryTable (the same result as applyRotary). With inverse, rotates by the
 * opposite angles: the rotation is orthogonal, so that is also how a gradient
 * passes back through it.
 */
export function rotateInPlace(buf: Float32Array | Float64Array, offset: number, dim: number, position: number, table: { cos: Float64Array; sin: Float64Array }, inverse = false): void {
  const half = dim / 2;
  const row = position * half;
  for (let i = 0; i < half; i++) {
    const c = table.cos[row + i];
    const s = inverse ? -table.sin[row + i] : table.sin[row + i];
    const x = buf[offset + 2 * i];
    const y = buf[offset + 2 * i + 1];
    buf[offset + 2 * i] = x * c - y * s;
    buf[offset + 2 * i + 1] = x * s + y * c;
  }
}
