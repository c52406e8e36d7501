/**
 * The positional-encoding explorer's link: every view's choices are read back, counted
 * as the reader sees them, and a value outside what the page offers takes the default
 * and is reported.
 */
import { describe, expect, it } from 'vitest';
import { readState, writeState } from '@/lib/widgets/urlState';
import { ADD_STEPS, addWords, MAX_POS, positionalSchema } from '@/visualizations/positional/state';

describe('positional explorer URL state', () => {
  it('defaults to the first sentence, the first shuffle, the first word, step 1 and the key at 6', () => {
    const { state, rejected } = readState(positionalSchema('en'), new URLSearchParams());
    expect(state).toEqual({ kind: 'sinusoidal', positions: 64, dims: 128, pos: 8, sentence: 1, shuffle: 1, word: 1, step: 1, key: 6 });
    expect(rejected).toEqual([]);
    expect(readState(positionalSchema('en', 'rotary'), new URLSearchParams()).state.kind).toBe('rotary');
  });

  it('restores each view’s choices and writes only what differs from the defaults', () => {
    const search = new URLSearchParams('kind=add&word=3&step=4&key=40&sentence=2&shuffle=7');
    const { state, rejected } = readState(positionalSchema('en'), search);
    expect(rejected).toEqual([]);
    expect(state).toMatchObject({ kind: 'add', word: 3, step: 4, key: 40, sentence: 2, shuffle: 7 });
    expect(writeState(positionalSchema('en'), state, new URLSearchParams()).toString()).toBe('kind=add&sentence=2&shuffle=7&word=3&step=4&key=40');
  });

  it('offers as many words as the first sample sentence has, in each language', () => {
    // "dog bites man" has three words; "狗咬人" has no spaces and is split into its three characters
    expect(addWords('en')).toEqual(['dog', 'bites', 'man']);
    expect(addWords('zh')).toEqual(['狗', '咬', '人']);
    expect(readState(positionalSchema('en'), new URLSearchParams('word=3')).rejected).toEqual([]);
    expect(readState(positionalSchema('en'), new URLSearchParams('word=4')).rejected).toEqual(['word']);
  });

  it('rejects values the views cannot show, keeping the defaults', () => {
    const bad = new URLSearchParams(`sentence=4&shuffle=0&word=0&step=${ADD_STEPS + 1}&key=${MAX_POS + 1}`);
    const { state, rejected } = readState(positionalSchema('zh'), bad);
    expect(rejected.sort()).toEqual(['key', 'sentence', 'shuffle', 'step', 'word']);
    expect(state).toMatchObject({ sentence: 1, shuffle: 1, word: 1, step: 1, key: 6 });
    expect(readState(positionalSchema('en'), new URLSearchParams(`key=${MAX_POS}&step=${ADD_STEPS}`)).rejected).toEqual([]);
  });
});
