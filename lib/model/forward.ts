/**
 * The tiny GPT's forward pass for inference, returning every intermediate a
 * widget may want to show.
 *
 * Widgets step through the real computation: the blocks (pass.ts) compute, row by
 * row on flat buffers, exactly what lib/math's layerNorm, splitHeads,
 * scaledDotProductAttention with a causal mask, applyRotary and gelu compute, with the
 * gemm kernel for the position-by-position linear layers, and the trace records the
 * residual stream, q/k/v and attention weights of every layer and head. Activations
 * are float64; weights are the model's float32 values. The trainer's batched pass
 * (lib/train/model.ts) computes the same function; tests check both
 * against an independent float64 reference.
 *
 * Every function takes an optional ModelPass: a pass kept by the caller remembers its
 * last run, so ids that extend or edit the end of the last ones compute only the rows
 * after their common prefix (the same numbers; the model worker keeps one per model).
 * Without one, a pass per model is reused for its buffers and recomputes every row, as
 * the weights may have changed since (the trainer samples from its live parameters).
 */
import { logSumExp } from '../math/attention';
import { gemmABt } from '../math/gemm';
import { layerNormInto } from '../math/layers';
import { createPass, type LayerRows, type ModelPass } from './pass';
import type { AttentionRows, AttentionTrace, ForwardTrace, LayerTrace, TinyModel } from './types';

const passes = new WeakMap<TinyModel, ModelPass>();

/**
 * Runs the blocks on ids with `cache` (reusing its last run's prefix) or with the model's
 * own buffers (from scratch); `attentionOnly` leaves out the last block's MLP.
 */
function runBlocks(model: TinyModel, ids: readonly number[], cache?: ModelPass, attentionOnly = false): ModelPass {
  if (cache) {
    if (cache.model !== model) throw new Error('forward: the pass was made for another model');
    cache.run(ids, true, attentionOnly);
    return cache;
  }
  let pass = passes.get(model);
  if (!pass) passes.set(model, (pass = createPass(model)));
  pass.run(ids, false, attentionOnly);
  return pass;
}

/** values[from … from+length−1] as a number[] (a plain loop: Array.from on a typed array walks an iterator, several times slower). */
function slice(values: Float64Array, from: number, length: number): number[] {
  const out: number[] = new Array(length);
  for (let i = 0; i < length; i++) out[i] = values[from + i];
  return out;
}

/** Rows 0…n−1 of a flat [pos][cols] buffer as number[][]. */
function rowsOf(flat: Float64Array, n: number, cols: number, from = 0): number[][] {
  const out: number[][] = new Array(n);
  for (let p = 0; p < n; p++) out[p] = slice(flat, from + p * cols, cols);
  return out;
}

/** Columns of each head of a flat [pos][dModel] buffer as [head][pos][dHead]. */
function headsOf(flat: Float64Array, n: number, nHeads: number, d: number): number[][][] {
  const dHead = d / nHeads;
  const out: number[][][] = [];
  for (let h = 0; h < nHeads; h++) {
    const head: number[][] = new Array(n);
    for (let p = 0; p < n; p++) head[p] = slice(flat, p * d + h * dHead, dHead);
    out.push(head);
  }
  return out;
}

/** The attention weights of a layer as [head][query][key] over n positions. */
function attentionOf(L: LayerRows, n: number, nHeads: number, ctx: number): number[][][] {
  const out: number[][][] = [];
  for (let h = 0; h < nHeads; h++) {
    const head: number[][] = new Array(n);
    for (let i = 0; i < n; i++) head[i] = slice(L.attention, (h * ctx + i) * ctx, n);
    out.push(head);
  }
  return out;
}

/**
 * Runs the model on token ids (at most contextLength of them; use encode() to get ids
 * from text) and returns everything it computed, ending with the next-token logits at
 * every position. An empty input gives an empty trace. Throws a RangeError for too many
 * ids or an id outside the vocabulary.
 */
export function forward(model: TinyModel, ids: readonly number[], cache?: ModelPass): ForwardTrace {
  const pass = runBlocks(model, ids, cache);
  const { dModel: d, nHeads, contextLength: ctx, vocabSize: V } = model.config;
  const n = ids.length;
  const layers: LayerTrace[] = pass.layers.map((L) => ({
    residualIn: rowsOf(L.residualIn, n, d),
    residualAfterAttention: rowsOf(L.residualAfterAttention, n, d),
    residualOut: rowsOf(L.residualOut, n, d),
    attention: attentionOf(L, n, nHeads, ctx),
    q: headsOf(L.q, n, nHeads, d),
    k: headsOf(L.k, n, nHeads, d),
    v: headsOf(L.v, n, nHeads, d),
  }));
  return { tokens: ids.map((id) => model.vocab[id]), ids: [...ids], logits: rowsOf(unembedRows(model, pass.output.subarray(0, n * d), n), n, V), layers };
}

/**
 * Only what the attention widgets draw: every head's weights, queries, keys and values.
 * It skips the output head, which at a vocabulary of a few thousand tokens costs more
 * than all the blocks together, and the last block's MLP, which only the output reads,
 * and leaves the residual streams out, so the answer the model worker posts back to the
 * page is a fraction of a full trace.
 */
export function attentionPass(model: TinyModel, ids: readonly number[], cache?: ModelPass): AttentionTrace {
  return unpackAttention(attentionRows(model, ids, cache));
}

/** {@link attentionPass} in flat arrays (the model worker's answer). */
export function attentionRows(model: TinyModel, ids: readonly number[], cache?: ModelPass): AttentionRows {
  const pass = runBlocks(model, ids, cache, true);
  const { dModel: d, nHeads, contextLength: ctx } = model.config;
  const n = ids.length;
  const layers = pass.layers.map((L) => {
    const attention = new Float64Array(nHeads * n * n);
    for (let h = 0; h < nHeads; h++) for (let i = 0; i < n; i++) attention.set(L.attention.subarray((h * ctx + i) * ctx, (h * ctx + i) * ctx + n), (h * n + i) * n);
    return { attention, q: L.q.slice(0, n * d), k: L.k.slice(0, n * d), v: L.v.slice(0, n * d) };
  });
  return { tokens: ids.map((id) => model.vocab[id]), ids: [...ids], nHeads, dModel: d, layers };
}

/**
 * The nested arrays of an {@link AttentionRows}. The attention maps are built at once;
 * each layer's q, k and v when first read (an enumerable property that then holds the
 * arrays), as a widget that draws the maps reads the vectors of one layer at most.
 */
export function unpackAttention({ tokens, ids, nHeads, dModel: d, layers }: AttentionRows): AttentionTrace {
  const n = ids.length;
  return {
    tokens,
    ids,
    layers: layers.map((L) => {
      const attention: number[][][] = [];
      for (let h = 0; h < nHeads; h++) attention.push(rowsOf(L.attention, n, n, h * n * n));
      const layer = { attention } as AttentionTrace['layers'][number];
      for (const key of ['q', 'k', 'v'] as const) {
        Object.defineProperty(layer, key, {
          enumerable: true,
          configurable: true,
          get: () => {
            const value = headsOf(L[key], n, nHeads, d);
            Object.defineProperty(layer, key, { value, enumerable: true, writable: true });
            return value;
          },
        });
      }
      return layer;
    }),
  };
}

/**
 * The next-token logits after `ids` (the last row of forward()'s logits), computing the
 * output head for the last position only: generation needs no other row, and at a
 * vocabulary of a few thousand tokens the head for every position costs more than
 * all the blocks.
 */
export function nextTokenLogits(model: TinyModel, ids: readonly number[], cache?: ModelPass): number[] {
  if (ids.length === 0) throw new RangeError('nextTokenLogits: no tokens to continue');
  const pass = runBlocks(model, ids, cache);
  const d = model.config.dModel;
  const n = ids.length;
  return slice(unembedRows(model, pass.output.subarray((n - 1) * d, n * d), 1), 0, model.config.vocabSize);
}

/** The output head on n flat residual rows: final layer norm, tied unembedding, output bias → [n][vocabSize]. */
function unembedRows(model: TinyModel, residual: Float64Array, n: number): Float64Array {
  const { weights: w, config } = model;
  const d = config.dModel;
  const normed = new Float64Array(n * d);
  for (let p = 0; p < n; p++) layerNormInto(normed, residual, p * d, w.finalLnGain, w.finalLnBias, config.lnEps);
  const logits = new Float64Array(n * config.vocabSize);
  gemmABt(logits, normed, w.tokenEmbedding.data, w.outputBias, n, d, config.vocabSize, false);
  return logits;
}

/**
 * The output head on residual-stream rows [pos][dModel]: final layer norm, then the
 * tied unembedding plus the output bias, giving logits [pos][vocabSize]. forward()
 * applies it after the last block; the logit lens (lens.ts) applies it earlier.
 */
export function unembed(model: TinyModel, residual: number[][]): number[][] {
  const { dModel: d, vocabSize: V } = model.config;
  const n = residual.length;
  const flat = new Float64Array(n * d);
  residual.forEach((row, p) => flat.set(row, p * d));
  return rowsOf(unembedRows(model, flat, n), n, V);
}

/** Mean cross-entropy (nats per token) of predicting ids[1…] from ids[…n−1] in one forward pass. */
export function sequenceLoss(model: TinyModel, ids: readonly number[]): { loss: number; count: number } {
  if (ids.length < 2) return { loss: 0, count: 0 };
  const { logits } = forward(model, ids.slice(0, -1));
  let total = 0;
  logits.forEach((row, p) => {
    total += logSumExp(row) - row[ids[p + 1]];
  });
  return { loss: total / logits.length, count: logits.length };
}
