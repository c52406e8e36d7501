'use client';
/**
 * `useStepAnimation(phases)`: the progress of one step's animation as a number from
 * 0 to `phases` (phase k is under way while the number is between k and k + 1),
 * advanced by requestAnimationFrame so every frame does only the drawing it needs.
 * `play()` starts from 0; `finish()` jumps to the end. With reduced motion `play()`
 * finishes at once. `onDone` runs when a played animation reaches the end (autoplay
 * takes the next step from there).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useReducedMotion } from '@/components/widget/hooks';

/** Milliseconds each phase takes. */
export const PHASE_MS = 420;

export function useStepAnimation(phases: number, onDone: () => void) {
  const reduced = useReducedMotion();
  const [progress, setProgress] = useState(phases);
  const frame = useRef(0);
  const done = useRef(onDone);
  done.current = onDone;

  const stop = () => {
    if (frame.current) cancelAnimationFrame(frame.current);
    frame.current = 0;
  };
  const finish = useCallback(() => {
    stop();
    setProgress(phases);
  }, [phases]);
  const play = useCallback(() => {
    stop();
    if (reduced) {
      setProgress(phases);
      // let the new step render before the next one is asked for
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        done.current();
      });
      return;
    }
    const start = performance.now();
    const tick = (now: number) => {
      const value = Math.min(phases, (now - start) / PHASE_MS);
      setProgress(value);
      if (value < phases) frame.current = requestAnimationFrame(tick);
      else {
        frame.current = 0;
        done.current();
      }
    };
    setProgress(0);
    frame.current = requestAnimationFrame(tick);
  }, [phases, reduced]);

  useEffect(() => stop, []);
  useEffect(() => setProgress(phases), [phases]);
  return { progress, animating: progress < phases, play, finish };
}

/** How far phase `k` has got, 0…1, at overall progress `progress`. */
export function phaseShare(progress: number, k: number): number {
  return Math.max(0, Math.min(1, progress - k));
}
