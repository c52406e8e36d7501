/**
 * How the files that store weights round them: each row r of a tensor becomes small
 * integers q with one scale s_r, value ≈ q·s_r.
 *
 * Two rules live here. The learned position table (./positionTable.ts) uses int8 steps of
 * max|row|/127 with a float32 scale (`quantiseRows`). The model's weights file uses b bits
 * per value (`quantiseRowBits`): q in ±(2^(b−1) − 1), a scale stored as bfloat16 (the top
 * 16 bits of a float32) and chosen, among twenty clipping levels from max|row| down to
 * 52.5% of it, as the one with the least squared error; at 6 bits clipping the few
 * largest values buys a finer step for all the others. In both, the stored scale is the
 * one used to quantise, so dequantising gives back exactly what was stored.
 */

/** The largest |q| a b-bit value holds: 127 at 8 bits, 31 at 6. */
export function maxStep(bits: number): number {
  return 2 ** (bits - 1) - 1;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The bfloat16 nearest to x (ties to even), as its 16 bits. */
export function toBfloat16(x: number): number {
  f32[0] = x;
  const bits = u32[0];
  return ((bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16) & 0xffff;
}

/** The number a bfloat16's 16 bits stand for. */
export function fromBfloat16(h: number): number {
  u32[0] = (h & 0xffff) << 16;
  return f32[0];
}

function checkFinite(src: ArrayLike<number>, from: number, to: number, row: number): number {
  let max = 0;
  for (let c = from; c < to; c++) {
    const x = src[c];
    if (!Number.isFinite(x)) throw new Error(`row ${row} holds ${x}, not a finite number`);
    max = Math.max(max, Math.abs(x));
  }
  return max;
}

/** q = round(x / scale), held within ±maxStep. */
function step(x: number, scale: number, limit: number): number {
  return scale === 0 ? 0 : Math.max(-limit, Math.min(limit, Math.round(x / scale)));
}

/**
 * Row-wise int8 (the position table's rule): row r as int8 values with one float32 scale
 * max|row|/127 written little-endian at `firstScaleByte` + 4r; −128 is never written.
 */
export function quantiseRows(src: ArrayLike<number>, rows: number, cols: number, scales: DataView, firstScaleByte: number, values: Int8Array, firstValue: number): void {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    const scale = Math.fround(checkFinite(src, o, o + cols, r) / 127);
    scales.setFloat32(firstScaleByte + r * 4, scale, true);
    for (let c = 0; c < cols; c++) values[firstValue + o + c] = step(src[o + c], scale, 127);
  }
}

/** Clipping levels tried per row, as fractions of max|row|. */
const CLIP_LEVELS = Array.from({ length: 20 }, (_, k) => 1 - k / 40);

/** One tensor in b bits: each row's scale (bfloat16 bits) and every value's q, row after row. */
export interface QuantisedRows {
  scales: Uint16Array;
  steps: Int8Array;
}

/** Quantises `rows` × `cols` values (row-major) to `bits` bits per value (2 to 8), one bfloat16 scale per row. */
export function quantiseRowBits(src: ArrayLike<number>, rows: number, cols: number, bits: number): QuantisedRows {
  if (!Number.isInteger(bits) || bits < 2 || bits > 8) throw new Error(`bits must be an integer from 2 to 8, got ${bits}`);
  const limit = maxStep(bits);
  const scales = new Uint16Array(rows);
  const steps = new Int8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    const max = checkFinite(src, o, o + cols, r);
    let best = 0;
    let bestError = Number.POSITIVE_INFINITY;
    for (const level of max === 0 ? [] : CLIP_LEVELS) {
      const h = toBfloat16((max * level) / limit);
      const scale = fromBfloat16(h);
      let error = 0;
      for (let c = o; c < o + cols; c++) error += (step(src[c], scale, limit) * scale - src[c]) ** 2;
      if (error < bestError) [best, bestError] = [h, error];
    }
    scales[r] = best;
    const scale = fromBfloat16(best);
    for (let c = o; c < o + cols; c++) steps[c] = step(src[c], scale, limit);
  }
  return { scales, steps };
}

/** Bytes that `count` values of `bits` bits take once packed. */
export function packedBytes(count: number, bits: number): number {
  return Math.ceil((count * bits) / 8);
}

/**
 * Packs steps q into a bit stream, each as the unsigned number q + maxStep(bits) in `bits`
 * bits, least significant bit first: value i holds bits i·b … i·b + b − 1 of the stream,
 * and bit j of the stream is bit j mod 8 of byte ⌊j / 8⌋.
 */
export function packSteps(steps: ArrayLike<number>, bits: number, out: Uint8Array, offset: number): void {
  const bias = maxStep(bits);
  let acc = 0;
  let held = 0;
  let at = offset;
  for (let i = 0; i < steps.length; i++) {
    acc |= (steps[i] + bias) << held;
    held += bits;
    while (held >= 8) {
      out[at++] = acc & 0xff;
      acc >>>= 8;
      held -= 8;
    }
  }
  if (held > 0) out[at] = acc & 0xff;
}

/**
 * Reads `count` steps packed by {@link packSteps}; a number above 2·maxStep(bits) cannot
 * have been written, and throws (a damaged file).
 */
export function unpackSteps(bytes: Uint8Array, offset: number, count: number, bits: number): Int8Array {
  const bias = maxStep(bits);
  const mask = (1 << bits) - 1;
  const out = new Int8Array(count);
  let acc = 0;
  let held = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    while (held < bits) {
      acc |= bytes[at++] << held;
      held += 8;
    }
    const u = acc & mask;
    if (u > 2 * bias) throw new Error(`value ${i} is ${u}, beyond the ${2 * bias} that ${bits} bits may hold`);
    out[i] = u - bias;
    acc >>>= bits;
    held -= bits;
  }
  return out;
}
