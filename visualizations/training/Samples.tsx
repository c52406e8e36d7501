'use client';
/** The text the model wrote at the last few sample points (text tasks), newest last. */
import type { Locale } from '@/lib/i18n/locales';
import { trainingStrings } from './strings';

export function Samples({ locale, samples, labels }: { locale: Locale; samples: { step: number; text: string }[]; labels?: (step: number) => string }) {
  const t = trainingStrings[locale];
  if (!samples.length) return null;
  return (
    <section className="tr-samples" aria-label={t.samples}>
      <h4>{t.samples}</h4>
      <ul>
        {samples.map((s) => (
          <li key={s.step}>
            <span className="tr-sample-step">{labels ? labels(s.step) : t.sampleAt(s.step)}</span>
            <span className="tr-sample">{s.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
