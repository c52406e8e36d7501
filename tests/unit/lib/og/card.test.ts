/** Open Graph card text layout: wrapping by estimated width, Chinese broken between characters, and the title size chosen to fit. */
import { describe, expect, it } from 'vitest';
import { cardSvg, fitTitle, textWidth, wrap } from '@/lib/og/card';

describe('wrap', () => {
  it('breaks English between words and Chinese between characters', () => {
    expect(wrap('Training and customising a language model', 9)).toEqual(['Training and', 'customising a', 'language model']);
    expect(wrap('训练与定制语言模型', 7)).toEqual(['训练与定制语言', '模型']);
  });

  it('keeps closing punctuation with the character before it', () => {
    expect(wrap('甲乙，丙丁', 2.5)).toEqual(['甲', '乙，', '丙丁']);
  });
});

describe('fitTitle', () => {
  it('uses the largest size at which the title fits', () => {
    expect(fitTitle('Self-attention', 650).size).toBe(84);
    expect(textWidth('注意力')).toBe(3);
  });
});

describe('cardSvg', () => {
  it('escapes text and names its size and language', () => {
    const svg = cardSvg({ siteName: 'A & B', kicker: 'Chapter 1 of 2', title: 'x < y', slug: 's', lang: 'en' });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('x &lt; y');
    expect(svg).toContain('xml:lang="en"');
  });
});
