/**
 * The shape of a benchmark scenario (the other files of this folder) and of what
 * scripts/measure/bench.ts hands it. A scenario opens `path`, measures with Playwright and returns rows; the
 * runner summarises each row's samples by their median and compares it with `goal`.
 */
import type { Locator, Page } from '@playwright/test';
import type { TimeUntil } from './timeUntil';

/** One line of the results table: `samples` in `unit` (ms when absent), `goal` a maximum. */
export interface BenchRow {
  measure: string;
  samples: number[];
  unit?: string;
  goal?: number;
}

/** What observePerformance collects in the page, in `window.__bench`. */
export interface BenchRecord {
  /** the tiny model's forward passes ('tiny-model:forward' measures) */
  forward: { ms: number; tokens?: number; passes: number }[];
  /** tasks of 50 ms or more */
  longtasks: { start: number; ms: number }[];
}

/** The page's window while a scenario runs. In-page functions cast to it: `(window as BenchWindow).__bench`. */
export type BenchWindow = Window & typeof globalThis & { __bench: BenchRecord; __typed?: number | null; __painted?: Promise<number>; __timeUntil: TimeUntil };

export interface BenchContext {
  /** runs per measure, after one warm-up run where the scenario does one */
  runs: number;
  /** scrolls the island `name` into view and resolves once it has mounted */
  mountIsland(page: Page, name: string): Promise<Locator>;
  /** runs `action` under a trace; adds the main thread's CPU time between the marks bench:start and bench:end */
  traceCpu<T extends object>(page: Page, action: () => Promise<T>): Promise<T & { cpu: number; tasks: number[] }>;
  /** an in-page function: `await page.evaluate(observePerformance)` starts filling `window.__bench` */
  observePerformance: () => void;
}

export interface Scenario {
  /** first column of the table; the command-line filter matches part of it */
  name: string;
  /** the page to open, e.g. '/en/self-attention/' */
  path: string;
  run(page: Page, context: BenchContext): Promise<BenchRow[]>;
}
