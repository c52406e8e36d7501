/**
 * Number formatting for widgets, per language: fixed decimals for weights, compact
 * magnitudes for counts (175 billion / 1750 亿), and scientific notation on request.
 */
import type { Locale } from '../i18n/locales';

/** A weight or activation with a fixed number of decimals, with a real minus sign. */
export function fixed(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'NaN';
  const text = value.toFixed(digits);
  return text.startsWith('-') ? (/^-0\.?0*$/.test(text) ? text.slice(1) : `−${text.slice(1)}`) : text;
}

/** Scientific notation as mantissa × 10^exponent, e.g. 3.15 × 10²³. */
export function scientific(value: number, digits = 3): string {
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = value / 10 ** exponent;
  let exp = exponent;
  if (Math.abs(Number(mantissa.toPrecision(digits))) >= 10) {
    mantissa /= 10;
    exp += 1;
  }
  const superscript = String(exp).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]);
  return `${Number(mantissa.toPrecision(digits))} × 10${superscript}`;
}

const EN_UNITS: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];
const ZH_UNITS: [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];

/** A large count in words: 175 billion in English, 1750 亿 in Chinese (a space before the unit, as in the chapters' prose). */
export function compactCount(value: number, locale: Locale, digits = 3): string {
  const units = locale === 'zh' ? ZH_UNITS : EN_UNITS;
  for (const [size, name] of units) {
    if (Math.abs(value) >= size) {
      const scaled = Number((value / size).toPrecision(digits));
      const number = scaled.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2, useGrouping: locale !== 'zh' });
      return `${number} ${name}`;
    }
  }
  return value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
}

/** Share of probability written for people: 31%, 4.2%, 0.35%, <0.01%. */
export function percent(p: number): string {
  if (p <= 0) return '0%';
  if (p < 0.0001) return '<0.01%';
  const v = p * 100;
  const digits = v >= 10 ? 0 : v >= 1 ? 1 : 2;
  return `${v.toFixed(digits)}%`;
}
