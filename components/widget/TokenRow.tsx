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
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { nextIndex } from '@/lib/widgets/keys';

/** What a cell wires to its button; every function takes the cell's index. */
export interface TokenRowHandlers {
  ref: (index: number, el: HTMLButtonElement | null) => void;
  key: (event: KeyboardEvent, index: number) => void;
  focus: (index: number) => void;
  /** For `focus: 'preview'` rows: the preview ends with the focus. */
  blur: () => void;
  select: (index: number) => void;
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
    ref: (i, el) => {
      buttons.current[i] = el;
    },
    key: (event, i) => {
      const next = nextIndex(i, event.key, latest.current.count);
      if (next === null) return;
      event.preventDefault();
      buttons.current[next]?.focus();
      if (latest.current.focus === 'select') latest.current.onSelect(next);
    },
    focus: (i) => {
      const now = latest.current;
      if (now.focus === 'preview') now.onPreview(i);
      else if (i !== now.selected) now.onSelect(i);
    },
    blur: () => latest.current.onPreview(null),
    select: (i) => latest.current.onSelect(i),
    preview: (i) => latest.current.onPreview(i),
  });
  return (
    <div className={className} role="group" aria-label={label} aria-describedby={describedBy} onPointerLeave={() => onPreview(null)}>
      {Array.from({ length: count }, (_, i) => cell(i, handlers.current, i === tabStop ? 0 : -1))}
    </div>
  );
}
