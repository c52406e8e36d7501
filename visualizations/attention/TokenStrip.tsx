'use client';
/**
 * The sentence as a row of token buttons. The chosen token is the query; every
 * other token shows how much weight the query (or the token under the pointer)
 * puts on it, as a tint and as a bar whose height is the weight, so the
 * information never rests on colour alone. One tab stop for the whole row
 * (roving tabindex); arrow keys, Home and End move, and focus chooses.
 *
 * Buttons update in place: each is memoised on its own token, state and weight, with
 * handlers that keep their identity (they read the latest props from a ref), so a
 * change re-renders only the buttons it touches; the weights glide by CSS transition.
 */
import { memo, useId, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { weightOpacity } from '@/lib/widgets/attentionGeometry';
import { nextIndex } from '@/lib/widgets/keys';
import { visibleToken } from '@/lib/widgets/tokenText';
import { attentionStrings } from './strings';
import { tokenName } from '@/components/widget/attention/strings';

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

interface Handlers {
  select: (i: number) => void;
  focus: (i: number) => void;
  key: (event: KeyboardEvent, i: number) => void;
  preview: (i: number) => void;
  ref: (i: number, el: HTMLButtonElement | null) => void;
}

interface TokenButtonProps {
  locale: Locale;
  token: string;
  index: number;
  active: boolean;
  pressed: boolean;
  weight: number;
  on: Handlers;
}

const TokenButton = memo(function TokenButton({ locale, token, index, active, pressed, weight, on }: TokenButtonProps) {
  const shown = visibleToken(token);
  const name = tokenName(token, locale);
  return (
    <button
      ref={(el) => on.ref(index, el)}
      type="button"
      className="attn-token"
      data-index={index}
      data-active={active || undefined}
      aria-pressed={pressed}
      aria-label={name === shown ? undefined : name}
      tabIndex={pressed ? 0 : -1}
      style={{ '--w': weight.toFixed(3), '--o': weightOpacity(weight).toFixed(3) } as CSSProperties}
      onClick={() => on.select(index)}
      onFocus={() => on.focus(index)}
      onKeyDown={(e) => on.key(e, index)}
      onMouseEnter={() => on.preview(index)}
    >
      <span className="attn-token-text" aria-hidden={name === shown ? undefined : true}>
        {shown}
      </span>
      <span className="attn-token-bar" aria-hidden="true" />
    </button>
  );
});

function TokenStripInner({ locale, tokens, selected, active, weights, onSelect, onPreview }: TokenStripProps) {
  const t = attentionStrings[locale];
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const hintId = useId();
  const latest = useRef({ onSelect, onPreview, selected, count: tokens.length });
  latest.current = { onSelect, onPreview, selected, count: tokens.length };
  const handlers = useRef<Handlers>({
    select: (i) => latest.current.onSelect(i),
    focus: (i) => i !== latest.current.selected && latest.current.onSelect(i),
    key: (event, i) => {
      const next = nextIndex(i, event.key, latest.current.count);
      if (next === null) return;
      event.preventDefault();
      buttons.current[next]?.focus();
      latest.current.onSelect(next);
    },
    preview: (i) => latest.current.onPreview(i),
    ref: (i, el) => {
      buttons.current[i] = el;
    },
  });
  return (
    <div className="attn-strip-wrap">
      <p className="attn-hint" id={hintId}>
        {t.tokensHint}
      </p>
      <div className="attn-strip" role="group" aria-label={t.tokens} aria-describedby={hintId} onMouseLeave={() => onPreview(null)}>
        {tokens.map((token, i) => (
          <TokenButton key={i} locale={locale} token={token} index={i} active={i === active} pressed={i === selected} weight={weights?.[i] ?? 0} on={handlers.current} />
        ))}
      </div>
    </div>
  );
}
/** Memoised: typing re-renders the explorer before the deferred update; unchanged tokens skip that render. */
export const TokenStrip = memo(TokenStripInner);
