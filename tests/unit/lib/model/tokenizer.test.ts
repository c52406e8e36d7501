/**
 * Tests for lib/model/bpe and lib/model/tokenizer: chunking, merges applied in rank
 * order, byte fallback for anything outside the vocabulary, lossless round trips, and
 * the context cut. Merges of the toy vocabulary are worked out by hand in comments.
 */
import { describe, expect, it } from 'vitest';
import { applyMerges, buildBpe, bpeDecode, bpeEncode, chunkText, vocabularyOf } from '@/lib/model/bpe';
import { decode, encode } from '@/lib/model/tokenizer';
import type { TinyModel } from '@/lib/model/types';
import { learnBpe } from '@/scripts/train/bpe';

// bytes 0…255, then characters ' ' 256, 'a' 257, 'c' 258, 't' 259, then merges:
// r0: 'a'+'t' → 'at' 260, r1: ' '+'c' → ' c' 261, r2: ' c'+'at' → ' cat' 262
const chars = [' ', 'a', 'c', 't'];
const merges = [257, 259, 256, 258, 261, 260];
const vocab = vocabularyOf(chars, merges, true);
const bpe = buildBpe(vocab, merges, true);

describe('chunkText', () => {
  it('keeps a leading space with a word, splits digits, punctuation, contractions and Chinese runs', () => {
    expect(chunkText("The cat didn't sit, 42 times.")).toEqual(['The', ' cat', ' didn', "'t", ' sit', ',', ' 4', '2', ' times', '.']);
    expect(chunkText('我喜欢GPT模型。')).toEqual(['我喜欢', 'GPT', '模型', '。']);
    expect(chunkText('a  b')).toEqual(['a', ' ', ' b']);
  });
});

describe('byte-pair encoding with byte fallback', () => {
  it('builds the vocabulary from bytes, characters and merges', () => {
    expect(vocab.slice(256)).toEqual([' ', 'a', 'c', 't', 'at', ' c', ' cat']);
    expect(vocab[0x41]).toBe('<0x41>');
  });

  it('applies the lowest-ranked merge first', () => {
    // " cat" starts as [' ', c, a, t]: r0 (a t) → [' ', c, at]; r1 (' ' c) → [' c', at]; r2 → [' cat']
    expect(applyMerges(bpe, [256, 258, 257, 259])).toEqual([262]);
    expect(bpeEncode(bpe, ' cat cat')).toEqual([262, 262]);
    expect(bpeEncode(bpe, 'cat')).toEqual([258, 260]); // no leading space: 'c' + 'at'
  });

  it('spells characters outside the vocabulary as UTF-8 bytes, and decodes back exactly', () => {
    const ids = bpeEncode(bpe, ' cat 猫🙂');
    expect(ids.slice(0, 2)).toEqual([262, 256]);
    expect(ids.slice(2)).toEqual([0xe7, 0x8c, 0xab, 0xf0, 0x9f, 0x99, 0x82]);
    expect(bpeDecode(bpe, ids)).toBe(' cat 猫🙂');
    expect(bpeDecode(bpe, [0xe7])).toBe('\uFFFD'); // an incomplete character
  });

  it('refuses tables that contradict themselves', () => {
    expect(() => buildBpe([...vocab.slice(0, -1), ' dog'], merges, true)).toThrow(/merge 2 should make " cat"/);
    expect(() => buildBpe(['ab'], [], false)).toThrow(/should be one character/);
    expect(() =>
      buildBpe(
        vocab.map((t, i) => (i === 3 ? 'x' : t)),
        merges,
        true,
      ),
    ).toThrow(/token 3 should be <0x03>/);
  });
});

describe('learnBpe', () => {
  it('merges the most frequent pair first and is deterministic', () => {
    // chunks: "aab" ×3 (pairs aa, ab), "ab" ×2 (ab): counts ab 5, aa 3 → first merge a+b, then a+ab (3)
    const learned = learnBpe('aab aab aab ab ab'.replace(/ /g, '\n'), { vocabSize: 256 + 3 + 2, maxChars: 10, minCharCount: 1 });
    expect(learned.vocab.slice(256)).toEqual(['\n', 'a', 'b', 'ab', 'aab']);
    expect(learned.merges).toEqual([257, 258, 257, 259]);
    expect(learnBpe('aab aab aab ab ab', { vocabSize: 262, maxChars: 10, minCharCount: 1 })).toEqual(learnBpe('aab aab aab ab ab', { vocabSize: 262, maxChars: 10, minCharCount: 1 }));
  });

  it('gives whole words their tokens first, sharing prefixes, then learns merges on what they leave', () => {
    // characters: '\n' 256, 'a' 257, 'b' 258, 'c' 259; whole words "ba" and "bac": b+a → 'ba' 260, ba+c → 'bac' 261;
    // the text's chunks are then [ab]×3, [ab]×2, [bac] (one symbol): the one learned merge is a+b → 'ab' 262
    const learned = learnBpe('ab ab ab ab ab bac'.replace(/ /g, '\n'), { vocabSize: 256 + 4 + 3, maxChars: 10, minCharCount: 1, wholeWords: ['ba', 'bac'] });
    expect(learned.vocab.slice(256)).toEqual(['\n', 'a', 'b', 'c', 'ba', 'bac', 'ab']);
    expect(learned.merges).toEqual([258, 257, 260, 259, 257, 258]);
    // encoding applies the whole words' merges first: "bab" is ba + b, not b + ab
    const tok = buildBpe(learned.vocab, learned.merges, true);
    expect(bpeEncode(tok, 'bab').map((id) => learned.vocab[id])).toEqual(['ba', 'b']);
    expect(() => learnBpe('ab', { vocabSize: 270, maxChars: 10, minCharCount: 1, wholeWords: ['az'] })).toThrow('whole word "az" has the character "z", which has no token');
  });
});

describe('encode', () => {
  const model = { bpe, vocab, config: { contextLength: 3 } } as unknown as TinyModel;
  it('returns ids with their vocabulary texts and cuts at the context', () => {
    expect(encode(model, ' cat cat')).toEqual({ ids: [262, 262], tokens: [' cat', ' cat'], truncated: false });
    const long = encode(model, ' cat cat cat at');
    expect(long).toEqual({ ids: [262, 262, 262], tokens: [' cat', ' cat', ' cat'], truncated: true });
    // " at" has no ' a' merge: [' ', 'at']; the last three tokens are ' cat', ' ', 'at'
    expect(encode(model, ' cat cat cat at', { keep: 'end' }).tokens).toEqual([' cat', ' ', 'at']);
    expect(decode(model, encode(model, '').ids)).toBe('');
  });
});
