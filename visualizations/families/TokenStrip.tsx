'use client';
/**
 * A sentence as a row of token buttons showing what the active token can see: visible
 * tokens filled with a solid border, hidden ones dashed and struck through (not colour
 * alone), the active one outlined. Pointing at or focusing a token previews its view in
 * every family; a click, Enter or Space selects it. A TokenRow whose focus previews:
 * arrow keys, Home and End move between tokens.
 *
 * Each button is memoised on its own text and state, so moving the pointer re-renders
 * only the buttons whose state changed, not the whole row.
 */
import { memo } from 'react';
import { TokenRow, type TokenRowHandlers } from '@/components/widget/TokenRow';

interface TokenStripProps {
  tokens: string[];
  /** Accessible name of the strip. */
  label: string;
  /** Indices the active token can see; null when this strip says nothing about it. */
  visible: Set<number> | null;
  active: number | null;
  selected: number | null;
  onPreview: (index: number | null) => void;
  onSelect: (index: number) => void;
  /** Accessible name of token i. */
  describe: (index: number) => string;
}

interface TokenButtonProps {
  token: string;
  index: number;
  state: 'neutral' | 'visible' | 'hidden';
  active: boolean;
  pressed: boolean;
  name: string;
  tabIndex: 0 | -1;
  on: TokenRowHandlers;
}

const TokenButton = memo(function TokenButton({ token, index, state, active, pressed, name, tabIndex, on }: TokenButtonProps) {
  return (
    <button
      {...on.button(index, tabIndex)}
      className="fam-token"
      data-state={state}
      data-active={active ? 'true' : undefined}
      aria-pressed={pressed}
      aria-label={name}
      onPointerEnter={(e) => e.pointerType === 'mouse' && on.preview(index)}
      onBlur={on.blur}
    >
      {token}
    </button>
  );
});

export function TokenStrip({ tokens, label, visible, active, selected, onPreview, onSelect, describe }: TokenStripProps) {
  return (
    <TokenRow
      className="fam-tokens"
      label={label}
      count={tokens.length}
      tabStop={selected ?? active ?? 0}
      focus="preview"
      selected={selected}
      onSelect={onSelect}
      onPreview={onPreview}
      cell={(i, on, tabIndex) => (
        <TokenButton
          key={i}
          token={tokens[i]}
          index={i}
          state={visible === null ? 'neutral' : visible.has(i) ? 'visible' : 'hidden'}
          active={i === active}
          pressed={i === selected}
          name={describe(i)}
          tabIndex={tabIndex}
          on={on}
        />
      )}
    />
  );
}
