/** Tests for the explorer's URL state: reading links, checks against the model, the chosen query, the samples. */
import { describe, expect, it } from 'vitest';
import { readState } from '@/lib/widgets/urlState';
import type { ModelConfig } from '@/lib/model/types';
import { MAX_TEXT, checkAgainstModel, explorerSchema, selectedToken, type ExplorerState } from '@/visualizations/attention/explorerState';
import { samples, tokenOfWord } from '@/lib/widgets/attentionSamples';

const config: ModelConfig = { vocabSize: 10, contextLength: 64, dModel: 64, nHeads: 4, nLayers: 2, dFF: 256, lnEps: 1e-5 };
const state = (patch: Partial<ExplorerState> = {}): ExplorerState => ({ ...readState(explorerSchema.en, new URLSearchParams()).state, ...patch });

describe('explorer URL state', () => {
  it('defaults to the first sample on the head that answers it, the sample’s word, arcs, the real model', () => {
    expect(state()).toEqual({ sentence: samples.en[0].text, layer: samples.en[0].layer, head: samples.en[0].head, focus: 0, view: 'arcs', temperature: 1, mask: true, step: 1 });
    expect(readState(explorerSchema.zh, new URLSearchParams()).state.sentence).toBe(samples.zh[0].text);
  });

  it('restores a link and rejects malformed values', () => {
    const read = readState(explorerSchema.en, new URLSearchParams('sentence=<b>hi</b>&layer=2&head=x&focus=3&view=pie'));
    expect(read.state).toMatchObject({ sentence: '<b>hi</b>', layer: 2, head: samples.en[0].head, focus: 3, view: 'arcs' });
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
    expect(selectedToken(state({ sentence: 'abc', focus: 2 }), 'en', [1, 1, 1])).toBe(1);
    expect(selectedToken(state({ sentence: 'abc', focus: 9 }), 'en', [1, 1, 1])).toBe(2);
  });

  it('without focus, takes the token of the sample’s word, or else the last token', () => {
    const s = samples.en[0];
    const oneBytePerToken = Array.from({ length: new TextEncoder().encode(s.text).length }, () => 1);
    const endOfWord = new TextEncoder().encode(s.text.slice(0, s.text.indexOf(s.focus) + s.focus.length)).length;
    expect(selectedToken(state(), 'en', oneBytePerToken)).toBe(endOfWord - 1);
    expect(selectedToken(state({ sentence: 'hello' }), 'en', [2, 3])).toBe(1);
    expect(selectedToken(state({ sentence: '' }), 'en', [])).toBe(0);
  });
});

describe('tokenOfWord', () => {
  it('finds the token that holds the word’s last byte', () => {
    // "the cat sat" as tokens "the" (3 bytes) " cat" (4) " sat" (4): " cat" ends at byte 7, inside token 1
    expect(tokenOfWord('the cat sat', ' cat', [3, 4, 4])).toBe(1);
    expect(tokenOfWord('the cat sat', 'sat', [3, 4, 4])).toBe(2);
    // 它 is 3 bytes; as three byte tokens after 小猫 (6 bytes in one token) it ends in token 3
    expect(tokenOfWord('小猫它', '它', [6, 1, 1, 1])).toBe(3);
    expect(tokenOfWord('abc', 'zzz', [1, 1, 1])).toBe(2);
  });
});
