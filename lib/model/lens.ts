/**
 * The logit lens (nostalgebraist, 2020): what the model would predict if it stopped
 * early. The residual stream is read at every depth — the embedding that enters
 * block 1, then the stream leaving each block — and the model's own output head
 * (final layer norm and unembedding, forward.ts's `unembed`) is applied to it.
 * After the last block this is exactly forward()'s prediction; before it, it shows
 * what each block added, in the vocabulary's terms.
 */
import { softmax } from '../math/attention';
import { unembed } from './forward';
import type { ForwardTrace, TinyModel } from './types';

/** One candidate token of a lens reading. */
export interface LensToken {
  id: number;
  token: string;
  /** Probability after softmax over the whole vocabulary (temperature 1). */
  p: number;
}

/**
 * The residual streams a lens reads, in depth order: [stream][pos][dModel], where
 * stream 0 is the embedding (token + position) and stream l+1 leaves block l.
 */
export function residualStreams(trace: ForwardTrace): number[][][] {
  if (trace.layers.length === 0) return [];
  return [trace.layers[0].residualIn, ...trace.layers.map((layer) => layer.residualOut)];
}

/** Logits of every stream at every position: [stream][pos][vocabSize]. */
export function lensLogits(model: TinyModel, trace: ForwardTrace): number[][][] {
  return residualStreams(trace).map((stream) => unembed(model, stream));
}

/** The `k` most likely tokens under `logits`, most likely first (ties: lower id first). */
export function topTokens(model: TinyModel, logits: readonly number[], k: number): LensToken[] {
  const probs = softmax(logits);
  const best: number[] = [];
  for (let id = 0; id < probs.length; id++) {
    if (best.length === k && probs[id] <= probs[best[k - 1]]) continue;
    let at = best.length;
    while (at > 0 && probs[best[at - 1]] < probs[id]) at--;
    best.splice(at, 0, id);
    if (best.length > k) best.pop();
  }
  return best.map((id) => ({ id, token: model.vocab[id], p: probs[id] }));
}

/** The lens as a grid: [stream][pos] → the `k` most likely tokens there. */
export function logitLens(model: TinyModel, trace: ForwardTrace, k = 5): LensToken[][][] {
  return lensLogits(model, trace).map((stream) => stream.map((logits) => topTokens(model, logits, k)));
}
