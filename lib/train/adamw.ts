/**
 * AdamW (Loshchilov & Hutter 2019) over the flat parameter buffer, with
 * decoupled weight decay applied only to the tensors the layout marks `decay`.
 *
 * The optimiser is small but must be exact and
 * deterministic; keeping it apart from the model keeps both readable.
 */
import { parameterLayout } from '../model/layout';
import type { ModelConfig } from '../model/types';
import type { Buf } from './ops/linear';

export interface AdamWOptions {
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}

export class AdamW {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private readonly decayMask: Uint8Array;
  private t = 0;

  /**
   * Over a model's whole parameter buffer (decay where the layout says so), or,
   * given a mask of 0/1 per value, over any buffer of that length (e.g. LoRA's).
   */
  constructor(
    config: ModelConfig | Uint8Array,
    private readonly opts: AdamWOptions = { beta1: 0.9, beta2: 0.99, eps: 1e-8, weightDecay: 0.05 },
  ) {
    if (config instanceof Uint8Array) {
      this.m = new Float64Array(config.length);
      this.v = new Float64Array(config.length);
      this.decayMask = config;
      return;
    }
    const layout = parameterLayout(config);
    const n = layout.reduce((s, e) => s + e.rows * e.cols, 0);
    this.m = new Float64Array(n);
    this.v = new Float64Array(n);
    this.decayMask = new Uint8Array(n);
    let o = 0;
    for (const e of layout) {
      if (e.decay) this.decayMask.fill(1, o, o + e.rows * e.cols);
      o += e.rows * e.cols;
    }
  }

  /** One update with learning rate lr; gradients are clipped to global norm `clip` first. */
  step(params: Buf, grads: Buf, lr: number, clip = 1): number {
    const { beta1, beta2, eps, weightDecay } = this.opts;
    let sq = 0;
    for (let i = 0; i < grads.length; i++) sq += grads[i] * grads[i];
    const normG = Math.sqrt(sq);
    const gs = normG > clip ? clip / normG : 1;
    this.t++;
    const bc1 = 1 - Math.pow(beta1, this.t);
    const bc2 = 1 - Math.pow(beta2, this.t);
    for (let i = 0; i < params.length; i++) {
      const gr = grads[i] * gs;
      const m = (this.m[i] = beta1 * this.m[i] + (1 - beta1) * gr);
      const v = (this.v[i] = beta2 * this.v[i] + (1 - beta2) * gr * gr);
      let p = params[i];
      if (this.decayMask[i]) p -= lr * weightDecay * p;
      params[i] = p - (lr * (m / bc1)) / (Math.sqrt(v / bc2) + eps);
    }
    return normG;
  }
}
