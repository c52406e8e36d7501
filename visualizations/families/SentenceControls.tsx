'use client';
/** Choosing the sentence: a sample translation pair, or the reader's own sentence and translation typed in. */
import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { SAMPLE_PAIRS } from './samples';
import type { FamiliesStrings } from './strings';

interface SentenceControlsProps {
  t: FamiliesStrings;
  locale: Locale;
  sentence: string;
  target: string;
  maxLength: number;
  onChange: (patch: { sentence?: string; target?: string }) => void;
}

export function SentenceControls({ t, locale, sentence, target, maxLength, onChange }: SentenceControlsProps) {
  const id = useId();
  const pairs = SAMPLE_PAIRS[locale];
  const current = pairs.findIndex((p) => p.source === sentence && p.target === target);
  return (
    <div className="fam-controls">
      <span className="fam-control">
        <label htmlFor={`${id}-sample`}>{t.sample}</label>
        <select
          id={`${id}-sample`}
          value={current}
          onChange={(e) => {
            const pair = pairs[Number(e.currentTarget.value)];
            if (pair) onChange({ sentence: pair.source, target: pair.target });
          }}
        >
          {current < 0 && <option value={-1}>{t.custom}</option>}
          {pairs.map((p, i) => (
            <option key={p.source} value={i}>
              {p.source}
            </option>
          ))}
        </select>
      </span>
      <span className="fam-control fam-wide">
        <label htmlFor={`${id}-sentence`}>{t.sentence}</label>
        <input id={`${id}-sentence`} type="text" value={sentence} maxLength={maxLength} onChange={(e) => onChange({ sentence: e.currentTarget.value })} />
      </span>
      <span className="fam-control fam-wide">
        <label htmlFor={`${id}-target`}>{t.target}</label>
        <input id={`${id}-target`} type="text" value={target} maxLength={maxLength} onChange={(e) => onChange({ target: e.currentTarget.value })} />
      </span>
    </div>
  );
}
