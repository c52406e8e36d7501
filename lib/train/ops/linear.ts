/**
 * Fully connected layer y = x·Wᵀ + b on flat row-major buffers, forward and backward.
 *
 * The trainer's linear layers, expressed through the one
 * gemm kernel (lib/math/gemm.ts) and gradient-checked in tests/unit/lib/train/. W is
 * stored [out][in]. Buffers may be Float32Array (training) or Float64Array
 * (gradient checks); scratch space is kept per element type so a float64
 * check never silently rounds through float32.
 */
import { gemmABt, transposeInto, type Buf } from '../../math/gemm';

export type { Buf } from '../../math/gemm';

const scratch32: Float32Array[] = [new Float32Array(0), new Float32Array(0), new Float32Array(0)];
const scratch64: Float64Array[] = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];

/** Scratch buffer `slot` of the same element type as `like`, at least `size` long. */
function scratch(like: Buf, slot: number, size: number): Buf {
  if (like instanceof Float64Array) {
    if (scratch64[slot].length < size) scratch64[slot] = new Float64Array(size);
    return scratch64[slot];
  }
  if (scratch32[slot].length < size) scratch32[slot] = new Float32Array(size);
  return scratch32[slot];
}

/** y[n][m] = Σ_k x[n][k]·w[m][k] + b[m], for N rows, K inputs, M outputs. */
export function linearForward(y: Buf, x: Buf, w: Buf, b: Buf | null, N: number, K: number, M: number): void {
  gemmABt(y, x, w, b, N, K, M, false);
}

/**
 * Backward of {@link linearForward}. Overwrites dx (if given) with dy·W and
 * accumulates dW += dyᵀ·x and db += Σ_n dy[n].
 */
export function linearBackward(dx: Buf | null, dw: Buf, db: Buf | null, dy: Buf, x: Buf, w: Buf, N: number, K: number, M: number): void {
  if (dx !== null) {
    const wT = scratch(dy, 0, K * M);
    transposeInto(wT, w, M, K);
    gemmABt(dx, dy, wT, null, N, M, K, false);
  }
  const dyT = scratch(dy, 1, M * N);
  const xT = scratch(dy, 2, K * N);
  transposeInto(dyT, dy, N, M);
  transposeInto(xT, x, N, K);
  gemmABt(dw, dyT, xT, null, M, N, K, true);
  if (db !== null) {
    for (let m = 0; m < M; m++) {
      let s = 0;
      const o = m * N;
      for (let n = 0; n < N; n++) s += dyT[o + n];
      db[m] += s;
    }
  }
}
