/** Tests for the playground's URL state: defaults, restoring a link, rejected values, the vocabulary check. */
import { describe, expect, it } from 'vitest';
import { readState, writeState } from '@/lib/widgets/urlState';
import { checkAgainstVocab, MAX_PROMPT, playgroundSchema, prompts, type PlaygroundState } from '@/visualizations/playground/state';

const defaults = (): PlaygroundState => readState(playgroundSchema.en, new URLSearchParams()).state;

describe('playground URL state', () => {
  it('defaults to the first prompt, T = 1, every token, sampling, seed 42, nothing generated', () => {
    expect(defaults()).toEqual({ prompt: prompts.en[0], temperature: 1, topk: 0, mode: 'sample', seed: 42, generated: 0 });
    expect(readState(playgroundSchema.zh, new URLSearchParams()).state.prompt).toBe(prompts.zh[0]);
  });

  it('restores a link and rejects malformed values', () => {
    const read = readState(playgroundSchema.en, new URLSearchParams('prompt=<b>hi</b>&temperature=0.35&topk=5&mode=greedy&seed=9&generated=12'));
    expect(read.state).toEqual({ prompt: '<b>hi</b>', temperature: 0.35, topk: 5, mode: 'greedy', seed: 9, generated: 12 });
    expect(read.rejected).toEqual([]);
    const bad = readState(playgroundSchema.en, new URLSearchParams('temperature=3&topk=-1&mode=beam&seed=x&generated=999'));
    expect(bad.state).toEqual(defaults());
    expect(bad.rejected.sort()).toEqual(['generated', 'mode', 'seed', 'temperature', 'topk']);
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
});
