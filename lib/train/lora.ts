/**
 * LoRA (Hu et al., 2021) for the trainable tiny GPT, without touching its
 * forward or backward pass.
 *
 * Each adapted weight W ([out][in]) becomes W₀ + s·B·A with B [out][r] (zero
 * at the start), A [r][in] (small random) and s = α/r. Before a step the
 * merged weight is written into the model's parameter buffer, the model
 * computes its usual gradient G = ∂L/∂W, and the chain rule gives the
 * adapter's gradients exactly: ∂L/∂B = s·G·Aᵀ and ∂L/∂A = s·Bᵀ·G. Only A and
 * B are trained; W₀ and every other tensor stay frozen.
 */
import { gaussian } from '../model/rng';
import { layoutOffsets } from '../model/layout';
import type { ModelConfig, Rng } from '../model/types';

/** The matrices LoRA adapts here: every attention projection (q, k, v together, and the output). */
export function loraTargets(config: ModelConfig): string[] {
  const names: string[] = [];
  for (let l = 0; l < config.nLayers; l++) names.push(`h${l}.attn_qkv_w`, `h${l}.attn_out_w`);
  return names;
}

/** Trainable parameters of rank-r LoRA on `targets`: r·(rows + cols) per matrix. */
export function loraParameterCount(config: ModelConfig, rank: number, targets = loraTargets(config)): number {
  const offsets = layoutOffsets(config);
  return targets.reduce((sum, name) => {
    const e = offsets.get(name);
    if (!e) throw new Error(`no tensor ${name}`);
    return sum + rank * (e.rows + e.cols);
  }, 0);
}

/**
 * Bytes of AdamW state for n trainable parameters: two running averages (m
 * and v) per parameter, kept as float64 by lib/train/adamw.ts.
 */
export function optimizerStateBytes(trainable: number): number {
  return trainable * 2 * Float64Array.BYTES_PER_ELEMENT;
}

/** Bytes of the gradient kept for n trainable parameters (float32). */
export function gradientBytes(trainable: number): number {
  return trainable * Float32Array.BYTES_PER_ELEMENT;
}

interface Slot {
  offset: number;
  rows: number;
  cols: number;
  base: Float32Array;
  /** Offsets of B and A inside the adapter's own buffer. */
  b: number;
  a: number;
}

export class LoraAdapter {
  readonly params: Float32Array;
  readonly grads: Float32Array;
  readonly scale: number;
  private readonly slots: Slot[] = [];

  constructor(
    config: ModelConfig,
    modelParams: ArrayLike<number>,
    readonly rank: number,
    rng: Rng,
    alpha = rank,
    targets = loraTargets(config),
  ) {
    if (!Number.isInteger(rank) || rank < 1) throw new Error('LoRA rank must be a positive integer');
    this.scale = alpha / rank;
    const offsets = layoutOffsets(config);
    let at = 0;
    for (const name of targets) {
      const e = offsets.get(name)!;
      const base = Float32Array.from({ length: e.rows * e.cols }, (_, i) => modelParams[e.offset + i]);
      this.slots.push({ offset: e.offset, rows: e.rows, cols: e.cols, base, b: at, a: at + e.rows * rank });
      at += rank * (e.rows + e.cols);
    }
    this.params = new Float32Array(at);
    this.grads = new Float32Array(at);
    // B = 0 so that training starts from the unchanged model; A ~ N(0, 1/in).
    for (const s of this.slots) {
      const std = 1 / Math.sqrt(s.cols);
      for (let i = 0; i < rank * s.cols; i++) this.params[s.a + i] = gaussian(rng) * std;
    }
  }

  /** Writes W₀ + s·B·A into each adapted tensor of the model's parameter buffer. */
  merge(modelParams: Float32Array | Float64Array): void {
    const r = this.rank;
    const P = this.params;
    for (const s of this.slots) {
      for (let o = 0; o < s.rows; o++) {
        for (let i = 0; i < s.cols; i++) {
          let acc = 0;
          for (let k = 0; k < r; k++) acc += P[s.b + o * r + k] * P[s.a + k * s.cols + i];
          modelParams[s.offset + o * s.cols + i] = s.base[o * s.cols + i] + this.scale * acc;
        }
      }
    }
  }

  /** Sets the adapter's gradients from the model's gradient of the merged weights (overwrites). */
  backward(modelGrads: ArrayLike<number>): void {
    const r = this.rank;
    const P = this.params;
    const G = this.grads;
    G.fill(0);
    for (const s of this.slots) {
      for (let o = 0; o < s.rows; o++) {
        for (let i = 0; i < s.cols; i++) {
          const g = this.scale * modelGrads[s.offset + o * s.cols + i];
          if (g === 0) continue;
          for (let k = 0; k < r; k++) {
            G[s.b + o * r + k] += g * P[s.a + k * s.cols + i];
            G[s.a + k * s.cols + i] += g * P[s.b + o * r + k];
          }
        }
      }
    }
  }
}
