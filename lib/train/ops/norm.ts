/**
 * Layer normalisation and GELU on flat buffers, forward and backward.
 *
 * The trainer needs batched versions of the two
 * element-wise layers with their gradients; the maths is the same as
 * lib/math/layers.ts (which the inference code uses), and the gradient check
 * and the float64 reference test tie the two together.
 */
import { GELU_C } from '../../math/layers';
import type { Buf } from './linear';

/** y = γ·x̂ + β per row of length D; stores x̂ and 1/σ per row for backward. */
export function layerNormForward(y: Buf, x: Buf, g: Buf, b: Buf, xhat: Buf, rstd: Buf, N: number, D: number, eps: number): void {
  for (let n = 0; n < N; n++) {
    const o = n * D;
    let mean = 0;
    for (let i = 0; i < D; i++) mean += x[o + i];
    mean /= D;
    let v = 0;
    for (let i = 0; i < D; i++) {
      const c = x[o + i] - mean;
      v += c * c;
    }
    const r = 1 / Math.sqrt(v / D + eps);
    rstd[n] = r;
    for (let i = 0; i < D; i++) {
      const h = (x[o + i] - mean) * r;
      xhat[o + i] = h;
      y[o + i] = h * g[i] + b[i];
    }
  }
}

/**
 * Backward of layer norm. ACCUMULATES into dx (residual gradients add up) and
 * into dg, db:  dx += r·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)), dx̂ = dy·γ.
 */
export function layerNormBackward(dx: Buf, dg: Buf, db: Buf, dy: Buf, g: Buf, xhat: Buf, rstd: Buf, N: number, D: number): void {
  for (let n = 0; n < N; n++) {
    const o = n * D;
    let m1 = 0;
    let m2 = 0;
    for (let i = 0; i < D; i++) {
      const dh = dy[o + i] * g[i];
      m1 += dh;
      m2 += dh * xhat[o + i];
      dg[i] += dy[o + i] * xhat[o + i];
      db[i] += dy[o + i];
    }
    m1 /= D;
    m2 /= D;
    const r = rstd[n];
    for (let i = 0; i < D; i++) dx[o + i] += r * (dy[o + i] * g[i] - m1 - xhat[o + i] * m2);
  }
}

/** y = gelu(x) element-wise (tanh approximation), for the first `len` entries; keeps the tanh values for backward. */
export function geluForward(y: Buf, tanh: Buf, x: Buf, len: number): void {
  for (let i = 0; i < len; i++) {
    const v = x[i];
    const t = Math.tanh(GELU_C * (v + 0.044715 * v * v * v));
    tanh[i] = t;
    y[i] = 0.5 * v * (1 + t);
  }
}

/** dx = dy · gelu'(x) (overwrites dx; dx may be dy), using the tanh values saved by the forward pass. */
export function geluBackward(dx: Buf, dy: Buf, x: Buf, tanh: Buf, len: number): void {
  for (let i = 0; i < len; i++) {
    const v = x[i];
    const t = tanh[i];
    const du = GELU_C * (1 + 0.134145 * v * v);
    dx[i] = dy[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * du);
  }
}
