import { describe, expect, it } from 'vitest';
import { draftFor, parseQuantity } from '@/lib/widgets/quantity';

describe('parseQuantity', () => {
  it('reads plain, grouped, exponent and word forms', () => {
    expect(parseQuantity('175000000000')).toBe(175e9);
    expect(parseQuantity('175,000,000,000')).toBe(175e9);
    expect(parseQuantity('1.75e11')).toBe(175e9);
    expect(parseQuantity('175B')).toBe(175e9);
    expect(parseQuantity('175 billion')).toBe(175e9);
    expect(parseQuantity('1.4T')).toBe(1.4e12);
    expect(parseQuantity('1750亿')).toBe(175e9);
    expect(parseQuantity('1.4万亿')).toBe(1.4e12);
    expect(parseQuantity('65M')).toBe(65e6);
  });
  it('refuses nonsense, zero, negatives and mixed forms', () => {
    for (const bad of ['', 'abc', '-5', '0', '1e5B', '12,34', '5 zillion', '1..2']) expect(parseQuantity(bad)).toBeUndefined();
  });
});

describe('draftFor', () => {
  it('writes short exact drafts in each language and plain digits otherwise', () => {
    expect(draftFor(175e9, 'en')).toBe('175B');
    expect(draftFor(175e9, 'zh')).toBe('1750亿');
    expect(draftFor(1.4e12, 'en')).toBe('1.4T');
    expect(draftFor(2_048_000, 'en')).toBe('2.048M');
    expect(draftFor(1024, 'zh')).toBe('1024');
    expect(draftFor(40, 'en')).toBe('40');
  });
  it('reads back to the same value', () => {
    for (const v of [124_439_808, 530e9, 2.7e11, 65.2e9, 99_999]) {
      for (const l of ['en', 'zh'] as const) expect(parseQuantity(draftFor(v, l))).toBe(v);
    }
  });
});
