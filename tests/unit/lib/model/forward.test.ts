/**
 * The inference forward pass against an independent float64 reference, its
 * agreement with the trainer's batched pass, and the invariants widgets rely
 * on (attention rows sum to 1 and never look ahead).
 */
import { describe, expect, it } from 'vitest';
import { attentionPass, forward, nextTokenLogits, sequenceLoss } from '@/lib/model/forward';
import { TrainableModel } from '@/lib/train/model';
import { randomModelWithFlat, referenceForward, TINY, TINY_ROTARY } from './reference';

const ids = [3, 7, 1, 4, 4, 9, 2, 10];

function maxDiff(a: number[][], b: number[][]): number {
  let m = 0;
  a.forEach((row, i) => row.forEach((v, j) => (m = Math.max(m, Math.abs(v - b[i][j])))));
  return m;
}

describe('forward', () => {
  const { model, flat } = randomModelWithFlat();
  const trace = forward(model, ids);
  const ref = referenceForward(model, ids);

  it('matches the float64 reference: logits, attention maps, residual stream', () => {
    expect(maxDiff(trace.logits, ref.logits)).toBeLessThan(1e-9);
    trace.layers.forEach((layer, l) => {
      layer.attention.forEach((map, h) => expect(maxDiff(map, ref.attention[l][h])).toBeLessThan(1e-12));
      expect(maxDiff(layer.residualOut, ref.residuals[l])).toBeLessThan(1e-9);
    });
  });

  it('returns shapes documented in types.ts', () => {
    const { dModel: d, nHeads: H, nLayers: L, vocabSize: V } = TINY;
    expect(trace.tokens).toEqual(ids.map((i) => model.vocab[i]));
    expect(trace.logits).toHaveLength(ids.length);
    expect(trace.logits[0]).toHaveLength(V);
    expect(trace.layers).toHaveLength(L);
    for (const layer of trace.layers) {
      expect(layer.attention).toHaveLength(H);
      for (const key of ['q', 'k', 'v'] as const) {
        expect(layer[key]).toHaveLength(H);
        expect(layer[key][0]).toHaveLength(ids.length);
        expect(layer[key][0][0]).toHaveLength(d / H);
      }
      for (const key of ['residualIn', 'residualAfterAttention', 'residualOut'] as const) {
        expect(layer[key]).toHaveLength(ids.length);
        expect(layer[key][0]).toHaveLength(d);
      }
    }
    expect(trace.layers[1].residualIn).toEqual(trace.layers[0].residualOut);
  });

  it('has attention rows that sum to 1 and put zero weight on later tokens', () => {
    for (const layer of trace.layers) {
      for (const map of layer.attention) {
        map.forEach((row, i) => {
          expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
          row.forEach((w, j) => j > i && expect(w).toBe(0));
        });
      }
    }
  });

  it('is causal: later tokens do not change earlier logits', () => {
    const changed = forward(model, [...ids.slice(0, 5), 1, 1, 1]);
    expect(maxDiff(changed.logits.slice(0, 5), trace.logits.slice(0, 5))).toBe(0);
  });

  it('agrees with the trainer batched pass (same loss on the same weights)', () => {
    const tm = new TrainableModel(TINY);
    tm.params.set(flat);
    const input = Int32Array.from(ids.slice(0, -1));
    const target = Int32Array.from(ids.slice(1));
    const trainerLoss = tm.forward(input, target, 1, input.length, false);
    expect(trainerLoss).toBeCloseTo(sequenceLoss(model, ids).loss, 5);
  });

  it('rejects too many tokens and ids outside the vocabulary; empty input gives an empty trace', () => {
    expect(() => forward(model, new Array(9).fill(1))).toThrow(RangeError);
    expect(() => forward(model, [11])).toThrow(RangeError);
    expect(forward(model, []).logits).toEqual([]);
  });
});

describe('forward with rotary positions', () => {
  const { model, flat } = randomModelWithFlat(TINY_ROTARY);
  const trace = forward(model, ids);
  const ref = referenceForward(model, ids);

  it('has no position table', () => {
    expect(model.weights.positionEmbedding).toBeNull();
    expect(flat.length).toBe(randomModelWithFlat(TINY).flat.length - TINY.contextLength * TINY.dModel);
  });

  it('matches the reference, which scores each pair of query and key by their offset alone', () => {
    expect(maxDiff(trace.logits, ref.logits)).toBeLessThan(1e-9);
    trace.layers.forEach((layer, l) => layer.attention.forEach((map, h) => expect(maxDiff(map, ref.attention[l][h])).toBeLessThan(1e-12)));
  });

  it('keeps the rotated queries and keys: their dot products give the scores', () => {
    const dh = TINY.dModel / TINY.nHeads;
    const { q, k, attention } = trace.layers[1];
    const row = 5;
    const scores = k[2].slice(0, row + 1).map((key) => key.reduce((s, v, c) => s + v * q[2][row][c], 0) / Math.sqrt(dh));
    const top = Math.max(...scores);
    const exp = scores.map((v) => Math.exp(v - top));
    const z = exp.reduce((a, b) => a + b, 0);
    exp.forEach((e, j) => expect(attention[2][row][j]).toBeCloseTo(e / z, 12));
  });

  it('sees order: the same tokens in another order give other first-layer attention', () => {
    const swapped = forward(model, [7, 3, 1, 4, 4, 9, 2, 10]);
    expect(maxDiff(swapped.layers[0].attention[0].slice(2), trace.layers[0].attention[0].slice(2))).toBeGreaterThan(1e-3);
  });

  it('agrees with the trainer batched pass', () => {
    const tm = new TrainableModel(TINY_ROTARY);
    tm.params.set(flat);
    const input = Int32Array.from(ids.slice(0, -1));
    const target = Int32Array.from(ids.slice(1));
    expect(tm.forward(input, target, 1, input.length, false)).toBeCloseTo(sequenceLoss(model, ids).loss, 5);
  });
});

describe('attentionPass', () => {
  const { model } = randomModelWithFlat();
  const ref = referenceForward(model, ids);
  const pass = attentionPass(model, ids);

  it("gives the reference attention maps and exactly forward()'s queries, keys and values", () => {
    const full = forward(model, ids);
    expect(pass.tokens).toEqual(full.tokens);
    expect(pass.ids).toEqual(ids);
    pass.layers.forEach((layer, l) => {
      layer.attention.forEach((map, h) => expect(maxDiff(map, ref.attention[l][h])).toBeLessThan(1e-12));
      expect(layer.q).toEqual(full.layers[l].q);
      expect(layer.k).toEqual(full.layers[l].k);
      expect(layer.v).toEqual(full.layers[l].v);
    });
  });

  it('carries no logits or residual streams (what makes its answer from the worker small)', () => {
    expect(Object.keys(pass).sort()).toEqual(['ids', 'layers', 'tokens']);
    for (const layer of pass.layers) expect(Object.keys(layer).sort()).toEqual(['attention', 'k', 'q', 'v']);
  });

  it('rejects what forward() rejects', () => {
    expect(() => attentionPass(model, new Array(9).fill(1))).toThrow(RangeError);
    expect(() => attentionPass(model, [11])).toThrow(RangeError);
    expect(attentionPass(model, []).layers.every((l) => l.attention.every((h) => h.length === 0))).toBe(true);
  });
});

describe('nextTokenLogits', () => {
  const { model } = randomModelWithFlat();

  it("is exactly the last row of forward()'s logits, for every prefix", () => {
    for (let n = 1; n <= ids.length; n++) expect(nextTokenLogits(model, ids.slice(0, n))).toEqual(forward(model, ids.slice(0, n)).logits[n - 1]);
  });

  it('refuses an empty input and what forward() refuses', () => {
    expect(() => nextTokenLogits(model, [])).toThrow(RangeError);
    expect(() => nextTokenLogits(model, [11])).toThrow(RangeError);
  });
});
