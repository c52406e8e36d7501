import { describe, expect, it } from 'vitest';
import { compactCount, fixed, scientific } from '@/lib/widgets/format';

describe('fixed', () => {
  it('uses a real minus sign and never shows −0', () => {
    expect(fixed(-0.12345)).toBe('−0.123');
    expect(fixed(-0.0001)).toBe('0.000');
    expect(fixed(0.5, 2)).toBe('0.50');
    expect(fixed(-Infinity)).toBe('−∞');
  });
});

describe('scientific', () => {
  it('writes 6 × 175e9 × 300e9 = 3.15e23 with superscripts', () => {
    expect(scientific(6 * 175e9 * 300e9)).toBe('3.15 × 10²³');
    expect(scientific(0.00042, 2)).toBe('4.2 × 10⁻⁴');
  });
  it('carries a mantissa that rounds up to 10', () => {
    expect(scientific(9.996e5, 3)).toBe('1 × 10⁶');
  });
});

describe('compactCount', () => {
  it('175 billion in English and 1750 亿 in Chinese', () => {
    expect(compactCount(175e9, 'en')).toBe('175 billion');
    expect(compactCount(175e9, 'zh')).toBe('1750 亿');
    expect(compactCount(530e9, 'zh')).toBe('5300 亿');
    expect(compactCount(1.4e12, 'en')).toBe('1.4 trillion');
    expect(compactCount(65e6, 'zh')).toBe('6500 万');
  });
});
