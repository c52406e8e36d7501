/**
 * The benchmarks' one way to time an update in the page: from an action to the first DOM
 * change after which a condition holds, with the style and layout of the new view
 * included (the forced layout before the clock stops). A function handed to
 * page.evaluate runs in the page and cannot import, so the runner installs this once per
 * page as an init script (scripts/measure/bench.ts), and in-page functions call
 * `(window as BenchWindow).__timeUntil(...)`.
 */
import type { BenchWindow } from './scenario';

export interface TimeUntilOptions {
  /** Which changes under `root` to look at (`subtree` is always on). */
  watch: Omit<MutationObserverInit, 'subtree'>;
  /** The error when the condition does not hold within `timeout` ms. */
  failure: string;
  timeout: number;
  /** Also marks bench:start and bench:end, for traceCpu's CPU time between them. */
  marks?: boolean;
}

/** Runs `act` and resolves with the ms until a change under `root` leaves `done()` true. */
export type TimeUntil = (root: Element, done: () => boolean, act: () => void, options: TimeUntilOptions) => Promise<number>;

/** In the page: defines window.__timeUntil. */
export function installTimeUntil(): void {
  const timeUntil: TimeUntil = (root, done, act, { watch, failure, timeout, marks = false }) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(failure)), timeout);
      let start = 0;
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        void document.body.offsetHeight;
        clearTimeout(timer);
        const ms = performance.now() - start;
        if (marks) performance.mark('bench:end');
        resolve(ms);
      });
      observer.observe(root, { subtree: true, ...watch });
      if (marks) performance.mark('bench:start');
      start = performance.now();
      act();
    });
  (window as BenchWindow).__timeUntil = timeUntil;
}
