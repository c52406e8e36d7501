'use client';
/**
 * The explorer's answer to a presenter's clicker while its step-through is not drawn yet.
 * The step-through appears only once the model worker has returned the sentence's trace
 * and the picture has been committed (ExplorerView), which on a slow machine can be
 * seconds after the slide is shown; a press in that moment would skip the whole
 * walkthrough and move the slide. Instead the press moves the stage the step-through
 * will open on (0-based, the `step` the explorer keeps in its state), so the
 * walkthrough takes the same number of presses whenever it is drawn. Once the
 * step-through is on screen it takes the presses itself (StepThrough.tsx) and this
 * hook leaves them alone; past the first or last stage the press moves the slide.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useStepEvent } from '@/components/widget/useStepEvent';
import { STEPS } from './math';

export function usePendingSteps(ref: RefObject<HTMLElement | null>, waiting: boolean, step: number, setStep: (step: number) => void): void {
  // the stage asked for last: presses may come faster than the state renders
  const requested = useRef(step);
  useLayoutEffect(() => {
    requested.current = step;
  }, [step]);
  useStepEvent(ref, (direction) => {
    if (!waiting) return false;
    const next = requested.current + direction;
    if (next < 0 || next >= STEPS.length) return false;
    requested.current = next;
    setStep(next);
    return true;
  });
}
