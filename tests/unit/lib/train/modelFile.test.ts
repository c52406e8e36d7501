/** A trained model saved to a file and read back: the same model, and a clear message for a damaged file. */
import { describe, expect, it } from 'vitest';
import { forward } from '@/lib/model/forward';
import { createModel } from '@/lib/model/weights';
import { parseSavedModel, serialiseModel, type SavedModel } from '@/lib/train/modelFile';
import { randomModelWithFlat, TINY, TINY_ROTARY } from '../model/reference';

function saved(config = TINY_ROTARY): SavedModel {
  const { model, flat } = randomModelWithFlat(config);
  return { task: 'copy', locale: 'en', step: 120, config, vocab: model.vocab, merges: [], byteFallback: false, params: flat };
}

describe('saved model files', () => {
  it.each([
    ['rotary', TINY_ROTARY],
    ['learned', TINY],
  ] as const)('give back the same %s-position model: config, weights and forward pass', (_, config) => {
    const original = saved(config);
    const back = parseSavedModel(serialiseModel(original));
    expect(back.config).toEqual(config);
    expect(Array.from(back.params)).toEqual(Array.from(original.params));
    const ids = [3, 1, 4, 1, 5];
    const before = forward(createModel({ locale: 'en', config, vocab: original.vocab }, original.params), ids);
    const after = forward(createModel({ locale: 'en', config: back.config, vocab: back.vocab }, back.params), ids);
    expect(after.logits).toEqual(before.logits);
  });

  it('say what is wrong with a damaged file', () => {
    const json = JSON.parse(serialiseModel(saved()));
    const broken = (change: (j: typeof json) => void) => {
      const copy = structuredClone(json);
      change(copy);
      return () => parseSavedModel(JSON.stringify(copy));
    };
    expect(() => parseSavedModel('{')).toThrow('not a JSON file');
    expect(broken((j) => (j.config.positions = 'sinusoidal'))).toThrow('config.positions must be "learned" or "rotary"');
    expect(broken((j) => (j.config.nHeads = 5))).toThrow('config.dModel must be a multiple of config.nHeads');
    expect(broken((j) => (j.config.positions = 'learned'))).toThrow(/weights hold \d+ values, the config needs \d+/);
    expect(broken((j) => (j.vocab = j.vocab.slice(1)))).toThrow('vocab must list config.vocabSize strings');
  });
});
