/**
 * Test helpers: a random tiny model, and an independent float64 forward pass
 * written with naive loops (no lib/math, no lib/model/forward) to check the
 * real inference code against.
 */
import { parameterCount } from '@/lib/model/layout';
import { createRng, gaussian } from '@/lib/model/rng';
import type { ModelConfig, TinyModel } from '@/lib/model/types';
import { createModel } from '@/lib/model/weights';

export const TINY: ModelConfig = { vocabSize: 11, contextLength: 8, dModel: 12, nHeads: 3, nLayers: 2, dFF: 20, lnEps: 1e-5 };

/** TINY with rotary positions instead of learned ones (4 dimensions per head: two rotating pairs). */
export const TINY_ROTARY: ModelConfig = { ...TINY, positions: 'rotary' };

/** A model with seeded random weights (larger than a trained model's, so every path matters). */
export function randomModel(config: ModelConfig = TINY, seed = 1): TinyModel {
  return randomModelWithFlat(config, seed).model;
}

/** {@link randomModel} together with the flat parameter buffer its weights view. */
export function randomModelWithFlat(config: ModelConfig = TINY, seed = 1): { model: TinyModel; flat: Float32Array } {
  const rng = createRng(seed);
  const flat = Float32Array.from({ length: parameterCount(config) }, () => gaussian(rng) * 0.3);
  const vocab = ['\uFFFD', ' ', '.', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].slice(0, config.vocabSize);
  while (vocab.length < config.vocabSize) vocab.push(String.fromCodePoint(0x4e00 + vocab.length));
  const model = createModel({ locale: 'test', config, vocab, byteFallback: false }, flat);
  for (const b of model.weights.blocks) for (const g of [b.ln1Gain, b.ln2Gain]) for (let i = 0; i < g.length; i++) g[i] += 1;
  for (let i = 0; i < model.weights.finalLnGain.length; i++) model.weights.finalLnGain[i] += 1;
  return { model, flat };
}

/** Result of the reference pass: logits [pos][V], attention [layer][head][q][k], residual after each layer. */
export interface Reference {
  logits: number[][];
  attention: number[][][][];
  residuals: number[][][];
}

/** Naive float64 forward pass of the architecture described in lib/train/model.ts. */
export function referenceForward(model: TinyModel, ids: number[]): Reference {
  const { dModel: d, nHeads: H, dFF: F, vocabSize: V, lnEps } = model.config;
  const w = model.weights;
  const n = ids.length;
  const dh = d / H;
  const rotary = model.config.positions === 'rotary';
  const ln = (x: number[], g: Float32Array, b: Float32Array) => {
    let mu = 0;
    for (let i = 0; i < d; i++) mu += x[i] / d;
    let v = 0;
    for (let i = 0; i < d; i++) v += (x[i] - mu) ** 2 / d;
    const out: number[] = [];
    for (let i = 0; i < d; i++) out.push(((x[i] - mu) / Math.sqrt(v + lnEps)) * g[i] + b[i]);
    return out;
  };
  const lin = (x: number[], W: Float32Array, bias: Float32Array, rows: number) => {
    const out: number[] = [];
    for (let r = 0; r < rows; r++) {
      let s = bias[r];
      for (let c = 0; c < x.length; c++) s += W[r * x.length + c] * x[c];
      out.push(s);
    }
    return out;
  };
  const gelu = (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));

  let x: number[][] = [];
  for (let p = 0; p < n; p++) {
    const row: number[] = [];
    for (let i = 0; i < d; i++) row.push(w.tokenEmbedding.data[ids[p] * d + i] + (w.positionEmbedding ? w.positionEmbedding.data[p * d + i] : 0));
    x.push(row);
  }
  const attention: number[][][][] = [];
  const residuals: number[][][] = [];
  for (const b of w.blocks) {
    const qkv = x.map((row) => lin(ln(row, b.ln1Gain, b.ln1Bias), b.qkvWeight.data, b.qkvBias, 3 * d));
    const heads: number[][][] = [];
    const concat: number[][] = x.map(() => new Array(d).fill(0));
    for (let h = 0; h < H; h++) {
      const map: number[][] = [];
      for (let i = 0; i < n; i++) {
        const s: number[] = [];
        for (let j = 0; j <= i; j++) {
          let dot = 0;
          if (rotary) {
            // RoPE in its relative form: for each pair (a, b), Re[(q_a + i·q_b)(k_a − i·k_b)·e^{i(i−j)θ}]
            for (let c = 0; c < dh / 2; c++) {
              const [qa, qb] = [qkv[i][h * dh + 2 * c], qkv[i][h * dh + 2 * c + 1]];
              const [ka, kb] = [qkv[j][d + h * dh + 2 * c], qkv[j][d + h * dh + 2 * c + 1]];
              const phi = (i - j) * 10000 ** ((-2 * c) / dh);
              dot += (qa * ka + qb * kb) * Math.cos(phi) - (qb * ka - qa * kb) * Math.sin(phi);
            }
          } else {
            for (let c = 0; c < dh; c++) dot += qkv[i][h * dh + c] * qkv[j][d + h * dh + c];
          }
          s.push(dot / Math.sqrt(dh));
        }
        const m = Math.max(...s);
        const e = s.map((v) => Math.exp(v - m));
        const z = e.reduce((a, c) => a + c, 0);
        const row = new Array(n).fill(0);
        for (let j = 0; j <= i; j++) {
          row[j] = e[j] / z;
          for (let c = 0; c < dh; c++) concat[i][h * dh + c] += row[j] * qkv[j][2 * d + h * dh + c];
        }
        map.push(row);
      }
      heads.push(map);
    }
    attention.push(heads);
    x = x.map((row, p) => {
      const a = lin(concat[p], b.outWeight.data, b.outBias, d);
      const mid = row.map((v, i) => v + a[i]);
      const hidden = lin(ln(mid, b.ln2Gain, b.ln2Bias), b.fcWeight.data, b.fcBias, F).map(gelu);
      const f = lin(hidden, b.projWeight.data, b.projBias, d);
      return mid.map((v, i) => v + f[i]);
    });
    residuals.push(x);
  }
  const logits = x.map((row) => lin(ln(row, w.finalLnGain, w.finalLnBias), w.tokenEmbedding.data, w.outputBias, V));
  return { logits, attention, residuals };
}
