'use client';
/**
 * A widget's secondary panel (a step-through, long notes, a data table, an explanation)
 * in the widget's slide layout. A slide is 16:9 and its widgets keep their text at a
 * size a room can read (browser/present/stage.ts), so a widget built for a chapter's
 * long column does not fit one whole: on a slide it shows its main picture and
 * controls, and each secondary panel folds behind a button the presenter can open.
 * In a chapter the panel is simply there, as before.
 *
 * With `opensOnStep`, the presenter's clicker opens the fold as a step (then the steps
 * inside it are taken, since a closed fold's parts take none) and closes it again on
 * the way back, after the steps inside are undone: → still walks through everything a
 * widget shows before the slide moves, and ← walks back the same number of presses.
 * The fold may be controlled (`open`, `onOpenChange`) when the widget needs to know.
 */
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useOnSlide } from './widgetInstance';
import { useStepEvent } from './useStepEvent';
import { SLIDE_FOLD } from '@/lib/markup/present';

interface SlideFoldProps {
  /** The button's text: what the panel holds. */
  label: string;
  children: ReactNode;
  opensOnStep?: boolean;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

export function SlideFold({ label, children, opensOnStep = false, open: controlled, onOpenChange }: SlideFoldProps) {
  const onSlide = useOnSlide();
  const [own, setOwn] = useState(false);
  const open = controlled ?? own;
  // the state asked for last: clicker presses may come faster than React renders
  const requested = useRef(open);
  useLayoutEffect(() => {
    requested.current = open;
  }, [open]);
  const setOpen = (next: boolean) => {
    requested.current = next;
    setOwn(next);
    onOpenChange?.(next);
  };
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useStepEvent(
    root,
    (direction) => {
      if (!opensOnStep || (direction === 1) === requested.current) return false;
      setOpen(direction === 1);
      return true;
    },
    { last: true },
  );
  if (!onSlide) return <>{children}</>;
  return (
    <div ref={root} className={`${SLIDE_FOLD.fold}${open ? ` ${SLIDE_FOLD.open}` : ''}`}>
      <button type="button" className="widget-button slide-fold-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {label}
      </button>
      <div id={panelId} className="slide-fold-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
