/**
 * The tiny GPT's transformer blocks over flat Float64Array rows: the arithmetic of the
 * forward pass (forward.ts turns its buffers into the trace the widgets read).
 *
 * Each row goes through lib/math's own kernels in their flat forms (layerNormInto,
 * rotateInPlace, softmaxInPlace, gelu and the gemm kernel, whose every output is one
 * sequential sum however the rows are blocked), and the scores and weighted sums of
 * scaledDotProductAttention (causal mask) in its order, so the numbers are exactly
 * theirs; the tests compare both. Scores and weighted sums are worked four keys or
 * four outputs at a time in locals, as the gemm kernel works its blocks (each sum still
 * runs in its order): that made the attention part of a 64-token pass 40% faster.
 *
 * Attention is causal: row p of every layer depends on tokens 0…p only. A pass
 * therefore keeps the rows of its last run (residual streams, q, k, v, attention
 * weights), and a run on ids that share a prefix with the last ones computes only the
 * rows after that prefix: typing at the end of a sentence, or generating one token at
 * a time, costs a few rows instead of a whole pass, with the same numbers.
 * A run for the attention widgets may stop after the last block's attention: that
 * block's MLP feeds only the output, and it is a fifth of the pass's multiply-adds
 * (and a third of its GELUs). The pass remembers how many rows of that MLP it holds, and a
 * later full run computes the missing ones.
 * Buffers hold a whole context and are allocated once per pass.
 */
import { softmaxInPlace } from '../math/attention';
import { gemmABt } from '../math/gemm';
import { gelu, layerNormInto } from '../math/layers';
import { rotateInPlace, rotaryTable } from '../math/positional';
import { fixedWeightsGemm } from './fixedWeightsGemm';
import { positionScheme } from './layout';
import type { TinyModel } from './types';

/** One block's rows, [pos][dModel] each (q, k: after the rotation of a rotary model). */
export interface LayerRows {
  residualIn: Float64Array;
  residualAfterAttention: Float64Array;
  residualOut: Float64Array;
  q: Float64Array;
  k: Float64Array;
  v: Float64Array;
  /** Attention weights [head][query][key], each row `contextLength` long, zero past the query. */
  attention: Float64Array;
}

export interface ModelPass {
  readonly model: TinyModel;
  readonly layers: LayerRows[];
  /** The residual stream leaving the last block (the embeddings for a model without blocks), [pos][dModel]. */
  readonly output: Float64Array;
  /**
   * Runs the blocks on `ids` (checked like forward()); returns the first row computed:
   * rows before it are the last run's, which read the same ids up to there. Without
   * `reuse`, every row is computed. With `attentionOnly`, the last block stops after its
   * attention: its residualOut (and `output`) are not valid for this run.
   */
  run(ids: readonly number[], reuse?: boolean, attentionOnly?: boolean): number;
  /** The first row run(ids, true) would compute: the rows before it are kept from the last run. */
  firstNewRow(ids: readonly number[]): number;
  /** Forgets the last run (the model's weights changed, say). */
  reset(): void;
}

/** Checks ids against the model's context and vocabulary (RangeError). */
export function checkIds(model: TinyModel, ids: readonly number[]): void {
  const { contextLength, vocabSize: V } = model.config;
  if (ids.length > contextLength) throw new RangeError(`${ids.length} tokens exceed the context of ${contextLength}; truncate first`);
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= V) throw new RangeError(`token id ${id} is outside the vocabulary (0…${V - 1})`);
  }
}

/**
 * A pass over `model` with buffers for its whole context. With `fixedWeights` (the
 * weights will not change while the pass lives: a loaded model, not one being trained),
 * its products run in WebAssembly SIMD where the engine has it (./fixedWeightsGemm.ts),
 * with the same numbers, three to four times as fast.
 */
export function createPass(model: TinyModel, { fixedWeights = false }: { fixedWeights?: boolean } = {}): ModelPass {
  const { dModel: d, nHeads, dFF, lnEps: eps, contextLength: ctx } = model.config;
  const gemm = fixedWeights ? fixedWeightsGemm(model) : gemmABt;
  const w = model.weights;
  const dHead = d / nHeads;
  const scale = dHead > 0 ? 1 / Math.sqrt(dHead) : 1;
  const rotary = positionScheme(model.config) === 'rotary' ? rotaryTable(ctx, dHead) : null;
  const rows = () => new Float64Array(ctx * d);
  const layers: LayerRows[] = w.blocks.map(() => ({
    residualIn: rows(),
    residualAfterAttention: rows(),
    residualOut: rows(),
    q: rows(),
    k: rows(),
    v: rows(),
    attention: new Float64Array(nHeads * ctx * ctx),
  }));
  // scratch rows, from row 0 for the rows being computed
  const normed = rows();
  const qkv = new Float64Array(ctx * 3 * d);
  const merged = rows();
  const delta = rows();
  const hidden = new Float64Array(ctx * dFF);
  let last: number[] = [];
  /** Rows of the last run whose last-block MLP (residualOut, output) is computed. */
  let mlpRows = 0;

  const attend = (l: number, first: number, n: number) => {
    const b = w.blocks[l];
    const L = layers[l];
    const m = n - first;
    for (let p = first; p < n; p++) layerNormInto(normed, L.residualIn, p * d, b.ln1Gain, b.ln1Bias, eps);
    gemm(qkv, normed.subarray(first * d, n * d), b.qkvWeight.data, b.qkvBias, m, d, 3 * d, false);
    for (let r = 0; r < m; r++) {
      const p = first + r;
      const src = r * 3 * d;
      for (let i = 0; i < d; i++) {
        L.q[p * d + i] = qkv[src + i];
        L.k[p * d + i] = qkv[src + d + i];
        L.v[p * d + i] = qkv[src + 2 * d + i];
      }
      if (rotary) {
        for (let h = 0; h < nHeads; h++) {
          rotateInPlace(L.q, p * d + h * dHead, dHead, p, rotary);
          rotateInPlace(L.k, p * d + h * dHead, dHead, p, rotary);
        }
      }
    }
    const { q, k, v, attention } = L;
    for (let h = 0; h < nHeads; h++) {
      const ho = h * dHead;
      for (let i = first; i < n; i++) {
        const row = (h * ctx + i) * ctx;
        const qo = i * d + ho;
        // four keys at a time, each score still summed over t in order
        let j = 0;
        for (; j + 3 <= i; j += 4) {
          const k0 = j * d + ho;
          const k1 = k0 + d;
          const k2 = k1 + d;
          const k3 = k2 + d;
          let s0 = 0,
            s1 = 0,
            s2 = 0,
            s3 = 0;
          for (let t = 0; t < dHead; t++) {
            const qt = q[qo + t];
            s0 += qt * k[k0 + t];
            s1 += qt * k[k1 + t];
            s2 += qt * k[k2 + t];
            s3 += qt * k[k3 + t];
          }
          attention[row + j] = s0 * scale;
          attention[row + j + 1] = s1 * scale;
          attention[row + j + 2] = s2 * scale;
          attention[row + j + 3] = s3 * scale;
        }
        for (; j <= i; j++) {
          const ko = j * d + ho;
          let s = 0;
          for (let t = 0; t < dHead; t++) s += q[qo + t] * k[ko + t];
          attention[row + j] = s * scale;
        }
        attention.fill(0, row + i + 1, row + ctx);
        softmaxInPlace(attention, row, i + 1);
        const out = (i - first) * d + ho;
        // four outputs at a time in locals, each still summed over j in order
        let t = 0;
        for (; t + 3 < dHead; t += 4) {
          let a0 = 0,
            a1 = 0,
            a2 = 0,
            a3 = 0;
          for (let j = 0; j <= i; j++) {
            const wj = attention[row + j];
            if (wj === 0) continue;
            const vo = j * d + ho + t;
            a0 += wj * v[vo];
            a1 += wj * v[vo + 1];
            a2 += wj * v[vo + 2];
            a3 += wj * v[vo + 3];
          }
          merged[out + t] = a0;
          merged[out + t + 1] = a1;
          merged[out + t + 2] = a2;
          merged[out + t + 3] = a3;
        }
        for (; t < dHead; t++) {
          let a = 0;
          for (let j = 0; j <= i; j++) {
            const wj = attention[row + j];
            if (wj !== 0) a += wj * v[j * d + ho + t];
          }
          merged[out + t] = a;
        }
      }
    }
    gemm(delta, merged, b.outWeight.data, b.outBias, m, d, d, false);
    for (let i = 0; i < m * d; i++) L.residualAfterAttention[first * d + i] = L.residualIn[first * d + i] + delta[i];
  };

  const feedForward = (l: number, first: number, n: number) => {
    const b = w.blocks[l];
    const L = layers[l];
    const m = n - first;
    for (let p = first; p < n; p++) layerNormInto(normed, L.residualAfterAttention, p * d, b.ln2Gain, b.ln2Bias, eps);
    gemm(hidden, normed.subarray(first * d, n * d), b.fcWeight.data, b.fcBias, m, d, dFF, false);
    for (let i = 0; i < m * dFF; i++) hidden[i] = gelu(hidden[i]);
    gemm(delta, hidden, b.projWeight.data, b.projBias, m, dFF, d, false);
    for (let i = 0; i < m * d; i++) L.residualOut[first * d + i] = L.residualAfterAttention[first * d + i] + delta[i];
    if (l + 1 < layers.length) layers[l + 1].residualIn.set(L.residualOut.subarray(first * d, n * d), first * d);
  };

  const sharedPrefix = (ids: readonly number[]) => {
    let first = 0;
    while (first < ids.length && first < last.length && ids[first] === last[first]) first++;
    return first;
  };

  const output = layers.length > 0 ? layers[layers.length - 1].residualOut : rows();
  return {
    model,
    layers,
    output,
    run(ids, reuse = false, attentionOnly = false) {
      checkIds(model, ids);
      const n = ids.length;
      const first = reuse ? sharedPrefix(ids) : 0;
      // until this run completes, only the rows before `first` hold the ids they were computed for
      last = last.slice(0, first);
      mlpRows = Math.min(mlpRows, first);
      const tok = w.tokenEmbedding.data;
      const pos = w.positionEmbedding?.data;
      const x = layers.length > 0 ? layers[0].residualIn : output;
      for (let p = first; p < n; p++) for (let i = 0; i < d; i++) x[p * d + i] = tok[ids[p] * d + i] + (pos ? pos[p * d + i] : 0);
      const top = layers.length - 1;
      for (let l = 0; l < top; l++) {
        attend(l, first, n);
        feedForward(l, first, n);
      }
      if (top >= 0) {
        attend(top, first, n);
        // the last MLP's rows a previous attention-only run left out are computed too
        if (!attentionOnly && mlpRows < n) feedForward(top, mlpRows, n);
      }
      mlpRows = attentionOnly && top >= 0 ? mlpRows : n;
      last = [...ids];
      return first;
    },
    firstNewRow: sharedPrefix,
    reset() {
      last = [];
      mlpRows = 0;
    },
  };
}

/**
 * How a pass is warmed up before its first real run (the model worker on its idle turns,
 * the page in idle callbacks): WARM_UP_PASSES short runs, so that V8 has compiled the
 * pass's code, whose first runs are several times slower than its later ones.
 */
export const WARM_UP_PASSES = 12;

/** The ids of warm-up run `run`: a few spread-out tokens of the vocabulary, different each run. */
export function warmUpIds({ config }: TinyModel, run: number): number[] {
  return Array.from({ length: Math.min(16, config.contextLength) }, (_, i) => (i * 7919 + run * 104729) % config.vocabSize);
}
