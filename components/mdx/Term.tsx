/**
 * A glossary term in running text: links to its glossary entry and shows the definition
 * on hover and keyboard focus (pure CSS, no JavaScript), exposed to screen readers as
 * the link's description.
 */
import { useId, type ReactNode } from 'react';
import type { GlossaryEntry } from '@/lib/content/glossary';
import type { Locale } from '@/lib/i18n/locales';

interface TermProps {
  /** Glossary id of the term. */
  id: string;
  children: ReactNode;
  locale: Locale;
  entry: GlossaryEntry;
}

export function Term({ id, children, locale, entry }: TermProps) {
  const tipId = useId();
  const text = entry[locale];
  return (
    <span className="term">
      <a href={`/${locale}/glossary/#${id}`} aria-describedby={tipId} className="term-link">
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip">
        <strong>{text.term}</strong> {text.definition}
      </span>
    </span>
  );
}
