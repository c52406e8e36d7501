'use client';
/**
 * The sentence as a row of token buttons. The chosen token is the query; every
 * other token shows how much weight the query (or the token under the pointer)
 * puts on it, as a tint and as a bar whose height is the weight, so the
 * information never rests on colour alone. One tab stop for the whole row
 * (roving tabindex); arrow keys, Home and End move, and focus chooses.
 */
import { memo, useId, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { weightOpacity } from './geometry';
import { nextIndex } from '@/lib/widgets/keys';
import { visibleToken } from './math';
import { attentionStrings, tokenName } from './strings';

interface TokenStripProps {
  locale: Locale;
  tokens: string[];
  /** The chosen query token. */
  selected: number;
  /** The token whose weights are shown (the selection, or the token being hovered). */
  active: number;
  /** Attention row of the active token over all tokens. */
  weights: number[] | null;
  onSelect: (index: number) => void;
  /** A pointer rests on a token (or left the row: null). */
  onPreview: (index: number | null) => void;
}

function TokenStripInner({ locale, tokens, selected, active, weights, onSelect, onPreview }: TokenStripProps) {
  const t = attentionStrings[locale];
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const hintId = useId();
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = nextIndex(index, event.key, tokens.length);
    if (next === null) return;
    event.preventDefault();
    buttons.current[next]?.focus();
    onSelect(next);
  };
  return (
    <div className="attn-strip-wrap">
      <p className="attn-hint" id={hintId}>
        {t.tokensHint}
      </p>
      <div className="attn-strip" role="group" aria-label={t.tokens} aria-describedby={hintId} onMouseLeave={() => onPreview(null)}>
        {tokens.map((token, i) => {
          const shown = visibleToken(token);
          const name = tokenName(token, locale);
          const w = weights?.[i] ?? 0;
          return (
            <button
              key={i}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              className="attn-token"
              data-index={i}
              data-active={i === active || undefined}
              aria-pressed={i === selected}
              aria-label={name === shown ? undefined : name}
              tabIndex={i === selected ? 0 : -1}
              style={{ '--w': w.toFixed(3), '--o': weightOpacity(w).toFixed(3) } as CSSProperties}
              onClick={() => onSelect(i)}
              onFocus={() => i !== selected && onSelect(i)}
              onKeyDown={(e) => onKeyDown(e, i)}
              onMouseEnter={() => onPreview(i)}
            >
              <span className="attn-token-text" aria-hidden={name === shown ? undefined : true}>
                {shown}
              </span>
              <span className="attn-token-bar" aria-hidden="true" />
            </button>
          );
        })}
      </div>
    </div>
  );
}

/** Memoised: typing re-renders the explorer before the deferred update; unchanged tokens skip that render. */
export const TokenStrip = memo(TokenStripInner);
