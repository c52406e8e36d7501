/** Tests for the playground's URL state: defaults, restoring a link, rejected values, the vocabulary and position checks. */
import { describe, expect, it } from 'vitest';
import { readState, writeState } from '@/lib/widgets/urlState';
import { checkAgainstVocab, checkPosition, MAX_PROMPT, shownIndex, playgroundSchema, prompts, type PlaygroundState } from '@/visualizations/playground/state';

const defaults = (): PlaygroundState => readState(playgroundSchema.en, new URLSearchParams()).state;

describe('playground URL state', () => {
  it('defaults to the first prompt, T = 1, every token, sampling, seed 42, nothing generated, the latest token shown', () => {
    expect(defaults()).toEqual({ prompt: prompts.en[0], temperature: 1, topk: 0, mode: 'sample', seed: 42, generated: 0, at: 0 });
    expect(readState(playgroundSchema.zh, new URLSearchParams()).state.prompt).toBe(prompts.zh[0]);
  });

  it('restores a link and rejects malformed values', () => {
    const read = readState(playgroundSchema.en, new URLSearchParams('prompt=<b>hi</b>&temperature=0.35&topk=5&mode=greedy&seed=9&generated=12&at=4'));
    expect(read.state).toEqual({ prompt: '<b>hi</b>', temperature: 0.35, topk: 5, mode: 'greedy', seed: 9, generated: 12, at: 4 });
    expect(read.rejected).toEqual([]);
    const bad = readState(playgroundSchema.en, new URLSearchParams('temperature=3&topk=-1&mode=beam&seed=x&generated=999&at=1.5'));
    expect(bad.state).toEqual(defaults());
    expect(bad.rejected.sort()).toEqual(['at', 'generated', 'mode', 'seed', 'temperature', 'topk']);
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const state = { ...defaults(), temperature: 0.5, seed: 3 };
    const search = writeState(playgroundSchema.en, state, new URLSearchParams());
    expect(search.toString()).toBe('temperature=0.5&seed=3');
    expect(readState(playgroundSchema.en, search).state).toEqual(state);
  });

  it('cuts a long prompt (by characters, not UTF-16 units) instead of rejecting it', () => {
    const read = readState(playgroundSchema.en, new URLSearchParams({ prompt: '😀'.repeat(1000) }));
    expect(Array.from(read.state.prompt)).toHaveLength(MAX_PROMPT);
    expect(read.rejected).toEqual([]);
  });

  it('a top-k above the vocabulary goes back to all, and is reported', () => {
    expect(checkAgainstVocab({ ...defaults(), topk: 40 }, 40)).toEqual({ patch: {}, rejected: [] });
    expect(checkAgainstVocab({ ...defaults(), topk: 41 }, 40)).toEqual({ patch: { topk: 0 }, rejected: ['topk'] });
  });

  it('a chosen token past the one to come goes back to the latest, and is reported', () => {
    // 3 tokens generated: tokens 1…3 and the one to come, 4, can be shown
    expect(checkPosition({ ...defaults(), generated: 3, at: 4 })).toEqual({ patch: {}, rejected: [] });
    expect(checkPosition({ ...defaults(), generated: 3, at: 5 })).toEqual({ patch: { at: 0 }, rejected: ['at'] });
    expect(checkPosition({ ...defaults(), generated: 0, at: 1 })).toEqual({ patch: {}, rejected: [] });
  });

  it('shows the chosen token once it has been generated, else the latest, else the one to come', () => {
    expect(shownIndex(0, 0)).toBe(0); // nothing generated: the token to come
    expect(shownIndex(0, 5)).toBe(4); // the latest of five
    expect(shownIndex(2, 5)).toBe(1);
    expect(shownIndex(6, 5)).toBe(5); // the token to come after five
    // a link's choice while its continuation is still being computed: the latest so far
    expect(shownIndex(6, 2)).toBe(1);
  });
});
