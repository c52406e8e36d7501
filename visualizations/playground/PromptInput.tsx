'use client';
/** The prompt box and a few prompts to try; every keystroke goes to the playground at once. */
import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { playgroundStrings } from './strings';

interface PromptInputProps {
  locale: Locale;
  value: string;
  samples: string[];
  onChange: (text: string) => void;
}

export function PromptInput({ locale, value, samples, onChange }: PromptInputProps) {
  const t = playgroundStrings[locale];
  const id = useId();
  return (
    <div className="ntp-input">
      <label htmlFor={id} className="ntp-input-label">
        {t.prompt}
      </label>
      <textarea id={id} rows={2} value={value} spellCheck={false} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      <div className="ntp-samples" role="group" aria-label={t.tryPrompt}>
        <span className="ntp-hint" aria-hidden="true">
          {t.tryPrompt}:
        </span>
        {samples.map((sample) => (
          <button key={sample} type="button" className="widget-button" aria-pressed={value === sample} onClick={() => onChange(sample)}>
            {sample.trim()}…
          </button>
        ))}
      </div>
    </div>
  );
}
