/** The two fixed parts of every chapter: what the reader will learn, and the summary. */
import type { ReactNode } from 'react';
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';

interface SectionProps {
  children: ReactNode;
  locale: Locale;
}

export function WhatYouWillLearn({ children, locale }: SectionProps) {
  return (
    <section className="learn-goals" aria-labelledby="learn-goals">
      <h2 id="learn-goals" className="learn-goals-title">
        {strings[locale].whatYouWillLearn}
      </h2>
      {children}
    </section>
  );
}

export function Summary({ children, locale }: SectionProps) {
  return (
    <section className="chapter-summary" aria-labelledby="chapter-summary">
      <h2 id="chapter-summary">{strings[locale].summary}</h2>
      {children}
    </section>
  );
}
