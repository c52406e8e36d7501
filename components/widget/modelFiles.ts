/**
 * Where the site serves each language's model files (public/models/<locale>/): the one
 * place that spells the folder, for the widgets that fetch from it and for their
 * declarations, which list what they fetch (the page-weight report reads those lists).
 */
import { locales, type Locale } from '@/lib/i18n/locales';

/** The folder of a language's model files, e.g. '/models/en'. */
export const modelBase = (locale: Locale): string => `/models/${locale}`;

/** The given files of every language's model folder, as a widget declaration's `assets`. */
export function modelFiles(...files: string[]): Record<Locale, string[]> {
  return Object.fromEntries(locales.map((locale) => [locale, files.map((file) => `${modelBase(locale)}/${file}`)])) as Record<Locale, string[]>;
}
