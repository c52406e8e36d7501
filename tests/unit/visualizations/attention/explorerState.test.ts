/** Tests for the explorer's URL state: reading links, checks against the model, the chosen query, the samples. */
import { describe, expect, it } from 'vitest';
import { readState } from '@/lib/widgets/urlState';
import type { ModelConfig } from '@/lib/model/types';
import { MAX_TEXT, checkAgainstModel, explorerSchema, selectedToken, type ExplorerState } from '@/visualizations/attention/explorerState';
import { focusIndex, samples } from '@/visualizations/attention/samples';

const config: ModelConfig = { vocabSize: 10, contextLength: 64, dModel: 64, nHeads: 4, nLayers: 2, dFF: 256, lnEps: 1e-5 };
const state = (patch: Partial<ExplorerState> = {}): ExplorerState => ({ ...readState(explorerSchema.en, new URLSearchParams()).state, ...patch });

describe('explorer URL state', () => {
  it('defaults to the first sample, layer 1, head 1, the sample’s word, arcs', () => {
    expect(state()).toEqual({ sentence: samples.en[0].text, layer: 1, head: 1, focus: 0, view: 'arcs' });
    expect(readState(explorerSchema.zh, new URLSearchParams()).state.sentence).toBe(samples.zh[0].text);
  });

  it('restores a link and rejects malformed values', () => {
    const read = readState(explorerSchema.en, new URLSearchParams('sentence=<b>hi</b>&layer=2&head=x&focus=3&view=pie'));
    expect(read.state).toEqual({ sentence: '<b>hi</b>', layer: 2, head: 1, focus: 3, view: 'arcs' });
    expect(read.rejected.sort()).toEqual(['head', 'view']);
  });

  it('cuts a very long sentence instead of rejecting it', () => {
    const read = readState(explorerSchema.en, new URLSearchParams({ sentence: 'a'.repeat(10_000) }));
    expect(read.state.sentence).toHaveLength(MAX_TEXT);
    expect(read.rejected).toEqual([]);
  });

  it('sends layers, heads and tokens the model does not have back to the default', () => {
    expect(checkAgainstModel(state({ layer: 2, head: 4, focus: 5 }), config, 5)).toEqual({ patch: {}, rejected: [] });
    const bad = checkAgainstModel(state({ layer: 3, head: 5, focus: 6 }), config, 5);
    expect(bad.patch).toEqual({ layer: 1, head: 1, focus: 0 });
    expect(bad.rejected).toEqual(['layer', 'head', 'focus']);
  });
});

describe('the chosen query token', () => {
  it('follows focus (from 1), clamped to the sentence', () => {
    expect(selectedToken(state({ sentence: 'abc', focus: 2 }), 'en', 3)).toBe(1);
    expect(selectedToken(state({ sentence: 'abc', focus: 9 }), 'en', 3)).toBe(2);
  });

  it('without focus, takes the sample’s word, or else the last token', () => {
    const s = samples.en[0];
    expect(selectedToken(state(), 'en', Array.from(s.text).length)).toBe(focusIndex(s.text, s.focus));
    expect(selectedToken(state({ sentence: 'hello' }), 'en', 5)).toBe(4);
    expect(selectedToken(state({ sentence: '' }), 'en', 0)).toBe(0);
  });
});

describe('samples', () => {
  it('fit the context and name a word they contain; focus lands on its last character', () => {
    for (const locale of ['en', 'zh'] as const) {
      for (const sample of samples[locale]) {
        expect(Array.from(sample.text).length).toBeLessThanOrEqual(64);
        expect(sample.text).toContain(sample.focus);
        const chars = Array.from(sample.text);
        expect(chars[focusIndex(sample.text, sample.focus)]).toBe(Array.from(sample.focus).at(-1));
      }
    }
    // "…because it was…": the query is the "t" of "it", right after an "i".
    const en = samples.en[0];
    const i = focusIndex(en.text, en.focus);
    expect(Array.from(en.text).slice(i - 2, i + 1).join('')).toBe(' it');
    expect(Array.from(samples.zh[0].text)[focusIndex(samples.zh[0].text, samples.zh[0].focus)]).toBe('它');
  });
});
