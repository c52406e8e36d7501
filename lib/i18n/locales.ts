/**
 * The site's languages. URLs use the short code (`/en/`, `/zh/`); `<html lang>` and
 * hreflang use the BCP 47 tag (Simplified Chinese is `zh-Hans`).
 */
export const locales = ['en', 'zh'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** BCP 47 language tag for `<html lang>` and `hreflang`. */
export const languageTag: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

/** Each language's own name for itself, for the language switch. */
export const languageName: Record<Locale, string> = { en: 'English', zh: '中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language, for the switch and hreflang alternates. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}
