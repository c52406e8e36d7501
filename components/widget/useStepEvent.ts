'use client';
/**
 * `useStepEvent(ref, step)`: lets a presenter (slides, a guided tour) drive a widget's
 * steps without knowing its internals.
 *
 * Widgets with an animation or a sequence of stages expose the
 * same tiny protocol, so one presenter can step any of them:
 *
 *   const event = new CustomEvent('llmx:step', { detail: { direction: 1 }, cancelable: true });
 *   const moved = !slot.dispatchEvent(event); // slot: the widget's [data-widget] element
 *
 * - `direction` is 1 (forward) or -1 (back);
 * - the widget calls `event.preventDefault()` when it took a step, so `dispatchEvent`
 *   returns false; it returns true when the widget had no step left in that direction
 *   (the presenter then moves on to its own next slide). The event must be cancelable.
 * - The event may be dispatched on the widget's lazy slot (`[data-widget="Name"]`), on
 *   its frame, or on any element inside: the listener sits on the slot in the capture
 *   phase, so bubbling is not needed and one dispatch takes at most one step.
 * - A widget may have several parts that step (a folded step-through and the fold that
 *   opens it, SlideFold.tsx): a part inside a closed fold (`[hidden]`) takes no steps, and
 *   once one part has taken the step (the event is cancelled) the others leave it alone.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { ISLAND } from '@/lib/markup/island';
import { STEP_EVENT, type StepEventDetail } from '@/lib/markup/stepEvent';

// The contract itself (name, detail, dispatch) lives in lib/markup/stepEvent.ts.
export { STEP_EVENT, type StepEventDetail };

/**
 * Calls `step(direction)` for every step event reaching the widget rooted at `ref`;
 * `step` returns true when it took a step (the event is then marked handled). With
 * `last`, the handler is asked only after every other part of the widget (it listens
 * in the bubble phase, which runs after the capture phase on the slot): a fold that
 * opens or closes around a step-through takes the press only when the step-through
 * inside has no step left. Such a handler hears events dispatched on the slot, or inside
 * it with `bubbles: true` (as lib/markup/stepEvent.ts's dispatchStep does).
 */
export function useStepEvent(ref: RefObject<HTMLElement | null>, step: (direction: 1 | -1) => boolean, { last = false }: { last?: boolean } = {}): void {
  const latest = useRef(step);
  // updated in the layout phase, so an event right after a click already reaches the new view's handler
  useLayoutEffect(() => {
    latest.current = step;
  });
  // attached in the layout phase, with the widget's first markup: a presenter that sees the
  // widget drawn and presses → at once must already reach it (a passive effect runs later)
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const target: HTMLElement = root.closest<HTMLElement>(`[${ISLAND.widget}]`) ?? root;
    const onStep = (event: Event) => {
      const direction = (event as CustomEvent<Partial<StepEventDetail>>).detail?.direction;
      if (direction !== 1 && direction !== -1) return;
      if (event.defaultPrevented || root.closest('[hidden]')) return;
      if (latest.current(direction)) event.preventDefault();
    };
    target.addEventListener(STEP_EVENT, onStep, { capture: !last });
    return () => target.removeEventListener(STEP_EVENT, onStep, { capture: !last });
  }, [ref, last]);
}
