/**
 * The logit lens: the last stream's reading is forward()'s own prediction, every
 * stream matches an independent naive computation (layer norm and unembedding
 * written out with loops over the reference pass's residual streams), and the
 * top-k lists are the k largest probabilities in order.
 */
import { describe, expect, it } from 'vitest';
import { forward } from '@/lib/model/forward';
import { lensLogits, logitLens, residualStreams, topTokens } from '@/lib/model/lens';
import { randomModel, referenceForward, TINY } from './reference';

const ids = [3, 7, 1, 4, 4, 9, 2, 10];

/** Final layer norm and tied unembedding of one residual vector, with plain loops. */
function naiveHead(model: ReturnType<typeof randomModel>, x: number[]): number[] {
  const { dModel: d, vocabSize: V, lnEps } = model.config;
  const w = model.weights;
  const mean = x.reduce((s, v) => s + v, 0) / d;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / d;
  const normed = x.map((v, i) => ((v - mean) / Math.sqrt(variance + lnEps)) * w.finalLnGain[i] + w.finalLnBias[i]);
  const logits: number[] = [];
  for (let t = 0; t < V; t++) {
    let s = w.outputBias[t];
    for (let i = 0; i < d; i++) s += normed[i] * w.tokenEmbedding.data[t * d + i];
    logits.push(s);
  }
  return logits;
}

describe('logit lens', () => {
  const model = randomModel();
  const trace = forward(model, ids);
  const lens = lensLogits(model, trace);

  it('reads the embedding and the stream after each block', () => {
    expect(lens).toHaveLength(TINY.nLayers + 1);
    expect(residualStreams(trace)[0]).toEqual(trace.layers[0].residualIn);
    lens.forEach((stream) => expect(stream).toHaveLength(ids.length));
  });

  it('equals forward()’s logits after the last block', () => {
    expect(lens[TINY.nLayers]).toEqual(trace.logits);
    const grid = logitLens(model, trace, 5);
    grid[TINY.nLayers].forEach((cell, p) => expect(cell).toEqual(topTokens(model, trace.logits[p], 5)));
  });

  it('matches a naive output head on the reference pass’s streams, the embedding included', () => {
    const ref = referenceForward(model, ids);
    const d = TINY.dModel;
    const embedded = ids.map((id, p) => Array.from({ length: d }, (_, i) => model.weights.tokenEmbedding.data[id * d + i] + model.weights.positionEmbedding!.data[p * d + i]));
    const streams = [embedded, ...ref.residuals];
    streams.forEach((stream, s) => stream.forEach((x, p) => naiveHead(model, x).forEach((logit, t) => expect(Math.abs(lens[s][p][t] - logit)).toBeLessThan(1e-9))));
  });

  it('lists the k most likely tokens, most likely first, with softmax probabilities', () => {
    // logits 0, ln 3, ln 2, ln 3, 0 … give weights 1, 3, 2, 3, 1 … over a total of 3 + 3 + 2 + (V − 3) = V + 5
    const V = TINY.vocabSize;
    const logits = Array.from({ length: V }, (_, i) => (i === 1 || i === 3 ? Math.log(3) : i === 2 ? Math.log(2) : 0));
    const top = topTokens(model, logits, 3);
    expect(top.map((c) => c.id)).toEqual([1, 3, 2]);
    expect(top[0].p).toBeCloseTo(3 / (V + 5), 12);
    expect(top[2].p).toBeCloseTo(2 / (V + 5), 12);
    expect(top[0].token).toBe(model.vocab[1]);
  });
});
