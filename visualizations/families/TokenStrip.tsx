'use client';
/**
 * A sentence as a row of token buttons showing what the active token can see: visible
 * tokens filled with a solid border, hidden ones dashed and struck through (not colour
 * alone), the active one outlined. Pointing at or focusing a token previews its view in
 * every family; a click, Enter or Space selects it. One tab stop per strip: arrow keys,
 * Home and End move between tokens.
 */
import { useRef, type KeyboardEvent } from 'react';
import { nextIndex } from '@/lib/widgets/keys';

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

export function TokenStrip({ tokens, label, visible, active, selected, onPreview, onSelect, describe }: TokenStripProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const tabStop = selected ?? active ?? 0;
  const onKeyDown = (event: KeyboardEvent, i: number) => {
    const next = nextIndex(i, event.key, tokens.length);
    if (next === null) return;
    event.preventDefault();
    refs.current[next]?.focus();
  };
  return (
    <div className="fam-tokens" role="group" aria-label={label} onPointerLeave={() => onPreview(null)}>
      {tokens.map((token, i) => (
        <button
          key={i}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          className="fam-token"
          data-state={visible === null ? 'neutral' : visible.has(i) ? 'visible' : 'hidden'}
          data-active={i === active ? 'true' : undefined}
          aria-pressed={i === selected}
          aria-label={describe(i)}
          tabIndex={i === tabStop ? 0 : -1}
          onPointerEnter={(e) => e.pointerType === 'mouse' && onPreview(i)}
          onFocus={() => onPreview(i)}
          onBlur={() => onPreview(null)}
          onClick={() => onSelect(i)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {token}
        </button>
      ))}
    </div>
  );
}
