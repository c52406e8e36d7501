/**
 * `npm run bench`: measures widgets in Chromium against the built site (`out/`) and
 * prints a table. It serves out/ with scripts/dev/serve.ts on a free port, launches
 * Debian's Chromium through Playwright (CHROME_PATH or /usr/bin/chromium, the flags of
 * playwright.config.ts), and runs the scenarios listed in ALL_SCENARIOS, one file per
 * widget in scripts/measure/bench/ (their shape: bench/scenario.ts). Each result row is
 * summarised by its median (also min and max) and compared with `goal` (a maximum) if given.
 *
 * Scenarios measure with functions that run inside the page. Playwright sends such a
 * function to the browser as source text, and tsx compiles this file with esbuild's
 * keepNames, which wraps nested named functions in calls to a `__name` helper; every
 * page therefore gets a `__name` that returns its argument before it loads.
 *
 * Usage: npm run bench [-- <filter>] [--runs N]   (filter: part of a scenario name;
 * BENCH_PORT=N serves on port N instead of a free one)
 * Run it on a quiet machine: on 2 shared cores the figures move with other work.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { freePort } from '../lib/freePort';
import type { BenchContext, BenchRecord, BenchRow, BenchWindow, Scenario } from './bench/scenario';
import { scenarios as attention } from './bench/attention';
import { scenarios as families } from './bench/families';
import { scenarios as playground } from './bench/playground';
import { scenarios as positional } from './bench/positional';
import { scenarios as training } from './bench/training';
import { installTimeUntil } from './bench/timeUntil';

const ALL_SCENARIOS: Scenario[] = [...attention, ...families, ...playground, ...positional, ...training];

/** Chromium's flags on these machines, shared with playwright.config.ts and scripts/measure/lighthouse.ts. */
const CHROMIUM_ARGS: string[] = JSON.parse(readFileSync(new URL('../lib/chromium-args.json', import.meta.url), 'utf8'));

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const filter = args.filter((a, i) => !a.startsWith('--') && !(runsAt >= 0 && i === runsAt + 1))[0] ?? '';

if (!existsSync('out/index.html')) {
  console.error('bench: out/ does not exist; run `npm run build` first.');
  process.exit(1);
}

async function startServer(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev/serve.ts', 'out', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`bench: the static server did not start on port ${port}`);
}

/**
 * Runs `action` while Chromium traces the page, and returns its result with `cpu`: the
 * renderer main thread's CPU time (ms) in the tasks that run between the page's
 * performance marks `bench:start` and `bench:end` (the action sets them), and `tasks`:
 * each of those tasks' CPU time. CPU time leaves out time the thread waited for a core,
 * so on a busy machine it estimates what the wall time would be on an idle one.
 */
const traceCpu: BenchContext['traceCpu'] = async (page, action) => {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] } });
  const result = await action();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const start = mark('bench:start');
  const end = mark('bench:end');
  if (!start || !end) return { ...result, cpu: NaN, tasks: [] };
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const main = thread(start);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && thread(e) === main && e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts).map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  return { ...result, cpu: tasks.reduce((sum, t) => sum + t, 0), tasks };
};

/** The fields of a Chromium trace event that traceCpu reads (times in µs). */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * In the page: starts collecting, in window.__bench, the tiny model's forward passes
 * (the User Timing measure 'tiny-model:forward', see components/widget/useModelTask.ts:
 * one per result, as long as one pass took on average) as { ms, tokens, passes }, and long tasks (≥ 50 ms) as { start, ms }. Use as
 * `await page.evaluate(observePerformance)`.
 */
function observePerformance() {
  const bench: BenchRecord = { forward: [], longtasks: [] };
  (window as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceMeasure[]) {
      if (e.name === 'tiny-model:forward') bench.forward.push({ ms: e.duration, tokens: e.detail?.tokens, passes: e.detail?.passes ?? 1 });
    }
  }).observe({ type: 'measure', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* long tasks are not reported by this browser */
  }
}

/**
 * A fixed in-page workload (20 million multiply-adds, best of 5) and the load average, so
 * figures from runs on a busy or a quiet machine can be compared.
 */
async function machineCheck(browser: Browser) {
  const page = await browser.newPage();
  const ms = await page.evaluate(() => {
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      let x = 0;
      for (let i = 0; i < 2e7; i++) x = (x * 1.000001 + i) % 1e9;
      best = Math.min(best, performance.now() - t + (x < 0 ? 1 : 0));
    }
    return best;
  });
  await page.close();
  return `Machine check: 20M multiply-adds in ${ms.toFixed(0)} ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`;
}

/** Scrolls a widget island into view and waits until it has mounted. */
async function mountIsland(page: Page, name: string) {
  const island = page.locator(`[data-island="${name}"]`).first();
  await island.scrollIntoViewIfNeeded();
  await page.locator(`[data-island="${name}"].is-mounted`).first().waitFor({ timeout: 30_000 });
  return island;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

type ResultRow = BenchRow & { scenario: string };

function printTable(rows: ResultRow[]) {
  const header = ['scenario', 'measure', 'median', 'min', 'max', 'runs', 'goal', ''];
  const fmt = (x: number | undefined, unit: string) => (x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(1)} ${unit}`);
  const lines = rows.map((r) => {
    const unit = r.unit ?? 'ms';
    const med = r.samples.length ? median(r.samples) : NaN;
    const ok = r.goal === undefined || Number.isNaN(med) ? '' : med <= r.goal ? '✓' : '✗';
    return [
      r.scenario,
      r.measure,
      fmt(med, unit),
      fmt(Math.min(...r.samples), unit),
      fmt(Math.max(...r.samples), unit),
      String(r.samples.length),
      r.goal === undefined ? '' : `≤ ${r.goal} ${unit}`,
      ok,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const l of lines) console.log(line(l));
}

const scenarios = ALL_SCENARIOS.filter((s) => s.name.includes(filter));
if (!scenarios.length) {
  console.error(`bench: no scenario matches "${filter}"; the scenarios are: ${ALL_SCENARIOS.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
const server = await startServer(port);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows: ResultRow[] = [];
let failed = false;
const machine = await machineCheck(browser);
try {
  for (const scenario of scenarios) {
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await context.addInitScript(installTimeUntil);
    const page = await context.newPage();
    try {
      await page.goto(scenario.path);
      const results = await scenario.run(page, { runs, mountIsland, traceCpu, observePerformance });
      for (const r of results) rows.push({ scenario: scenario.name, ...r });
      console.error(`bench: ${scenario.name} done`);
    } catch (error) {
      failed = true;
      console.error(`bench: ${scenario.name} failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
console.log(`\nWidget benchmarks in Chromium (${runs} runs each, 1280×900). ${machine}`);
printTable(rows);
process.exit(failed ? 1 : 0);
