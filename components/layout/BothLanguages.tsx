/**
 * A page that speaks both languages at once (the language chooser, the 404 page): the
 * heading in both, then one column per language, each marked with its language so
 * screen readers and fonts switch with it. The order on screen follows the reader's
 * preference (`data-prefer` on `<html>`, set by a small inline script, see site.css).
 */
import type { ReactNode } from 'react';
import { languageTag, locales, type Locale } from '@/lib/i18n/locales';

interface BothLanguagesProps {
  className?: string;
  /** The heading, in each language. */
  title: Record<Locale, string>;
  /** One language's column. */
  column: (locale: Locale) => ReactNode;
  /** Rendered first inside `<main>` (an inline script). */
  before?: ReactNode;
}

export function BothLanguages({ className, title, column, before }: BothLanguagesProps) {
  return (
    <main id="main" className={className ? `chooser ${className}` : 'chooser'}>
      {before}
      <h1>
        <span lang={languageTag.en}>{title.en}</span>
        <span className="chooser-sep" aria-hidden="true">
          {' '}
          ·{' '}
        </span>
        <span lang={languageTag.zh}>{title.zh}</span>
      </h1>
      <ul className="chooser-list">
        {locales.map((locale) => (
          <li key={locale} className={`chooser-${locale}`} lang={languageTag[locale]}>
            {column(locale)}
          </li>
        ))}
      </ul>
    </main>
  );
}
