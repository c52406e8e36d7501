'use client';
/**
 * The text so far: the prompt as the reader typed it, then one button per
 * generated token and a "?" button for the token to come. Choosing a button
 * shows the distribution that token was drawn from; arrow keys, Home and End
 * move between the buttons (one tab stop for the whole row).
 */
import { useId, useRef, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { nextIndex } from '@/lib/widgets/keys';
import { visibleToken } from '@/lib/widgets/tokenText';
import { tokenName } from '@/components/widget/attention/strings';
import { playgroundStrings } from './strings';

interface GeneratedTokensProps {
  locale: Locale;
  prompt: string;
  /** Generated token strings, in order. */
  tokens: string[];
  /** Index of the chosen token; tokens.length means the upcoming one. */
  selected: number;
  /** The continuation is being recomputed for new settings (the old one is shown meanwhile). */
  pending?: boolean;
  onSelect: (index: number) => void;
}

export function GeneratedTokens({ locale, prompt, tokens, selected, pending = false, onSelect }: GeneratedTokensProps) {
  const t = playgroundStrings[locale];
  const group = useRef<HTMLDivElement>(null);
  const id = useId();
  const count = tokens.length + 1;
  const onKey = (event: KeyboardEvent) => {
    const next = nextIndex(selected, event.key, count);
    if (next === null) return;
    event.preventDefault();
    onSelect(next);
    group.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  return (
    <div className="ntp-text">
      <p className="ntp-text-label" id={`${id}-label`}>
        {t.text}
      </p>
      <div ref={group} className="ntp-tokens" data-pending={pending || undefined} aria-busy={pending} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`} onKeyDown={onKey}>
        <span className="ntp-prompt">{prompt}</span>
        {tokens.map((token, i) => (
          <button
            key={i}
            type="button"
            className="ntp-chip"
            data-space={token === ' ' || undefined}
            aria-pressed={selected === i}
            aria-label={t.generatedToken(tokenName(token, locale), i + 1)}
            tabIndex={selected === i ? 0 : -1}
            onClick={() => onSelect(i)}
          >
            {visibleToken(token)}
          </button>
        ))}
        <button
          type="button"
          className="ntp-chip ntp-chip-next"
          aria-pressed={selected === tokens.length}
          aria-label={t.upcomingName}
          tabIndex={selected === tokens.length ? 0 : -1}
          onClick={() => onSelect(tokens.length)}
        >
          {t.upcoming}
        </button>
      </div>
      <p id={`${id}-hint`} className="ntp-hint">
        {t.tokensHint}
      </p>
    </div>
  );
}
