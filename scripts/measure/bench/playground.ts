/**
 * Benchmark scenarios of the next-token playground and the head gallery,
 * run by scripts/measure/bench.ts:
 * - prompt → chart: from a changed prompt (an input event) to the chart for the new
 *   prompt on screen, at 16, 32 and 64 characters (one forward pass each);
 * - temperature → chart: with 40 generated tokens, from a moved temperature slider
 *   to the reshaped chart of the shown token (no forward pass);
 * - temperature → continuation: the same, until the whole 40-token continuation is
 *   regenerated (up to 40 forward passes, in the model worker; the
 *   steps before the first token that changes come from its cache), with the number
 *   of forward passes it took and the longest task while it ran;
 * - the forward pass inside the page at 32 tokens (User Timing 'tiny-model:forward');
 * - sentence → gallery: from a changed sentence to all eight labelled maps and the
 *   opened head, at 16, 32 and 64 tokens, in wall time and in the main thread's CPU time
 *   under a trace (what the wall time would be on an idle machine).
 * Every run ends when the widget's DOM shows the new state, after style and layout.
 * Goal: an update for 32 tokens within a frame (16 ms); the gallery's at 64 tokens too.
 */
import type { Page } from '@playwright/test';
import type { BenchRow, BenchWindow, Scenario } from './scenario';
import { sentenceOfTokens } from './sentences';

const PLAYGROUND = '[data-widget-frame="next-token-playground"]';
const GALLERY = '[data-widget-frame="head-gallery"]';
const text = sentenceOfTokens;

/** A change `change` makes: the field, its new value, and the state that shows it was drawn. */
interface Change {
  frame: string;
  selector: string;
  value: string | number;
  kind: 'textarea' | 'range';
  until: { at: string; data: Record<string, string>; text?: [string, string] };
}

/**
 * In the page: sets a text box or a slider and resolves with the ms until the element
 * `until.at` carries the data attributes `until.data` (and, if given, the element
 * `until.text[0]` contains the text `until.text[1]`).
 */
function change({ frame, selector, value, kind, until }: Change): Promise<number> {
  const root = document.querySelector(frame)!;
  const field = root.querySelector<HTMLElement>(selector)!;
  const proto = kind === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  const done = () => {
    const at = root.querySelector<HTMLElement>(until.at);
    if (!at || !Object.entries(until.data).every(([k, v]) => at.dataset[k] === v)) return false;
    return !until.text || (root.querySelector(until.text[0])?.textContent ?? '').includes(until.text[1]);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no update for ${value}`)), 10_000);
    let start = 0;
    const check = () => {
      if (!done()) return;
      observer.disconnect();
      void document.body.offsetHeight; // include style and layout of the new view
      clearTimeout(timer);
      const ms = performance.now() - start;
      performance.mark('bench:end');
      resolve(ms);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    performance.mark('bench:start');
    start = performance.now();
    setValue.call(field, String(value));
    field.dispatchEvent(new Event(kind === 'textarea' ? 'input' : 'change', { bubbles: true }));
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const counts = (page: Page) =>
  page.evaluate(() => {
    const { forward, longtasks } = (window as BenchWindow).__bench;
    return { forward: forward.reduce((sum, f) => sum + f.passes, 0), longtasks: longtasks.length };
  });

export const scenarios: Scenario[] = [
  {
    name: 'next-token playground',
    path: '/en/what-is-an-llm/?next-token-playground.generated=40',
    async run(page, { runs, mountIsland, observePerformance }) {
      await page.evaluate(observePerformance);
      await mountIsland(page, 'next-token-playground');
      await page.locator(`${PLAYGROUND} .ntp-picture[data-generated="40"][data-pending="false"]`).waitFor({ timeout: 60_000 });
      const rows: BenchRow[] = [];
      // Temperature first, while the 40-token continuation is there (a new prompt clears it).
      const chart: number[] = [];
      const whole: number[] = [];
      const passes: number[] = [];
      const tasks: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const t = (0.5 + 0.05 * run).toFixed(2);
        const before = await counts(page);
        const shown: Change['until'] = { at: '.ntp-picture', data: { temperature: String(Number(t)) } };
        const ms = await page.evaluate(change, { frame: PLAYGROUND, selector: 'input[type="range"]', value: t, kind: 'range', until: shown } satisfies Change);
        const start = Date.now();
        await page.locator(`${PLAYGROUND} .ntp-picture[data-pending="false"][data-temperature="${Number(t)}"]`).waitFor({ timeout: 60_000 });
        const total = ms + (Date.now() - start);
        await page.waitForTimeout(100); // let the long-task observer deliver
        const after = await counts(page);
        if (run === 0) continue; // warm-up
        chart.push(ms);
        whole.push(total);
        passes.push(after.forward - before.forward);
        tasks.push(Math.max(0, ...(await page.evaluate((from) => (window as BenchWindow).__bench.longtasks.slice(from).map((task) => task.ms), before.longtasks))));
      }
      rows.push({ measure: 'temperature → chart (40 tokens generated)', samples: chart, goal: 16 });
      rows.push({ measure: 'temperature → whole continuation (approx.)', samples: whole });
      rows.push({ measure: 'forward passes per temperature step', samples: passes, unit: '' });
      rows.push({ measure: 'longest task while regenerating (0 = none ≥ 50 ms)', samples: tasks, goal: 50 });
      for (const n of [16, 32, 64]) {
        const samples: number[] = [];
        for (let run = 0; run <= runs; run++) {
          const prompt = text(n, run);
          const tail = prompt.slice(-12);
          const until: Change['until'] = { at: '.ntp-picture', data: { promptLength: String(n), generated: '0' }, text: ['.ntp-where', tail] };
          const ms = await page.evaluate(change, { frame: PLAYGROUND, selector: 'textarea', value: prompt, kind: 'textarea', until } satisfies Change);
          if (run > 0) samples.push(ms);
        }
        rows.push({ measure: `prompt → chart, ${n} tokens`, samples, goal: n === 32 ? 16 : undefined });
      }
      const forward32 = await page.evaluate(() => (window as BenchWindow).__bench.forward.filter((f) => f.tokens === 32).map((f) => f.ms));
      rows.push({ measure: 'forward pass, 32 tokens', samples: forward32.slice(-runs) });
      return rows;
    },
  },
  {
    name: 'head gallery',
    path: '/en/training-and-customization/',
    async run(page, { runs, mountIsland, traceCpu }) {
      await mountIsland(page, 'head-gallery');
      await page.locator(`${GALLERY} .hg-tile`).first().waitFor({ timeout: 30_000 });
      const rows: BenchRow[] = [];
      const toGallery = (sentence: string, n: number) => {
        const until: Change['until'] = { at: '.hg-picture', data: { sentence, tokens: String(n) } };
        return page.evaluate(change, { frame: GALLERY, selector: 'textarea', value: sentence, kind: 'textarea', until } satisfies Change);
      };
      for (const n of [16, 32, 64]) {
        const samples: number[] = [];
        const cpu: number[] = [];
        // wall time (run 0 warms up), then the main thread's CPU time of as many new sentences under a trace
        for (let run = 0; run <= runs; run++) {
          const ms = await toGallery(text(n, run), n);
          if (run > 0) samples.push(ms);
        }
        for (let run = 1; run <= runs; run++) cpu.push((await traceCpu(page, async () => ({ ms: await toGallery(text(n, runs + run), n) }))).cpu);
        // the goal holds the gallery to a frame at 64 tokens too
        rows.push({ measure: `sentence → gallery, ${n} tokens`, samples, goal: n === 16 ? undefined : 16 });
        rows.push({ measure: `  main-thread CPU of that update`, samples: cpu, goal: n === 16 ? undefined : 16 });
      }
      return rows;
    },
  },
];
