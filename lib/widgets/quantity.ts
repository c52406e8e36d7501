/**
 * Numbers typed by readers into widget fields: large counts written as
 * "175B", "1.75e11" or "1750亿" are read back to numbers, and a value is
 * written as a short exact draft in the reader's language ("175B" / "1750亿")
 * for a field to start from.
 */
import type { Locale } from '../i18n/locales';

const SUFFIXES: [RegExp, number][] = [
  [/^万亿$/, 1e12],
  [/^亿$/, 1e8],
  [/^万$/, 1e4],
  [/^(t|trillion)$/i, 1e12],
  [/^(b|bn|billion)$/i, 1e9],
  [/^(m|million)$/i, 1e6],
  [/^(k|thousand)$/i, 1e3],
];

/**
 * Reads a count typed by a reader: "175000000000", "175,000,000,000",
 * "1.75e11", "175B", "175 billion", "1750亿", "1.4T". Returns undefined for
 * anything else, or for a value that is not a finite positive number.
 */
export function parseQuantity(text: string): number | undefined {
  const match = /^\s*([0-9][0-9,_]*(?:\.[0-9]*)?|\.[0-9]+)(?:\s*[eE]\s*([+-]?[0-9]+))?\s*([^\s0-9.,]*)\s*$/.exec(text);
  if (!match) return undefined;
  const [, digits, exponent, suffix] = match;
  if (/,/.test(digits) && !/^[0-9]{1,3}(,[0-9]{3})*(\.[0-9]*)?$/.test(digits)) return undefined;
  let value = Number(`${digits.replace(/[,_]/g, '')}${exponent === undefined ? '' : `e${exponent}`}`);
  if (suffix) {
    const unit = SUFFIXES.find(([pattern]) => pattern.test(suffix));
    if (!unit || exponent !== undefined) return undefined;
    value *= unit[1];
  }
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

const DRAFT_UNITS: Record<Locale, [number, string][]> = {
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
  zh: [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ],
};

/** The text a field starts from for `value`: short and exact ("175B", "1750亿"), else the plain number. */
export function draftFor(value: number, locale: Locale): string {
  for (const [size, suffix] of DRAFT_UNITS[locale]) {
    if (value >= size) {
      const text = `${Number((value / size).toPrecision(12))}${suffix}`;
      if (parseQuantity(text) === value) return text;
    }
  }
  return String(value);
}
