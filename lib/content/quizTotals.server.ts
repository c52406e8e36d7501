/** Number of self-checks in each chapter of a language, for the sidebar's "2/4" progress. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countQuizzes } from '../progress/progress';
import type { Locale } from '../i18n/locales';
import { CONTENT_DIR, chapterSlugs } from './chapters.server';

const cache = new Map<Locale, Record<string, number>>();

export function quizTotals(locale: Locale): Record<string, number> {
  let totals = cache.get(locale);
  if (!totals) {
    totals = Object.fromEntries(
      chapterSlugs(locale).map((slug) => [slug, countQuizzes(readFileSync(path.join(CONTENT_DIR, locale, `${slug}.mdx`), 'utf8'))]),
    );
    cache.set(locale, totals);
  }
  return totals;
}
