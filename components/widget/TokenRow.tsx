'use client';
/**
 * A row of token buttons with one tab stop for the whole row (roving tabindex): arrow
 * keys, Home and End move the focus, the pointer previews a token, a click chooses it.
 * Each widget draws its own buttons through `cell`, and decides what focus means:
 * choosing the token (`focus: 'select'`, the attention explorer's query) or
 * previewing it until the focus leaves (`focus: 'preview'`).
 *
 * The handlers passed to `cell` never change identity (they read the latest props
 * from a ref), so a cell memoised on its own token and state re-renders only when
 * those change, not whenever the row does.
 */
import { useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { nextIndex } from '@/lib/widgets/keys';

/** The props of a token button that the row owns: its place in the row, the tab stop, click, focus and keys. */
export interface TokenButtonWiring {
  ref: Ref<HTMLButtonElement>;
  type: 'button';
  tabIndex: 0 | -1;
  onClick: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** What a cell wires to its button; every function takes the cell's index. */
export interface TokenRowHandlers {
  /** Spread on button `index`: `<button {...on.button(index, tabIndex)} …>`. */
  button: (index: number, tabIndex: 0 | -1) => TokenButtonWiring;
  /** For `focus: 'preview'` rows: the preview ends with the focus. */
  blur: () => void;
  preview: (index: number) => void;
}

interface TokenRowProps {
  count: number;
  /** The one button reached with Tab. */
  tabStop: number;
  /** Accessible name of the row. */
  label: string;
  /** Id of a hint that describes the row's keys. */
  describedBy?: string;
  className: string;
  /** What a focused token does: become the choice, or be previewed. */
  focus: 'select' | 'preview';
  /** The chosen token (a `focus: 'select'` row does not choose it again). */
  selected: number | null;
  onSelect: (index: number) => void;
  /** A token is previewed, or nothing (null) once the pointer leaves the row. */
  onPreview: (index: number | null) => void;
  /** Draws button `index`; `tabIndex` is 0 on the row's tab stop and -1 elsewhere. */
  cell: (index: number, on: TokenRowHandlers, tabIndex: 0 | -1) => ReactNode;
}

export function TokenRow({ count, tabStop, label, describedBy, className, focus, selected, onSelect, onPreview, cell }: TokenRowProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const latest = useRef({ focus, selected, onSelect, onPreview, count });
  latest.current = { focus, selected, onSelect, onPreview, count };
  const handlers = useRef<TokenRowHandlers>({
    button: (i, tabIndex) => ({
      ref: (el: HTMLButtonElement | null) => {
        buttons.current[i] = el;
      },
      type: 'button',
      tabIndex,
      onClick: () => latest.current.onSelect(i),
      onFocus: () => {
        const now = latest.current;
        if (now.focus === 'preview') now.onPreview(i);
        else if (i !== now.selected) now.onSelect(i);
      },
      onKeyDown: (event: KeyboardEvent) => {
        const next = nextIndex(i, event.key, latest.current.count);
        if (next === null) return;
        event.preventDefault();
        buttons.current[next]?.focus();
        if (latest.current.focus === 'select') latest.current.onSelect(next);
      },
    }),
    blur: () => latest.current.onPreview(null),
    preview: (i) => latest.current.onPreview(i),
  });
  return (
    <div className={className} role="group" aria-label={label} aria-describedby={describedBy} onPointerLeave={() => onPreview(null)}>
      {Array.from({ length: count }, (_, i) => cell(i, handlers.current, i === tabStop ? 0 : -1))}
    </div>
  );
}
