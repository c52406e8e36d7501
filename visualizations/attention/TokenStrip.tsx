'use client';
/**
 * The sentence as a row of token buttons. The chosen token is the query; every
 * other token shows how much weight the query (or the token under the pointer)
 * puts on it, as a tint and as a bar whose height is the weight, so the
 * information never rests on colour alone. A TokenRow whose focus chooses: arrow
 * keys, Home and End move the query.
 *
 * Buttons update in place: each is memoised on its own token, state and weight, so a
 * change re-renders only the buttons it touches; the weights glide by CSS transition to
 * a new query's, and are set at once for a new sentence (`data-new-sentence` turns the
 * transitions off for that commit: starting one per button cost more than the rest of
 * the strip's restyle, for a glide between two sentences' weights that means nothing).
 */
import { memo, useId, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { TokenRow, type TokenRowHandlers } from '@/components/widget/TokenRow';
import type { Locale } from '@/lib/i18n/locales';
import { weightOpacity } from '@/lib/widgets/attentionGeometry';
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

interface TokenButtonProps {
  locale: Locale;
  token: string;
  index: number;
  active: boolean;
  pressed: boolean;
  weight: number;
  on: TokenRowHandlers;
}

const TokenButton = memo(function TokenButton({ locale, token, index, active, pressed, weight, on }: TokenButtonProps) {
  const shown = visibleToken(token);
  const name = tokenName(token, locale);
  return (
    <button
      {...on.button(index, pressed ? 0 : -1)}
      className="attn-token"
      data-index={index}
      data-active={active || undefined}
      aria-pressed={pressed}
      aria-label={name === shown ? undefined : name}
      style={{ '--w': weight.toFixed(3), '--o': weightOpacity(weight).toFixed(3) } as CSSProperties}
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
  const hintId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const lastTokens = useRef(tokens);
  // every commit, before the browser restyles what it changed
  useLayoutEffect(() => {
    wrap.current?.toggleAttribute('data-new-sentence', lastTokens.current !== tokens);
    lastTokens.current = tokens;
  });
  return (
    <div ref={wrap} className="attn-strip-wrap">
      <p className="attn-hint" id={hintId}>
        {t.tokensHint}
      </p>
      <TokenRow
        className="attn-strip"
        label={t.tokens}
        describedBy={hintId}
        count={tokens.length}
        tabStop={selected}
        focus="select"
        selected={selected}
        onSelect={onSelect}
        onPreview={onPreview}
        cell={(i, on) => <TokenButton key={i} locale={locale} token={tokens[i]} index={i} active={i === active} pressed={i === selected} weight={weights?.[i] ?? 0} on={on} />}
      />
    </div>
  );
}
/** Memoised: typing re-renders the explorer before the deferred update; unchanged tokens skip that render. */
export const TokenStrip = memo(TokenStripInner);
