/**
 * The tiny GPT's forward pass for inference, returning every intermediate a
 * widget may want to show.
 *
 * Widgets step through the real computation, so the
 * forward pass is built from lib/math — layerNorm, gelu, splitHeads,
 * scaledDotProductAttention with a causal mask, and the gemm kernel for the
 * position-by-position linear layers — and records the residual stream,
 * q/k/v and attention weights of every layer and head. Activations are
 * float64; weights are the model's float32 values. The trainer's batched pass
 * (lib/train/model.ts) computes the same function; tests check both
 * against an independent float64 reference.
 */
import { logSumExp, mergeHeads, scaledDotProductAttention, splitHeads } from '../math/attention';
import { gemmABt } from '../math/gemm';
import { gelu, layerNorm } from '../math/layers';
import { applyRotary } from '../math/positional';
import { positionScheme } from './layout';
import type { AttentionTrace, ForwardTrace, LayerTrace, Tensor, TinyModel } from './types';

/** Rows of a flat [n][cols] buffer as number[][]. */
function rows(flat: Float64Array, n: number, cols: number): number[][] {
  return Array.from({ length: n }, (_, p) => Array.from(flat.subarray(p * cols, (p + 1) * cols)));
}

/** Layer-normalises each row of x into a flat [n][d] buffer. */
function normRows(x: number[][], gain: Float32Array, bias: Float32Array, eps: number): Float64Array {
  const d = gain.length;
  const out = new Float64Array(x.length * d);
  x.forEach((row, p) => out.set(layerNorm(row, gain, bias, eps), p * d));
  return out;
}

/** y = x·Wᵀ + b for all n positions at once: [n][in] → [n][out]. */
function linear(x: Float64Array, n: number, w: Tensor, bias: Float32Array | null): Float64Array {
  const y = new Float64Array(n * w.rows);
  gemmABt(y, x, w.data, bias, n, w.cols, w.rows, false);
  return y;
}

/** x + flat delta, row by row. */
function addRows(x: number[][], delta: Float64Array): number[][] {
  const d = x.length > 0 ? x[0].length : 0;
  return x.map((row, p) => row.map((v, i) => v + delta[p * d + i]));
}

/**
 * Runs the model's blocks on token ids (at most contextLength of them; use encode()
 * to get ids from text) and returns the residual stream leaving the last block with
 * every block's trace. Throws a RangeError for too many ids or an id outside the
 * vocabulary.
 */
function runBlocks(model: TinyModel, ids: readonly number[]): { x: number[][]; layers: LayerTrace[] } {
  const { config, weights: w } = model;
  const { dModel: d, nHeads, lnEps: eps, vocabSize: V } = config;
  const n = ids.length;
  if (n > config.contextLength) {
    throw new RangeError(`${n} tokens exceed the context of ${config.contextLength}; truncate first`);
  }
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= V) throw new RangeError(`token id ${id} is outside the vocabulary (0…${V - 1})`);
  }
  const tok = w.tokenEmbedding.data;
  const pos = w.positionEmbedding?.data;
  let x: number[][] = ids.map((id, p) => Array.from({ length: d }, (_, i) => tok[id * d + i] + (pos ? pos[p * d + i] : 0)));
  // rotary positions turn each head's query and key at position p by p·θ; the trace keeps the turned vectors, the ones the scores compare
  const rotary = positionScheme(config) === 'rotary';
  const turn = (heads: number[][][]) => (rotary ? heads.map((rows) => rows.map((vec, p) => applyRotary(vec, p))) : heads);

  const layers: LayerTrace[] = [];
  for (const b of w.blocks) {
    const qkv = rows(linear(normRows(x, b.ln1Gain, b.ln1Bias, eps), n, b.qkvWeight, b.qkvBias), n, 3 * d);
    const q = turn(
      splitHeads(
        qkv.map((r) => r.slice(0, d)),
        nHeads,
      ),
    );
    const k = turn(
      splitHeads(
        qkv.map((r) => r.slice(d, 2 * d)),
        nHeads,
      ),
    );
    const v = splitHeads(
      qkv.map((r) => r.slice(2 * d)),
      nHeads,
    );
    const heads = q.map((qh, h) => scaledDotProductAttention(qh, k[h], v[h], { mask: 'causal' }));
    const merged = Float64Array.from(mergeHeads(heads.map((r) => r.output)).flat());
    const residualAfterAttention = addRows(x, linear(merged, n, b.outWeight, b.outBias));
    const hidden = linear(normRows(residualAfterAttention, b.ln2Gain, b.ln2Bias, eps), n, b.fcWeight, b.fcBias).map(gelu);
    const residualOut = addRows(residualAfterAttention, linear(hidden, n, b.projWeight, b.projBias));
    layers.push({ residualIn: x, residualAfterAttention, residualOut, attention: heads.map((r) => r.weights), q, k, v });
    x = residualOut;
  }
  return { x, layers };
}

/**
 * Runs the model on token ids (see runBlocks for the limits) and returns everything
 * it computed, ending with the next-token logits at every position. An empty input
 * gives an empty trace.
 */
export function forward(model: TinyModel, ids: readonly number[]): ForwardTrace {
  const { x, layers } = runBlocks(model, ids);
  return { tokens: ids.map((id) => model.vocab[id]), ids: [...ids], logits: unembed(model, x), layers };
}

/**
 * Only what the attention widgets draw: every head's weights, queries, keys and values.
 * It skips the output head, which at a vocabulary of a few thousand tokens costs more
 * than half as much as all the blocks together (4 ms against 6.7 ms for 32 tokens of
 * the English model in Node), and leaves the residual streams out, so the
 * answer the model worker posts back to the page is a fraction of a full trace.
 */
export function attentionPass(model: TinyModel, ids: readonly number[]): AttentionTrace {
  const { layers } = runBlocks(model, ids);
  return { tokens: ids.map((id) => model.vocab[id]), ids: [...ids], layers: layers.map(({ attention, q, k, v }) => ({ attention, q, k, v })) };
}

/**
 * The next-token logits after `ids` (the last row of forward()'s logits), computing the
 * output head for the last position only: generation needs no other row, and at a
 * vocabulary of a few thousand tokens the head for every position costs more than half
 * as much as all the blocks.
 */
export function nextTokenLogits(model: TinyModel, ids: readonly number[]): number[] {
  if (ids.length === 0) throw new RangeError('nextTokenLogits: no tokens to continue');
  const { x } = runBlocks(model, ids);
  return unembed(model, [x[x.length - 1]])[0];
}

/**
 * The output head on residual-stream rows [pos][dModel]: final layer norm, then the
 * tied unembedding plus the output bias, giving logits [pos][vocabSize]. forward()
 * applies it after the last block; the logit lens (lens.ts) applies it earlier.
 */
export function unembed(model: TinyModel, residual: number[][]): number[][] {
  const { weights: w, config } = model;
  const n = residual.length;
  return rows(linear(normRows(residual, w.finalLnGain, w.finalLnBias, config.lnEps), n, w.tokenEmbedding, w.outputBias), n, config.vocabSize);
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
