/**
 * The tokenizer playground's maths. Token ids and counts are checked against
 * values obtained independently of the widget: the chapter's table, a one-off
 * script over gpt-tokenizer, and by hand from the BPE rank files
 * (node_modules/gpt-tokenizer/data/*.tiktoken, base64 bytes → rank) with a
 * separate Python rank-merge: for 习 = E4 B9 A0 in cl100k_base, the pair E4 B9
 * has rank 18259 and neither B9 A0 nor E4 B9 A0 is in the table, so the
 * character becomes [E4 B9] (18259) + [A0] (byte token 254); o200k_base has
 * E4 B9 A0 as token 28760.
 */
import { describe, expect, it } from 'vitest';
import { buildBpe, byteTokenText } from '@/lib/model/bpe';
import type { TinyModel } from '@/lib/model/types';
import { alignTokens, charsPerToken, compareGeometry, hex, splitCharacters, tinyTokens } from '@/visualizations/tokenizer/math';
import { loadVocabulary } from '@/visualizations/tokenizer/vocabularies';

const EN = 'Large language models learn from text.';
const ZH = '大型语言模型从文本中学习。';

describe('token counts and ids from the real tables', () => {
  it('r50k_base (GPT-2): 7 tokens for the English sentence, 27 for the Chinese one (the chapter’s table)', async () => {
    const v = await loadVocabulary('r50k_base');
    // Ranks in r50k_base.tiktoken: "Large" 21968, " language" 3303, " models" 4981, " learn" 2193, " from" 422, " text" 2420, "." 13.
    expect(v.encode(EN)).toEqual([21968, 3303, 4981, 2193, 422, 2420, 13]);
    const zh = v.encode(ZH);
    expect(zh).toHaveLength(27);
    // 大 is one token (32014); 型 = E5 9E 8B has no merged pair in the table, so three byte tokens, E5 being 161.
    expect(zh.slice(0, 2)).toEqual([32014, 161]);
    // The chapter's quiz: 大型语言模型 is 15 tokens under GPT-2.
    expect(v.encode('大型语言模型')).toHaveLength(15);
  });
  it('cl100k_base: 7 tokens for the English sentence, 14 for the Chinese one (the chapter’s table)', async () => {
    const v = await loadVocabulary('cl100k_base');
    // Ranks of "Large", " language", " models", " learn", " from", " text", "." in cl100k_base.tiktoken.
    expect(v.encode(EN)).toEqual([35353, 4221, 4211, 4048, 505, 1495, 13]);
    const zh = v.encode(ZH);
    expect(zh).toHaveLength(14);
    // 大 27384, 型 25287, 语 73981 are whole-character tokens; 习 is [E4 B9] 18259 + [A0] 254; 。 is 1811.
    expect(zh.slice(0, 3)).toEqual([27384, 25287, 73981]);
    expect(zh.slice(-3)).toEqual([18259, 254, 1811]);
    expect(v.encode('🙂')).toEqual([9468, 19044]); // [F0 9F] + [99 82] by the rank merge
  });
  it('o200k_base: 7 and 8 tokens, with two-character words as single tokens', async () => {
    const v = await loadVocabulary('o200k_base');
    expect(v.encode(EN)).toEqual([42565, 6439, 7015, 4484, 591, 2201, 13]);
    const zh = v.encode(ZH);
    expect(zh).toHaveLength(8);
    // 大型 166791, 语言 108329, 模型 184232, …, 学习 64550, 。 788.
    expect(zh.slice(0, 3)).toEqual([166791, 108329, 184232]);
    expect(zh.slice(-2)).toEqual([64550, 788]);
  });
  it('reads special-token markers in the reader’s text as plain text', async () => {
    const v = await loadVocabulary('cl100k_base');
    expect(() => v.encode('<|endoftext|>')).not.toThrow();
    expect(v.encode('<|endoftext|>').length).toBeGreaterThan(1);
  });
  it('gives every token’s exact bytes', async () => {
    const v = await loadVocabulary('cl100k_base');
    expect(hex(Array.from(v.bytesOf(18259)))).toBe('E4 B9');
    expect(hex(Array.from(v.bytesOf(254)))).toBe('A0');
    expect(new TextDecoder().decode(v.bytesOf(35353))).toBe('Large');
  });
});

describe('alignTokens', () => {
  it('shows a character split across tokens as byte fragments, never as a broken glyph', () => {
    const views = alignTokens('学习。', [1, 18259, 254, 1811], [new Uint8Array([0xe5, 0xad, 0xa6]), new Uint8Array([0xe4, 0xb9]), new Uint8Array([0xa0]), new Uint8Array([0xe3, 0x80, 0x82])]);
    expect(views[0]).toEqual({ id: 1, pieces: [{ kind: 'text', text: '学' }], fragment: false });
    expect(views[1].pieces).toEqual([{ kind: 'bytes', bytes: [0xe4, 0xb9], char: '习', charBytes: [0xe4, 0xb9, 0xa0], offset: 0 }]);
    expect(views[2].pieces).toEqual([{ kind: 'bytes', bytes: [0xa0], char: '习', charBytes: [0xe4, 0xb9, 0xa0], offset: 2 }]);
    expect(views.map((v) => v.fragment)).toEqual([false, true, true, false]);
    expect(JSON.stringify(views)).not.toContain('\uFFFD');
    expect(splitCharacters(views)).toEqual([{ char: '习', bytes: [0xe4, 0xb9, 0xa0], tokens: 2 }]);
  });
  it('keeps whole characters and a trailing fragment in one token apart', () => {
    // "a" (61) + first byte of 习 in one token, then the other two bytes.
    const views = alignTokens('a习', [5, 6], [new Uint8Array([0x61, 0xe4]), new Uint8Array([0xb9, 0xa0])]);
    expect(views[0].pieces).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'bytes', bytes: [0xe4], char: '习', charBytes: [0xe4, 0xb9, 0xa0], offset: 0 },
    ]);
    expect(views[1].pieces[0]).toMatchObject({ kind: 'bytes', bytes: [0xb9, 0xa0], offset: 1 });
  });
  it('refuses tokens that do not spell the text', () => {
    expect(() => alignTokens('ab', [1], [new Uint8Array([0x61])])).toThrow();
  });
});

describe('tinyTokens and charsPerToken', () => {
  // bytes 0…255, then 'a' 256, 'b' 257, then the merge a+b → 'ab' 258
  const vocab = [...Array.from({ length: 256 }, (_, b) => byteTokenText(b)), 'a', 'b', 'ab'];
  const model = { bpe: buildBpe(vocab, [256, 257], true) } as unknown as TinyModel;
  it('merges what it knows and spells an unknown character as byte fragments', () => {
    const t = tinyTokens(model, 'aba习');
    expect(t.map((x) => x.id)).toEqual([258, 256, 0xe4, 0xb9, 0xa0]);
    expect(t.map((x) => x.fragment)).toEqual([false, false, true, true, true]);
  });
  it('38 characters in 7 tokens are 5.43 characters per token', () => {
    expect(charsPerToken(EN, 7)).toBeCloseTo(38 / 7, 10);
    expect(charsPerToken(ZH, 8)).toBeCloseTo(13 / 8, 10);
    expect(charsPerToken('', 0)).toBe(0);
  });
});

describe('compareGeometry', () => {
  it('scales the longest bar to the plot width and keeps unloaded counts empty', () => {
    // width 400, labels 100, 48 px for the numbers: plot 252 px; 27 tokens is the maximum.
    const g = compareGeometry(
      [
        { label: 'a', en: 7, zh: 27 },
        { label: 'b', en: 7, zh: null },
      ],
      400,
      100,
    );
    expect(g.plotWidth).toBe(252);
    expect(g.rows[0].bars[1].width).toBeCloseTo(252, 8);
    expect(g.rows[0].bars[0].width).toBeCloseTo((252 * 7) / 27, 8);
    expect(g.rows[1].bars[1]).toMatchObject({ count: null, width: 0 });
  });
});
