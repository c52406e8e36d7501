'use client';
/**
 * The sentence box and the sample sentences. The box is controlled: every
 * keystroke goes to the explorer, which updates the view as the reader types.
 * Each sample button names what its sentence shows.
 */
import { memo, useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { attentionViewStrings } from './strings';

/** What a sample button needs: its sentence and the question it asks. */
export interface SampleChoice {
  text: string;
  label: string;
}

interface SentenceInputProps<S extends SampleChoice> {
  locale: Locale;
  value: string;
  samples: readonly S[];
  onChange: (text: string) => void;
  onSample: (sample: S) => void;
}

function SentenceInputInner<S extends SampleChoice>({ locale, value, samples, onChange, onSample }: SentenceInputProps<S>) {
  const t = attentionViewStrings[locale];
  const id = useId();
  return (
    <div className="attn-input">
      <label htmlFor={id} className="attn-input-label">
        {t.sentence}
      </label>
      <textarea id={id} rows={2} value={value} spellCheck={false} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      <div className="attn-samples" role="group" aria-label={t.samples}>
        <span className="attn-samples-label" aria-hidden="true">
          {t.samplesPrompt}
        </span>
        {samples.map((sample) => (
          <button key={sample.text} type="button" className="widget-button" aria-pressed={value === sample.text} title={sample.text} onClick={() => onSample(sample)}>
            {sample.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Memoised (with stable handlers from the widget): an answer from the model re-renders the widget, not the box and its samples. */
export const SentenceInput = memo(SentenceInputInner) as typeof SentenceInputInner;
