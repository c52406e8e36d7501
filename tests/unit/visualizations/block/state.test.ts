/** The block explorer's link: the residual heat map's cursor (a stage and a token) is read back and checked against the model. */
import { describe, expect, it } from 'vitest';
import { readState, writeState } from '@/lib/widgets/urlState';
import { blockSchema, checkCursor } from '@/visualizations/block/state';

describe('block explorer URL state', () => {
  it('puts the cursor on the first cell by default, and leaves it out of the link', () => {
    const { state } = readState(blockSchema.en, new URLSearchParams());
    expect(state).toMatchObject({ stage: 'embed', token: 1 });
    expect(writeState(blockSchema.en, state, new URLSearchParams()).toString()).toBe('');
  });

  it('restores a stage and a token, and writes them back', () => {
    const { state, rejected } = readState(blockSchema.en, new URLSearchParams('stage=ffn2&token=4'));
    expect(rejected).toEqual([]);
    expect(state).toMatchObject({ stage: 'ffn2', token: 4 });
    expect(writeState(blockSchema.en, state, new URLSearchParams()).toString()).toBe('stage=ffn2&token=4');
  });

  it('rejects a stage that is no stage name and a token that is no position', () => {
    for (const [stage, token] of [
      ['ffn0', '0'],
      ['attn', '-2'],
      ['mlp1', 'x'],
      ['ffn01', '1.5'],
    ]) {
      const read = readState(blockSchema.zh, new URLSearchParams({ stage, token }));
      expect(read.rejected.sort(), stage).toEqual(['stage', 'token']);
      expect(read.state).toMatchObject({ stage: 'embed', token: 1 });
    }
  });

  it('refuses a stage past the model’s blocks or a token past the sentence', () => {
    // two blocks: stages embed, attn1, ffn1, attn2, ffn2; a sentence of five tokens
    expect(checkCursor({ stage: 'ffn2', token: 5 }, 2, 5)).toEqual({ patch: {}, rejected: [] });
    expect(checkCursor({ stage: 'attn3', token: 6 }, 2, 5)).toEqual({ patch: { stage: 'embed', token: 1 }, rejected: ['stage', 'token'] });
    // an empty sentence still has the default cell
    expect(checkCursor({ stage: 'embed', token: 1 }, 2, 0)).toEqual({ patch: {}, rejected: [] });
  });
});
