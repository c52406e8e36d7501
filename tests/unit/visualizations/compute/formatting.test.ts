/** How the calculator writes numbers in each language (values worked out by hand). */
import { describe, expect, it } from 'vitest';
import { count, duration, money, plain } from '@/visualizations/compute/formatting';
import { computeStrings } from '@/visualizations/compute/strings';

const en = computeStrings.en;
const zh = computeStrings.zh;

describe('compute formatting', () => {
  it('writes counts in words per language, or as × 10ⁿ on request and beyond a thousand trillion', () => {
    expect(count(175e9, 'en', 'words')).toBe('175 billion');
    expect(count(175e9, 'zh', 'words')).toBe('1750 亿');
    expect(count(175e9, 'en', 'sci')).toBe('1.75 × 10¹¹');
    expect(count(3.15e23, 'zh', 'words')).toBe('3.15 × 10²³');
  });
  it('writes money, with tiny amounts as “< 0.01” or exactly', () => {
    // 1024 GPUs × 684.69 h × 2 USD = 1,402,243 USD ≈ 140 万 / 1.4 million.
    expect(money(1_402_243, 'en', 'words', en)).toBe('1.4 million US dollars');
    expect(money(1_402_243, 'zh', 'words', zh)).toBe('140 万美元');
    expect(money(0.001, 'en', 'words', en)).toBe('< 0.01 US dollars');
    expect(money(0.001, 'en', 'words', en, true)).toBe('1 × 10⁻³ US dollars');
    expect(money(12.5, 'en', 'words', en)).toBe('12.5 US dollars');
    expect(money(12.5, 'zh', 'words', zh)).toBe('12.5 美元');
  });
  it('writes durations in a readable unit and small numbers as × 10ⁿ', () => {
    expect(duration(2_464_881, 'en', en)).toBe('28.5 days');
    expect(duration(2_464_881, 'zh', zh)).toBe('28.5 天');
    expect(duration(3.14e-6, 'en', en)).toBe('3.14 microseconds');
    expect(plain(8.7e-10, 'en')).toBe('8.7 × 10⁻¹⁰');
    expect(plain(1024, 'en', 12)).toBe('1,024');
  });
});
