'use client';
/**
 * "Generate 20": adds one token at a time, a short pause apart, so the reader
 * sees the text grow and the chart follow each draw. With reduced motion the
 * whole run lands at once. Any other change (a new prompt, clear) stops it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useReducedMotion } from '@/components/widget/hooks';
import { GENERATE_RUN, MAX_GENERATED } from './state';

/** Pause between tokens while a run plays, in ms. */
const TICK = 120;

export function useGenerationRun(generated: number, set: (n: number) => void) {
  const reduced = useReducedMotion();
  const [target, setTarget] = useState<number | null>(null);
  useEffect(() => {
    if (target === null) return;
    if (generated >= target) {
      setTarget(null);
      return;
    }
    const timer = window.setTimeout(() => set(reduced ? target : generated + 1), reduced ? 0 : TICK);
    return () => window.clearTimeout(timer);
  }, [target, generated, reduced, set]);
  const start = useCallback(() => setTarget(Math.min(MAX_GENERATED, generated + GENERATE_RUN)), [generated]);
  const stop = useCallback(() => setTarget(null), []);
  return { running: target !== null, start, stop };
}
