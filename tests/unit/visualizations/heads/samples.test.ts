/**
 * The head gallery's samples, on the shipped models: the labels it computes from the
 * weights name at least three distinct patterns in each language, and the "repeated
 * words" sample shows an induction head (the pattern the chapter asks readers to find there).
 */
import { describe, expect, it } from 'vitest';
import { forward } from '@/lib/model/forward';
import { classifyHeads } from '@/lib/model/headPatterns';
import { encode } from '@/lib/model/tokenizer';
import { readModel } from '@/scripts/model/eval';
import { gallerySamples } from '@/visualizations/heads/samples';

describe.each(['en', 'zh'] as const)('%s head gallery samples', (locale) => {
  const model = readModel(locale);
  const labelsOf = (text: string) => classifyHeads(forward(model, encode(model, text).ids)).map((h) => h.label);

  it('name at least three distinct patterns, computed from the weights', () => {
    const named = new Set(gallerySamples[locale].flatMap((s) => labelsOf(s.text)).filter((label) => label !== 'mixed'));
    expect(named.size).toBeGreaterThanOrEqual(3);
  });

  it('show an induction head on the repeated words', () => {
    const repeated = gallerySamples[locale][1];
    expect(labelsOf(repeated.text)).toContain('induction');
  });
});
