/**
 * The KaTeX font cut: the characters kept are every character of the given texts plus
 * printable ASCII, each once; a cut font's new name keeps its face and format and takes
 * the new hash, so stylesheets can point at it and no cache can confuse it with the old.
 */
import { describe, expect, it } from 'vitest';
import { fontCharacters, renamedFont } from '@/scripts/build/katex-fonts';

describe('fontCharacters', () => {
  it('holds printable ASCII and every character of the texts, once each', () => {
    const chars = fontCharacters(['ℝ √d_k', 'softmax(QKᵀ)', '注意力 ℝ']);
    for (let c = 0x20; c < 0x7f; c++) expect(chars).toContain(String.fromCharCode(c));
    for (const ch of ['ℝ', '√', 'ᵀ', '注', '意', '力']) expect(chars).toContain(ch);
    expect(new Set(chars).size).toBe(Array.from(chars).length);
    // 95 printable ASCII characters, plus ℝ √ ᵀ 注 意 力
    expect(Array.from(chars)).toHaveLength(95 + 6);
  });

  it('counts a character outside the Basic Multilingual Plane as one character', () => {
    expect(Array.from(fontCharacters(['𝔼'])).filter((c) => c === '𝔼')).toHaveLength(1);
  });
});

describe('renamedFont', () => {
  it('replaces the hash and keeps face and format', () => {
    expect(renamedFont('KaTeX_AMS-Regular.25ieegmnh38ts.woff2', 'f004768e7061')).toBe('KaTeX_AMS-Regular.f004768e7061.woff2');
    expect(renamedFont('KaTeX_Size1-Regular.03lhvx36ekcou.woff2', 'abc')).toBe('KaTeX_Size1-Regular.abc.woff2');
  });

  it('refuses a name it does not recognise rather than guessing', () => {
    expect(() => renamedFont('Inter.woff2', 'abc')).toThrow(/unexpected font name/);
    expect(() => renamedFont('KaTeX_Main-Regular.1ryvsdzh2w1_e.woff', 'abc')).toThrow(/unexpected font name/);
  });
});
