/**
 * The everyday prose written for the project is training text: no probe may be found in it,
 * and no held-out story may share a passage with it, or the checks would measure recall.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBpe, bpeEncode, vocabularyOf } from '@/lib/model/bpe';
import { createRng } from '@/lib/model/rng';
import { everydayProse } from '@/scripts/train/corpus/sources';
import { chineseNameProbes, englishAgreementProbes, englishNameProbes } from '@/scripts/train/corpus/structures';
import { structureIds, type Corpus } from '@/scripts/train/data';

const SPAN = 10;
const spansOf = (text: string, size: number) => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return new Set(words.slice(0, words.length - size + 1).map((_, i) => words.slice(i, i + size).join(' ')));
};

describe.each(['en', 'zh'] as const)('everyday prose (%s)', (locale) => {
  const prose = everydayProse(locale);
  const text = prose.join('\n').toLowerCase();

  it('has hundreds of paragraphs, one per line', () => {
    expect(prose.length).toBeGreaterThan(400);
    for (const p of prose) expect(p.length, p).toBeGreaterThan(40);
  });

  it('holds no probe prompt', () => {
    const r = createRng(77);
    const prompts = locale === 'en' ? [...englishAgreementProbes(r, 2000), ...englishNameProbes(r, 600)].map((p) => p.prompt) : chineseNameProbes(r, 600).map((p) => p.prompt);
    expect(prompts.filter((p) => text.includes(p.toLowerCase()))).toEqual([]);
  });

  it(`shares no ${SPAN}-word passage with a held-out story`, () => {
    // (Chinese is not written in words: there a "word" is a run of characters, and a span of ten is long)
    const own = spansOf(text, SPAN);
    const dir = join(process.cwd(), 'data', 'heldout');
    for (const file of readdirSync(dir).filter((f) => f.startsWith(locale))) {
      const shared = [...spansOf(readFileSync(join(dir, file), 'utf8'), SPAN)].filter((s) => own.has(s));
      expect(shared, file).toEqual([]);
    }
  });
});

describe('structure sentences with everyday prose', () => {
  const chars = [...new Set(everydayProse('en').join('\n'))].sort();
  const bpe = buildBpe(vocabularyOf(chars, [], true), [], true);
  const corpus = { locale: 'en', bpe } as Corpus;

  it('shuffles in the prose’s training paragraphs as many times as asked', () => {
    const plain = structureIds(corpus, 20_000, 3, 'everyPreposition');
    const withProse = structureIds(corpus, 20_000, 3, 'everyPreposition', 2);
    const proseTokens = everydayProse('en').reduce((sum, p) => sum + bpeEncode(bpe, p).length + 1, 0);
    // every 25th paragraph is kept out, so two copies add a little under twice the prose
    expect(withProse.length - plain.length).toBeGreaterThan(2 * 0.9 * proseTokens);
    expect(withProse.length - plain.length).toBeLessThan(2 * proseTokens);
  });
});
