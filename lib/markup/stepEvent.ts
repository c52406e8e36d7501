/**
 * The step contract between a presenter (slides, a guided tour) and widgets that have
 * steps (the attention step-through, the positional-encoding animation). One place for
 * the event's name and shape, so the presenter and every widget agree:
 *
 * - the presenter dispatches a cancelable `llmx:step` CustomEvent with
 *   `detail: { direction: 1 | -1 }` on the widget's slot (`[data-widget]`) or inside it;
 * - a widget that took a step calls `event.preventDefault()`; one that had no step left
 *   in that direction leaves it alone, and the presenter moves to its next slide.
 *
 * Widgets listen with components/widget/useStepEvent.ts; presenters call `dispatchStep`.
 */

/** Name of the DOM event a presenter dispatches to step a widget. */
export const STEP_EVENT = 'llmx:step';

/** Detail of the step event. */
export interface StepEventDetail {
  direction: 1 | -1;
}

/** Asks the widget at `target` for one step; true when the widget took it. */
export function dispatchStep(target: Element, direction: 1 | -1): boolean {
  const event = new CustomEvent<StepEventDetail>(STEP_EVENT, { detail: { direction }, cancelable: true, bubbles: true });
  return !target.dispatchEvent(event);
}
