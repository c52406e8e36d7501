/** Tests for lib/model/tokenizer: truncation, unknown characters and look-alikes. */
import { describe, expect, it } from 'vitest';
import { decode, encode } from '@/lib/model/tokenizer';
import { randomModel } from './reference';

// TINY vocabulary: ['\uFFFD', ' ', '.', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], context 8.
const model = randomModel();

describe('encode', () => {
  it('maps known characters to their ids', () => {
    expect(encode(model, 'ab c.')).toEqual({ ids: [3, 4, 1, 5, 2], tokens: ['a', 'b', ' ', 'c', '.'], truncated: false });
  });

  it('cuts at the context, keeping the start by default and the end on request', () => {
    const text = 'abcdefghab';
    const start = encode(model, text);
    expect(start.truncated).toBe(true);
    expect(start.tokens.join('')).toBe('abcdefgh');
    const end = encode(model, text, { keep: 'end' });
    expect(end.tokens.join('')).toBe('cdefghab');
    expect(end.ids).toHaveLength(8);
    expect(encode(model, 'abcdefgh').truncated).toBe(false);
  });

  it('maps unknown characters to the unknown token but keeps their text', () => {
    const e = encode(model, 'aZ😀');
    expect(e.ids).toEqual([3, 0, 0]);
    expect(e.tokens).toEqual(['a', 'Z', '😀']);
    expect(decode(model, e.ids)).toBe('a\uFFFD\uFFFD');
  });

  it('tries look-alikes before giving up (full-width period, newline → space)', () => {
    expect(encode(model, 'a。\nb').ids).toEqual([3, 2, 1, 4]);
  });

  it('handles empty text', () => {
    expect(encode(model, '')).toEqual({ ids: [], tokens: [], truncated: false });
  });
});
