/**
 * Row-wise int8 quantisation, the one rule of both files that store weights (the model's
 * weights file and the learned position table): row r is stored as int8 values q with one
 * float32 scale s_r = max|row|/127, value ≈ q·s_r. The stored scale is the one used to
 * quantise, so dequantising gives back exactly what was stored; −128 is never written.
 */
export function quantiseRows(
  src: ArrayLike<number>,
  rows: number,
  cols: number,
  /** Where the rows' scales go (little-endian float32), the first at byte `firstScaleByte`. */
  scales: DataView,
  firstScaleByte: number,
  values: Int8Array,
  firstValue: number,
): void {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let max = 0;
    for (let c = 0; c < cols; c++) {
      const x = src[o + c];
      if (!Number.isFinite(x)) throw new Error(`row ${r} holds ${x}, not a finite number`);
      max = Math.max(max, Math.abs(x));
    }
    const scale = Math.fround(max / 127);
    scales.setFloat32(firstScaleByte + r * 4, scale, true);
    for (let c = 0; c < cols; c++) values[firstValue + o + c] = scale === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(src[o + c] / scale)));
  }
}
