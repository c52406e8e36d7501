'use client';
/**
 * Where the "your own text" task gets its text: this chapter's own words (read
 * from the page) or text the reader pastes.
 */
import type { Locale } from '@/lib/i18n/locales';
import { trainingStrings } from './strings';

export type TextChoice = 'chapter' | 'paste';

/** The chapter's prose as the reader sees it (no widget or figure text). */
export function chapterText(): string {
  const article = document.querySelector('article[data-chapter]');
  if (!article) return '';
  const parts = Array.from(article.querySelectorAll('p, li')).filter((el) => !el.closest('[data-widget], figure, .quiz, nav'));
  return parts
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

interface Props {
  locale: Locale;
  choice: TextChoice;
  text: string;
  disabled: boolean;
  problem: string | null;
  onChoice: (c: TextChoice) => void;
  onText: (text: string) => void;
}

export function TextSource({ locale, choice, text, disabled, problem, onChoice, onText }: Props) {
  const t = trainingStrings[locale];
  return (
    <fieldset className="tr-text" disabled={disabled}>
      <legend>{t.textSource}</legend>
      <label>
        <input type="radio" name="tr-text" checked={choice === 'chapter'} onChange={() => onChoice('chapter')} /> {t.chapterText}
      </label>
      <label>
        <input type="radio" name="tr-text" checked={choice === 'paste'} onChange={() => onChoice('paste')} /> {t.pasteText}
      </label>
      {choice === 'paste' && (
        <label className="tr-paste">
          {t.pasteLabel}
          <textarea rows={4} value={text} maxLength={200_000} onChange={(e) => onText(e.target.value)} aria-invalid={problem ? true : undefined} />
        </label>
      )}
      {problem && (
        <p className="tr-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
