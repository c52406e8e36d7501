'use client';
/**
 * `useContinuation(job)`: the generated tokens for the current prompt and
 * settings, computed without blocking the page.
 *
 * Why this file exists: a continuation of 40 tokens is 40 forward passes when
 * the reader drags the temperature (the steps before the first token that
 * changes come from the logits cache). The first slice of work runs during
 * render, within a few milliseconds; if more is left, it continues in slices
 * of at most `budget` ms between frames, and until it is complete the last
 * complete continuation stays on screen (`pending` is true). Adding one token
 * costs one forward pass and completes at once.
 */
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { continuation, type GenStep, type Settings } from './math';

/** What to generate; a new object (memoised by the caller) starts a new continuation. */
export interface ContinuationJob {
  promptIds: number[];
  settings: Settings;
  count: number;
  contextLength: number;
  logitsFor: (ids: number[]) => number[];
}

interface Work {
  next: () => IteratorResult<GenStep, void>;
  steps: GenStep[];
  count: number;
  done: boolean;
}

/** Pulls steps until `work` has `count` of them or `budget` ms have passed. */
function advance(work: Work, budget: number): void {
  const start = performance.now();
  while (work.steps.length < work.count && performance.now() - start < budget) {
    const step = work.next();
    if (step.done) {
      work.count = work.steps.length;
      break;
    }
    work.steps.push(step.value);
  }
  work.done = work.steps.length >= work.count;
}

export function useContinuation(job: ContinuationJob | null, budget = 8): { steps: GenStep[]; pending: boolean } {
  const work = useMemo<Work | null>(() => {
    if (!job) return null;
    const it = continuation(job.promptIds, job.settings, job.contextLength, job.logitsFor);
    const w: Work = { next: () => it.next(), steps: [], count: job.count, done: job.count === 0 };
    advance(w, budget);
    return w;
  }, [job, budget]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const lastComplete = useRef<GenStep[]>([]);

  useEffect(() => {
    if (!work || work.done) return;
    let timer = 0;
    const slice = () => {
      advance(work, budget);
      if (work.done) rerender();
      else timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [work, budget]);

  if (!work) return { steps: [], pending: false };
  if (work.done) lastComplete.current = work.steps;
  return { steps: work.done ? work.steps : lastComplete.current, pending: !work.done };
}
