/** The tokenizer playground's link: the chosen token's id is read back, and one the model does not have is refused. */
import { describe, expect, it } from 'vitest';
import { readState, writeState } from '@/lib/widgets/urlState';
import { checkToken, tokenizerSchema } from '@/visualizations/tokenizer/state';

describe('tokenizer playground URL state', () => {
  it('has no chosen token by default, and leaves it out of the link', () => {
    const { state } = readState(tokenizerSchema.en, new URLSearchParams());
    expect(state.token).toBeNull();
    expect(writeState(tokenizerSchema.en, state, new URLSearchParams()).toString()).toBe('');
  });

  it('restores a chosen token id and writes it back', () => {
    const { state, rejected } = readState(tokenizerSchema.en, new URLSearchParams('token=57'));
    expect(rejected).toEqual([]);
    expect(state.token).toBe(57);
    expect(writeState(tokenizerSchema.en, { ...state, token: 0 }, new URLSearchParams()).toString()).toBe('token=0');
  });

  it('rejects what is not a token id', () => {
    for (const raw of ['-1', '1.5', 'e', '', '99999999']) {
      const read = readState(tokenizerSchema.zh, new URLSearchParams({ token: raw }));
      expect(read.state.token, raw).toBeNull();
      expect(read.rejected, raw).toEqual(['token']);
    }
  });

  it('refuses an id past the loaded vocabulary (ids run 0 … vocabSize − 1)', () => {
    expect(checkToken(511, 512)).toEqual({ patch: {}, rejected: [] });
    expect(checkToken(512, 512)).toEqual({ patch: { token: null }, rejected: ['token'] });
    expect(checkToken(null, 512)).toEqual({ patch: {}, rejected: [] });
  });
});
