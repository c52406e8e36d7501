/**
 * The natural text the tiny models read besides the generated sentences, all
 * license-clean and recorded in data/README.md:
 * - English: the 47 000 example sentences of WordNet 3.0 (Princeton University,
 *   WordNet 3.0 license: use, copy and distribute with its notice, which sits in
 *   data/corpus/WORDNET-LICENSE), extracted by scripts/train/corpus/extract-wordnet.sh;
 * - Chinese: the 12 000 most frequent words of jieba's dictionary (MIT), used as the
 *   lexicon of ./zh-broad.ts, and everyday prose written for the project;
 * - both: the prose of this site's own chapters, with markup, math and code removed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../data';

const DATA = join(process.cwd(), 'data', 'corpus');

/**
 * Everyday prose written for this project (MIT), one paragraph per line, or nothing for a
 * language that has none: short scenes of home, school, work, shops, travel and weather,
 * so the model meets natural sentences and not only generated ones.
 */
export function everydayProse(locale: Locale): string[] {
  const file = join(DATA, `${locale}-everyday.txt`);
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

/** WordNet's example sentences, one per line. */
export function wordnetExamples(): string[] {
  return readFileSync(join(DATA, 'en-wordnet-examples.txt'), 'utf8').split('\n').filter(Boolean);
}

export interface ZhWord {
  word: string;
  freq: number;
  /** jieba's part-of-speech tag: n noun, v verb, a adjective, d adverb, ns place, nr person, t time, … */
  pos: string;
}

/** jieba's most frequent words, most frequent first. */
export function zhCommonWords(): ZhWord[] {
  return readFileSync(join(DATA, 'zh-jieba-common.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [word, freq, pos] = line.split('\t');
      return { word, freq: Number(freq), pos };
    });
}

/** Reading text of one chapter's MDX: paragraphs of prose without markup, math, code or tags. */
export function proseOfMdx(source: string): string[] {
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  return body
    .replace(/```[\s\S]*?```/g, '\n')
    .replace(/\$\$[\s\S]*?\$\$/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^import .*$/gm, '')
        .replace(/<[A-Z][^>]*\/>/g, '')
        .replace(/<\/?[A-Za-z][^>]*>/g, '')
        .replace(/\$([^$\n]*)\$/g, (_, math: string) =>
          math
            .replace(/\\[a-zA-Z]+|[{}^_\\]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\{#[^}]*\}/g, '')
        .replace(/^\s*(#+|[-*]|\d+\.|>|\|)\s*/gm, '')
        .replace(/[*_`|]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length >= 40 && !/[{}=]/.test(p));
}

/** Every chapter of a language as prose paragraphs. */
export function chapterProse(locale: Locale): string[] {
  const dir = join(process.cwd(), 'content', locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => proseOfMdx(readFileSync(join(dir, f), 'utf8')));
}
