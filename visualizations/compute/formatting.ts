/**
 * How the calculator writes its numbers in each language: counts in words
 * (175 billion / 1750 亿) or in scientific notation, durations in a readable
 * unit, and money. Built on lib/widgets/format.ts.
 */
import { compactCount, scientific } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { durationParts } from './math';
import type { ComputeStrings } from './strings';

export type Notation = 'words' | 'sci';

const tag = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-US');

/** Beyond a thousand trillion (a thousand 万亿), words stop helping: such counts are always written as mantissa × 10ⁿ. */
const WORDS_LIMIT = 1e15;

/** A count as words or as mantissa × 10ⁿ. */
export function count(value: number, locale: Locale, notation: Notation): string {
  if ((notation === 'sci' && Math.abs(value) >= 1e4) || Math.abs(value) >= WORDS_LIMIT) return scientific(value, 3);
  return compactCount(value, locale);
}

/** A plain number with up to `digits` significant digits, grouped per language (mantissa × 10ⁿ below 0.001). */
export function plain(value: number, locale: Locale, digits = 3): string {
  if (value !== 0 && Math.abs(value) < 1e-3) return scientific(value, digits);
  return Number(value.toPrecision(digits)).toLocaleString(tag(locale), { maximumFractionDigits: 6 });
}

/** A duration such as "28.5 days" / "28.5 天". */
export function duration(seconds: number, locale: Locale, t: ComputeStrings): string {
  const { value, unit } = durationParts(seconds);
  return `${plain(value, locale)} ${t.units[unit]}`;
}

/** An amount of US dollars in words or scientific notation; tiny amounts as "< 0.01", or exactly (× 10ⁿ) with `exact`. */
export function money(value: number, locale: Locale, notation: Notation, t: ComputeStrings, exact = false): string {
  if (value > 0 && value < 0.01) return t.usd(exact ? scientific(value, 3) : '< 0.01');
  if (value < 1000) return t.usd(plain(value, locale));
  return t.usd(count(value, locale, notation));
}
