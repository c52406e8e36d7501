/**
 * The one fast matrix-multiply kernel on flat typed arrays: Y = A·Bᵀ (+ bias), or Y += A·Bᵀ.
 *
 * Nearly all of the trainer's time and most of the tiny
 * model's inference time is spent in matrix products, and both use this one
 * kernel. Both operands are read along contiguous rows, and a 4×4 block of
 * outputs is kept in locals so each loaded value is used four times; in V8
 * this runs about 2.5× faster than a plain triple loop. A is [N][K] and B is
 * [M][K] (so B holds a linear layer's weights as [out][in]), Y is [N][M],
 * all row-major. For small number[][] matrices use matMul in ./linalg.
 */
export type Buf = Float32Array | Float64Array;

/** Y[n][m] = Σ_k A[n][k]·B[m][k] + bias[m] (or Y += A·Bᵀ when `accumulate`, bias ignored). */
export function gemmABt(y: Buf, a: Buf, w: Buf, bias: Buf | null, N: number, K: number, M: number, accumulate: boolean): void {
  let n = 0;
  for (; n + 3 < N; n += 4) {
    const a0 = n * K;
    const a1 = a0 + K;
    const a2 = a1 + K;
    const a3 = a2 + K;
    let m = 0;
    for (; m + 3 < M; m += 4) {
      const w0 = m * K;
      const w1 = w0 + K;
      const w2 = w1 + K;
      const w3 = w2 + K;
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0,
        c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      let c20 = 0,
        c21 = 0,
        c22 = 0,
        c23 = 0,
        c30 = 0,
        c31 = 0,
        c32 = 0,
        c33 = 0;
      for (let k = 0; k < K; k++) {
        const x0 = a[a0 + k],
          x1 = a[a1 + k],
          x2 = a[a2 + k],
          x3 = a[a3 + k];
        const v0 = w[w0 + k],
          v1 = w[w1 + k],
          v2 = w[w2 + k],
          v3 = w[w3 + k];
        c00 += x0 * v0;
        c01 += x0 * v1;
        c02 += x0 * v2;
        c03 += x0 * v3;
        c10 += x1 * v0;
        c11 += x1 * v1;
        c12 += x1 * v2;
        c13 += x1 * v3;
        c20 += x2 * v0;
        c21 += x2 * v1;
        c22 += x2 * v2;
        c23 += x2 * v3;
        c30 += x3 * v0;
        c31 += x3 * v1;
        c32 += x3 * v2;
        c33 += x3 * v3;
      }
      const y0 = n * M + m;
      const y1 = y0 + M;
      const y2 = y1 + M;
      const y3 = y2 + M;
      if (accumulate) {
        y[y0] += c00;
        y[y0 + 1] += c01;
        y[y0 + 2] += c02;
        y[y0 + 3] += c03;
        y[y1] += c10;
        y[y1 + 1] += c11;
        y[y1 + 2] += c12;
        y[y1 + 3] += c13;
        y[y2] += c20;
        y[y2 + 1] += c21;
        y[y2 + 2] += c22;
        y[y2 + 3] += c23;
        y[y3] += c30;
        y[y3 + 1] += c31;
        y[y3 + 2] += c32;
        y[y3 + 3] += c33;
      } else {
        const b0 = bias === null ? 0 : bias[m];
        const b1 = bias === null ? 0 : bias[m + 1];
        const b2 = bias === null ? 0 : bias[m + 2];
        const b3 = bias === null ? 0 : bias[m + 3];
        y[y0] = c00 + b0;
        y[y0 + 1] = c01 + b1;
        y[y0 + 2] = c02 + b2;
        y[y0 + 3] = c03 + b3;
        y[y1] = c10 + b0;
        y[y1 + 1] = c11 + b1;
        y[y1 + 2] = c12 + b2;
        y[y1 + 3] = c13 + b3;
        y[y2] = c20 + b0;
        y[y2 + 1] = c21 + b1;
        y[y2 + 2] = c22 + b2;
        y[y2 + 3] = c23 + b3;
        y[y3] = c30 + b0;
        y[y3 + 1] = c31 + b1;
        y[y3 + 2] = c32 + b2;
        y[y3 + 3] = c33 + b3;
      }
    }
    for (; m < M; m++) for (let r = n; r < n + 4; r++) gemmOne(y, a, w, bias, r, m, K, M, accumulate);
  }
  for (; n < N; n++) for (let m = 0; m < M; m++) gemmOne(y, a, w, bias, n, m, K, M, accumulate);
}

/** One output element of {@link gemmABt} (edges that don't fill a 4×4 block). */
function gemmOne(y: Buf, a: Buf, w: Buf, bias: Buf | null, n: number, m: number, K: number, M: number, accumulate: boolean): void {
  let s = 0;
  const ao = n * K;
  const wo = m * K;
  for (let k = 0; k < K; k++) s += a[ao + k] * w[wo + k];
  if (accumulate) y[n * M + m] += s;
  else y[n * M + m] = s + (bias === null ? 0 : bias[m]);
}

/** out[c][r] = x[r][c] for an R×C matrix. */
export function transposeInto(out: Buf, x: Buf, R: number, C: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * C;
    for (let c = 0; c < C; c++) out[c * R + r] = x[o + c];
  }
}

/**
 * Y = A·Aᵀ for A of [N][K]: the dot product of every pair of rows ([N][N], row-major).
 * The result is symmetric, so only the blocks on and right of the diagonal are computed
 * (half the multiply-adds of gemmABt(y, a, a, …)), one strip of four rows at a time with
 * gemmABt's kernel, and each is copied to its mirror image.
 */
export function gramAAt(y: Buf, a: Buf, N: number, K: number): void {
  gramRowsInto(y, a, N, K, 0, N);
}

/**
 * Rows from … to−1 of Y = A·Aᵀ ([N][N]), as {@link gramAAt} computes them: the entries
 * on and right of the diagonal, Y[i][j] for j ≥ i, and their mirror images Y[j][i]. Only
 * rows from … N−1 of A are read. `strip` is scratch of at least 4·(N − from) values,
 * passed in by a caller that computes a product on every update, to reuse one.
 */
export function gramRowsInto(y: Buf, a: Buf, N: number, K: number, from: number, to: number, strip: Float64Array = new Float64Array(4 * (N - from))): void {
  const STRIP = 4;
  for (let n = from; n < to; n += STRIP) {
    const rows = Math.min(STRIP, to - n);
    const width = N - n;
    // rows n … n+rows−1 against rows n … N−1
    gemmABt(strip, a.subarray(n * K, (n + rows) * K), a.subarray(n * K, N * K), null, rows, K, width, false);
    for (let i = 0; i < rows; i++) {
      for (let j = i; j < width; j++) {
        const v = strip[i * width + j];
        y[(n + i) * N + n + j] = v;
        y[(n + j) * N + n + i] = v;
      }
    }
  }
}
