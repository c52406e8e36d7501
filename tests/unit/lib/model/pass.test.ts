/**
 * A kept ModelPass reuses the rows of the token prefix its next run shares with its last
 * one: every attention weight, query, key, value, residual and logit of such an
 * incremental pass must equal, exactly, those of a pass that computes every row, after
 * each kind of edit a reader makes (append, delete, an edit in the middle, a wholly new
 * sentence, a shorter then a longer one), for learned and rotary positions.
 */
import { describe, expect, it } from 'vitest';
import { attentionPass, forward, nextTokenLogits } from '@/lib/model/forward';
import { createPass } from '@/lib/model/pass';
import type { ModelConfig } from '@/lib/model/types';
import { randomModel } from './reference';
import { readModel } from '@/scripts/model/eval';

const LEARNED: ModelConfig = { vocabSize: 23, contextLength: 24, dModel: 16, nHeads: 4, nLayers: 2, dFF: 36, lnEps: 1e-5 };
const ROTARY: ModelConfig = { ...LEARNED, positions: 'rotary' };

const start = [3, 7, 1, 4, 4, 9, 2, 10, 15, 22, 0, 5, 5, 8];
/** Each edit, and the rows of the last ids it keeps (what the pass may reuse). */
const edits: { name: string; ids: number[]; kept: number }[] = [
  { name: 'first sentence', ids: start, kept: 0 },
  { name: 'append two tokens', ids: [...start, 11, 12], kept: start.length },
  { name: 'delete three at the end', ids: start.slice(0, -1), kept: start.length - 1 },
  { name: 'edit in the middle', ids: [...start.slice(0, 6), 20, ...start.slice(7, -1)], kept: 6 },
  { name: 'a wholly new sentence', ids: [19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 21, 22], kept: 0 },
  { name: 'a short prefix of it', ids: [19, 18, 17], kept: 3 },
  { name: 'the long one again', ids: [19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 21, 22], kept: 3 },
  { name: 'the same ids', ids: [19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 21, 22], kept: 22 },
  { name: 'a full context', ids: Array.from({ length: 24 }, (_, i) => (i * 7) % 23), kept: 0 },
  { name: 'one token', ids: [0], kept: 1 },
];

describe.each([
  ['learned positions', LEARNED],
  ['rotary positions', ROTARY],
])('incremental pass (%s)', (_, config) => {
  const model = randomModel(config, 5);

  it('computes only the rows after the prefix shared with the last run', () => {
    const pass = createPass(model);
    for (const { ids, kept } of edits) {
      expect(pass.firstNewRow(ids), 'announced before the run').toBe(kept);
      expect(pass.run(ids, true)).toBe(kept);
    }
  });

  it.each([false, true])('gives exactly the numbers of a full pass after every edit (fixed weights: %s)', (fixedWeights) => {
    const pass = createPass(model, { fixedWeights });
    for (const { name, ids } of edits) {
      const incremental = forward(model, ids, pass);
      const full = forward(model, ids);
      expect(incremental.logits, name).toEqual(full.logits);
      incremental.layers.forEach((layer, l) => {
        expect(layer.attention, `${name}, layer ${l + 1}`).toEqual(full.layers[l].attention);
        for (const key of ['q', 'k', 'v', 'residualIn', 'residualAfterAttention', 'residualOut'] as const) expect(layer[key], `${name}, ${key}`).toEqual(full.layers[l][key]);
      });
    }
  });

  it('agrees across the three entry points sharing one pass (attention only, next token, full trace)', () => {
    const pass = createPass(model);
    for (const { name, ids } of edits) {
      const full = forward(model, ids);
      const attention = attentionPass(model, ids, pass);
      expect(
        attention.layers.map((l) => l.attention),
        name,
      ).toEqual(full.layers.map((l) => l.attention));
      expect(nextTokenLogits(model, ids, pass), name).toEqual(full.logits.at(-1));
    }
  });

  it('computes, in a full run, the last MLP rows an attention-only run left out', () => {
    const pass = createPass(model);
    // attention only, then each edit as a full trace, then attention only again
    for (const { name, ids } of edits) {
      pass.run(ids, true, true);
      const full = forward(model, ids);
      const after = forward(model, [...ids, 2].slice(-config.contextLength), pass);
      const fresh = forward(model, [...ids, 2].slice(-config.contextLength));
      expect(after.logits, name).toEqual(fresh.logits);
      after.layers.forEach((layer, l) => expect(layer.residualOut, `${name}, layer ${l + 1}`).toEqual(fresh.layers[l].residualOut));
      expect(
        attentionPass(model, ids, pass).layers.map((l) => l.attention),
        name,
      ).toEqual(full.layers.map((l) => l.attention));
    }
  });

  it('starts again from the first row when not asked to reuse (the weights may have changed)', () => {
    const pass = createPass(model);
    pass.run(start, true);
    expect(pass.run(start, false)).toBe(0);
    pass.reset();
    expect(pass.run(start, true)).toBe(0);
  });

  it('reuses no row of a run that failed half way', () => {
    // token 6 (not in `start`) embeds as NaN: a run that reaches it throws in the softmax
    const poisoned = randomModel(config, 5);
    poisoned.weights.tokenEmbedding.data.fill(NaN, 6 * config.dModel, 7 * config.dModel);
    const pass = createPass(poisoned);
    pass.run(start, true);
    expect(() => forward(poisoned, [...start.slice(0, 5), 6, ...start.slice(6)], pass)).toThrow(RangeError);
    expect(pass.run(start, true)).toBe(5);
    expect(forward(poisoned, start, pass)).toEqual(forward(poisoned, start));
  });

  it('refuses a pass made for another model', () => {
    expect(() => forward(randomModel(config, 6), start, createPass(model))).toThrow(/another model/);
  });
});

describe('a pass on fixed weights (WebAssembly SIMD products)', () => {
  it('gives the JavaScript pass’s numbers exactly on the shipped English model, at every length up to the context', () => {
    const model = readModel('en');
    const { contextLength, vocabSize } = model.config;
    const ids = Array.from({ length: contextLength }, (_, i) => (i * 7919 + 13) % vocabSize);
    const simd = createPass(model, { fixedWeights: true });
    for (const n of [1, 5, 32, 64, 127, 128]) {
      const fast = forward(model, ids.slice(0, n), simd);
      const plain = forward(model, ids.slice(0, n));
      expect(fast.logits, `${n} tokens`).toEqual(plain.logits);
      fast.layers.forEach((layer, l) => expect(layer.residualOut, `${n} tokens, layer ${l + 1}`).toEqual(plain.layers[l].residualOut));
    }
  });
});
