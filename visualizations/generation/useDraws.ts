'use client';
/**
 * `useDraws(job)`: the tokens drawn for the current prompt and settings, up to
 * `count`, without blocking the page. One more step (the reader pressed "next
 * token") is one forward pass and lands at once; a link that opens at step 20
 * computes its steps in slices of at most `budget` ms between frames, and `drawn`
 * grows as they arrive. Steps already drawn for the same prompt and settings are
 * kept when the reader steps back and forth.
 */
import { useEffect, useMemo, useReducer } from 'react';
import { continuation, type Draw, type DrawSettings } from './math';

export interface DrawJob {
  promptIds: number[];
  settings: DrawSettings;
  logitsFor: (ids: number[]) => number[];
}

interface Work {
  next: () => IteratorResult<Draw, void>;
  draws: Draw[];
}

function advance(work: Work, count: number, budget: number): void {
  const start = performance.now();
  while (work.draws.length < count && performance.now() - start < budget) {
    const step = work.next();
    if (step.done) break;
    work.draws.push(step.value);
  }
}

export function useDraws(job: DrawJob | null, count: number, budget = 8): Draw[] {
  const work = useMemo<Work | null>(() => {
    if (!job) return null;
    const it = continuation(job.promptIds, job.settings, job.logitsFor);
    return { next: () => it.next(), draws: [] };
  }, [job]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // one missing step is computed during render: a click shows its token at once
  if (work && work.draws.length === count - 1) advance(work, count, Infinity);

  useEffect(() => {
    if (!work || work.draws.length >= count) return;
    let timer = 0;
    const slice = () => {
      advance(work, count, budget);
      rerender();
      if (work.draws.length < count) timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [work, count, budget]);

  // the same array until a draw arrives or the count changes: the view memoises on it
  const length = work ? Math.min(count, work.draws.length) : 0;
  return useMemo(() => (work ? work.draws.slice(0, length) : []), [work, length]);
}
