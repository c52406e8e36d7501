'use client';
/**
 * A sentence as a row of token buttons showing what the active token can see: visible
 * tokens filled with a solid border, hidden ones dashed and struck through (not colour
 * alone), the active one outlined. Pointing at or focusing a token previews its view in
 * every family; a click, Enter or Space selects it. One tab stop per strip: arrow keys,
 * Home and End move between tokens.
 *
 * Each button is memoised on its own text and state, with handlers that never change
 * identity (they read the latest props from a ref), so moving the pointer re-renders
 * only the buttons whose state changed, not the whole row.
 */
import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
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

interface Handlers {
  enter: (event: PointerEvent, i: number) => void;
  focus: (i: number) => void;
  blur: () => void;
  click: (i: number) => void;
  key: (event: KeyboardEvent, i: number) => void;
  ref: (i: number, el: HTMLButtonElement | null) => void;
}

interface TokenButtonProps {
  token: string;
  index: number;
  state: 'neutral' | 'visible' | 'hidden';
  active: boolean;
  pressed: boolean;
  name: string;
  tabStop: boolean;
  on: Handlers;
}

const TokenButton = memo(function TokenButton({ token, index, state, active, pressed, name, tabStop, on }: TokenButtonProps) {
  return (
    <button
      ref={(el) => on.ref(index, el)}
      type="button"
      className="fam-token"
      data-state={state}
      data-active={active ? 'true' : undefined}
      aria-pressed={pressed}
      aria-label={name}
      tabIndex={tabStop ? 0 : -1}
      onPointerEnter={(e) => on.enter(e, index)}
      onFocus={() => on.focus(index)}
      onBlur={on.blur}
      onClick={() => on.click(index)}
      onKeyDown={(e) => on.key(e, index)}
    >
      {token}
    </button>
  );
});

export function TokenStrip({ tokens, label, visible, active, selected, onPreview, onSelect, describe }: TokenStripProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const latest = useRef({ onPreview, onSelect, count: tokens.length });
  latest.current = { onPreview, onSelect, count: tokens.length };
  const handlers = useRef<Handlers>({
    enter: (event, i) => event.pointerType === 'mouse' && latest.current.onPreview(i),
    focus: (i) => latest.current.onPreview(i),
    blur: () => latest.current.onPreview(null),
    click: (i) => latest.current.onSelect(i),
    key: (event, i) => {
      const next = nextIndex(i, event.key, latest.current.count);
      if (next === null) return;
      event.preventDefault();
      refs.current[next]?.focus();
    },
    ref: (i, el) => {
      refs.current[i] = el;
    },
  });
  const tabStop = selected ?? active ?? 0;
  return (
    <div className="fam-tokens" role="group" aria-label={label} onPointerLeave={() => onPreview(null)}>
      {tokens.map((token, i) => (
        <TokenButton
          key={i}
          token={token}
          index={i}
          state={visible === null ? 'neutral' : visible.has(i) ? 'visible' : 'hidden'}
          active={i === active}
          pressed={i === selected}
          name={describe(i)}
          tabStop={i === tabStop}
          on={handlers.current}
        />
      ))}
    </div>
  );
}
