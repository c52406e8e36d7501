/**
 * Batched causal multi-head self-attention on a packed q|k|v buffer, forward and backward.
 *
 * The trainer needs attention with its gradient for B
 * sequences of T tokens at once. The maths is lib/math's
 * scaledDotProductAttention with a causal mask (weights = softmax(q·k/√d_k),
 * output = weights·v), written over flat buffers and gradient-checked in
 * tests. Each (sequence, head) pair is gathered into small contiguous
 * matrices so the products run through the fast gemm kernel.
 *
 * Layout: qkv is [B·T][3·d] with q in columns 0…d−1, k in d…2d−1, v in
 * 2d…3d−1; head h uses columns h·dh…(h+1)·dh−1 of each. probs is
 * [B][H][T][T] (zero above the diagonal); out is [B·T][d].
 */
import { gemmABt, transposeInto, type Buf } from '../../math/gemm';

export interface AttnDims {
  B: number;
  T: number;
  H: number;
  d: number;
}

/** Per-(sequence, head) work matrices, allocated once per element type and size. */
interface Work {
  q: Buf;
  k: Buf;
  v: Buf;
  vt: Buf;
  kt: Buf;
  qt: Buf;
  o: Buf;
  dO: Buf;
  dOt: Buf;
  s: Buf;
  pt: Buf;
  dst: Buf;
  dq: Buf;
  dk: Buf;
  dv: Buf;
}
const works = new Map<string, Work>();

function work(like: Buf, T: number, dh: number): Work {
  const key = `${like instanceof Float64Array ? 64 : 32}:${T}:${dh}`;
  let w = works.get(key);
  if (!w) {
    const C = like instanceof Float64Array ? Float64Array : Float32Array;
    const td = () => new C(T * dh);
    const tt = () => new C(T * T);
    w = { q: td(), k: td(), v: td(), vt: td(), kt: td(), qt: td(), o: td(), dO: td(), dOt: td(), s: tt(), pt: tt(), dst: tt(), dq: td(), dk: td(), dv: td() };
    works.set(key, w);
  }
  return w;
}

/** Copies head h of part (0 = q, 1 = k, 2 = v) of sequence b into dst [T][dh]. */
function gather(dst: Buf, qkv: Buf, b: number, h: number, part: number, T: number, d: number, dh: number): void {
  for (let t = 0; t < T; t++) {
    const src = (b * T + t) * 3 * d + part * d + h * dh;
    for (let c = 0; c < dh; c++) dst[t * dh + c] = qkv[src + c];
  }
}

/** One (sequence, head) pair, with its q, k and v gathered into w.q, w.k and w.v ([T][dh] each). */
interface Head {
  w: Work;
  b: number;
  h: number;
  dh: number;
  /** 1/√d_k. */
  scale: number;
  /** Where this pair's [T][T] weights start in probs. */
  pBase: number;
}

/** The setup forward and backward share: the head size, the work matrices, and each pair's gathered q, k, v. */
function forEachHead(qkv: Buf, { B, T, H, d }: AttnDims, visit: (head: Head) => void): void {
  const dh = d / H;
  const scale = 1 / Math.sqrt(dh);
  const w = work(qkv, T, dh);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      gather(w.q, qkv, b, h, 0, T, d, dh);
      gather(w.k, qkv, b, h, 1, T, d, dh);
      gather(w.v, qkv, b, h, 2, T, d, dh);
      visit({ w, b, h, dh, scale, pBase: (b * H + h) * T * T });
    }
  }
}

export function attentionForward(out: Buf, probs: Buf, qkv: Buf, dims: AttnDims): void {
  const { T, d } = dims;
  forEachHead(qkv, dims, ({ w, b, h, dh, scale, pBase }) => {
    gemmABt(w.s, w.q, w.k, null, T, dh, T, false); // s[i][j] = q_i·k_j
    for (let i = 0; i < T; i++) {
      const row = i * T;
      let max = -Infinity;
      for (let j = 0; j <= i; j++) if (w.s[row + j] > max) max = w.s[row + j];
      let sum = 0;
      for (let j = 0; j <= i; j++) {
        const e = Math.exp((w.s[row + j] - max) * scale);
        w.s[row + j] = e;
        sum += e;
      }
      const inv = 1 / sum;
      for (let j = 0; j <= i; j++) probs[pBase + row + j] = w.s[row + j] * inv;
      for (let j = i + 1; j < T; j++) probs[pBase + row + j] = 0;
    }
    transposeInto(w.vt, w.v, T, dh);
    gemmABt(w.o, probs.subarray(pBase, pBase + T * T), w.vt, null, T, T, dh, false); // o = P·V
    for (let t = 0; t < T; t++) {
      const dst = (b * T + t) * d + h * dh;
      for (let c = 0; c < dh; c++) out[dst + c] = w.o[t * dh + c];
    }
  });
}

/** Overwrites dqkv with the gradient of the loss w.r.t. qkv, given dout. */
export function attentionBackward(dqkv: Buf, dout: Buf, probs: Buf, qkv: Buf, dims: AttnDims): void {
  const { T, d } = dims;
  forEachHead(qkv, dims, ({ w, b, h, dh, scale, pBase }) => {
    for (let t = 0; t < T; t++) {
      const src = (b * T + t) * d + h * dh;
      for (let c = 0; c < dh; c++) w.dO[t * dh + c] = dout[src + c];
    }
    const P = probs.subarray(pBase, pBase + T * T);
    // dV = Pᵀ·dO
    transposeInto(w.pt, P, T, T);
    transposeInto(w.dOt, w.dO, T, dh);
    gemmABt(w.dv, w.pt, w.dOt, null, T, T, dh, false);
    // dP = dO·Vᵀ, then dS = P∘(dP − Σ_j P∘dP)·scale (in place in w.s)
    gemmABt(w.s, w.dO, w.v, null, T, dh, T, false);
    for (let i = 0; i < T; i++) {
      const row = i * T;
      let dot = 0;
      for (let j = 0; j <= i; j++) dot += P[row + j] * w.s[row + j];
      for (let j = 0; j <= i; j++) w.s[row + j] = P[row + j] * (w.s[row + j] - dot) * scale;
      for (let j = i + 1; j < T; j++) w.s[row + j] = 0;
    }
    // dQ = dS·K, dK = dSᵀ·Q
    transposeInto(w.kt, w.k, T, dh);
    gemmABt(w.dq, w.s, w.kt, null, T, T, dh, false);
    transposeInto(w.dst, w.s, T, T);
    transposeInto(w.qt, w.q, T, dh);
    gemmABt(w.dk, w.dst, w.qt, null, T, T, dh, false);
    for (let t = 0; t < T; t++) {
      const dst = (b * T + t) * 3 * d + h * dh;
      for (let c = 0; c < dh; c++) {
        dqkv[dst + c] = w.dq[t * dh + c];
        dqkv[dst + d + c] = w.dk[t * dh + c];
        dqkv[dst + 2 * d + c] = w.dv[t * dh + c];
      }
    }
  });
}
