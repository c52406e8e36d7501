/**
 * Benchmark scenarios of the attention explorer, run by scripts/measure/bench.ts:
 * - sentence → view: from a changed sentence (an input event on the text box) to the
 *   explorer's DOM showing the new tokens, laid out, at 16, 32 and 64 tokens; both the
 *   wall time and the main thread's CPU time (what the wall time would be on an idle
 *   machine, see traceCpu in scripts/measure/bench.ts);
 * - the tiny model's forward pass inside the page at 32 and 64 tokens (the User
 *   Timing measure 'tiny-model:forward' that the widget records);
 * - typed → painted: a new 32-character sentence typed into the box (one real input
 *   event from the keyboard, as a paste is), from the event's time stamp to the end of
 *   the first frame that shows the new tokens (a task queued from that frame's
 *   animation callback runs after its paint);
 * - the longest task (PerformanceObserver 'longtask', ≥ 50 ms) and the longest gap
 *   between animation frames while the step-through plays.
 * The Chinese explorer is measured too (sentence → view and the forward pass at 32 and 64
 * tokens), since its model is a layer deeper.
 * Goals: under 16 ms at 32 tokens, no task over 50 ms while animating, a 64-token forward
 * pass within one frame.
 */
import type { Page } from '@playwright/test';
import type { BenchContext, BenchRow, BenchWindow, Scenario } from './scenario';
import { sentenceOfTokens as sentence } from './sentences';

const FRAME = '[data-widget-frame="attention-explorer"]';
/** In the page: types `text` into the explorer and resolves with the ms until the new tokens are on screen. */
function changeSentence({ frame, text, shown }: { frame: string; text: string; shown: string }): Promise<{ ms: number }> {
  const root = document.querySelector(frame)!;
  const area = root.querySelector('textarea')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  const strip = () => root.querySelector('.attn-strip')?.textContent;
  const type = () => {
    setValue.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const watch = { childList: true, characterData: true, attributes: true };
  return (window as BenchWindow).__timeUntil(root, () => strip() === shown, type, { watch, failure: `view did not update for "${text}"`, timeout: 10_000, marks: true }).then((ms) => ({ ms }));
}

/**
 * In the page, before the text is typed: watches the next input event on the explorer's
 * text box and the first frame after it that shows the strip `shown`; `paintedAfterInput`
 * then reads the result. The watch starts before the keystroke: a model answer that comes
 * back before the test tool's next call would otherwise be painted unseen, and a later,
 * idle frame timed instead.
 */
function watchInput({ frame, shown }: { frame: string; shown: string }) {
  const win = window as BenchWindow;
  const root = document.querySelector(frame)!;
  const area = root.querySelector('textarea')!;
  const strip = () => root.querySelector('.attn-strip')?.textContent;
  win.__typed = null;
  win.__painted = new Promise((resolve) => {
    // a task queued from a frame's animation callback runs after that frame's paint
    const afterPaint = () =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - (win.__typed ?? 0));
        channel.port2.postMessage(0);
      });
    const observer = new MutationObserver(() => {
      if (win.__typed == null || strip() !== shown) return;
      observer.disconnect();
      afterPaint();
    });
    area.addEventListener(
      'input',
      (event) => {
        win.__typed = event.timeStamp;
        observer.observe(root, { subtree: true, childList: true, characterData: true });
      },
      { capture: true, once: true },
    );
  });
}

/** In the page: ms from the watched input event to the end of the first frame painting the strip it waits for. */
function paintedAfterInput(): Promise<number> {
  const painted = (window as BenchWindow).__painted!;
  return Promise.race([painted, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('the typed sentence was not painted')), 10_000))]);
}

/** Types `text` over the explorer's sentence (select all, then one input event) and returns the ms until it was painted. */
async function typeSentence(page: Page, text: string) {
  const area = page.locator(`${FRAME} textarea`);
  await area.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate(watchInput, { frame: FRAME, shown: shownTokens(text) });
  await page.keyboard.insertText(text);
  return page.evaluate(paintedAfterInput);
}

const shownTokens = (text: string) =>
  Array.from(text)
    .map((c) => (c === ' ' ? '␣' : c))
    .join('');

/** Opens the explorer on its page and waits for the model's first view. */
async function openExplorer(page: Page, { mountIsland, observePerformance }: BenchContext) {
  await page.evaluate(observePerformance);
  await mountIsland(page, 'attention-explorer');
  await page.locator(`${FRAME} .attn-strip`).waitFor({ timeout: 30_000 });
}

/**
 * Wall time from a changed sentence of `n` tokens to its view, and the forward pass that
 * computed it, over `runs` sentences after one that warms up (no tracing).
 */
async function sentenceTimes(page: Page, n: number, runs: number, locale: 'en' | 'zh'): Promise<{ update: number[]; forward: number[] }> {
  const update: number[] = [];
  const forward: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const text = sentence(n, run, locale);
    const { ms } = await page.evaluate(changeSentence, { frame: FRAME, text, shown: shownTokens(text) });
    const last = await page.evaluate(() => (window as BenchWindow).__bench.forward.at(-1));
    if (run === 0) continue;
    update.push(ms);
    if (last?.tokens === n) forward.push(last.ms);
  }
  return { update, forward };
}

export const scenarios: Scenario[] = [
  {
    name: 'attention explorer',
    path: '/en/self-attention/',
    async run(page, context) {
      const { runs, traceCpu } = context;
      await openExplorer(page, context);
      const rows: BenchRow[] = [];
      for (const n of [16, 32, 64]) {
        // Wall time without tracing, then CPU time of the same changes under a trace.
        const { update, forward } = await sentenceTimes(page, n, runs, 'en');
        const cpu: number[] = [];
        for (let run = 1; run <= runs; run++) {
          const text = sentence(n, runs + run);
          cpu.push((await traceCpu(page, () => page.evaluate(changeSentence, { frame: FRAME, text, shown: shownTokens(text) }))).cpu);
        }
        rows.push({ measure: `sentence → view, ${n} tokens`, samples: update, goal: n === 32 ? 16 : undefined });
        rows.push({ measure: `  main-thread CPU of that update`, samples: cpu, goal: n === 32 ? 16 : undefined });
        if (n !== 16) rows.push({ measure: `forward pass, ${n} tokens`, samples: forward });
      }
      const typed: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const ms = await typeSentence(page, sentence(32, 2 * runs + 1 + run));
        if (run > 0) typed.push(ms);
      }
      rows.push({ measure: 'typed sentence → painted, 32 tokens', samples: typed, goal: 16 });
      rows.push(...(await stepThroughRows(page, traceCpu)));
      return rows;
    },
  },
  {
    // The Chinese model has a layer more than the English one: its passes cost a third more.
    name: 'attention explorer, Chinese model',
    path: '/zh/self-attention/',
    async run(page, context) {
      await openExplorer(page, context);
      const rows: BenchRow[] = [];
      for (const n of [32, 64]) {
        const { update, forward } = await sentenceTimes(page, n, context.runs, 'zh');
        rows.push({ measure: `sentence → view, ${n} tokens`, samples: update, goal: n === 32 ? 16 : undefined });
        rows.push({ measure: `forward pass, ${n} tokens`, samples: forward, goal: n === 64 ? 16 : undefined });
      }
      return rows;
    },
  },
];

/** In the page: the longest gap between animation frames while the step-through plays. */
function frameGapsWhilePlaying(): Promise<number> {
  const playing = () => document.querySelector('.attn-steps')?.getAttribute('data-playing') === 'true';
  return new Promise((resolve) => {
    let last = performance.now();
    let longest = 0;
    let seen = false;
    const tick = (now: number) => {
      if (playing()) {
        if (seen) longest = Math.max(longest, now - last);
        seen = true;
      } else if (seen) return resolve(longest);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Plays the step-through once (at 64 tokens) and reports the longest task and frame gap,
 * in wall time and in main-thread CPU time. Buttons are pressed from inside the page, so
 * no test-tool work runs while measuring.
 */
async function stepThroughRows(page: Page, traceCpu: BenchContext['traceCpu']): Promise<BenchRow[]> {
  await page.locator(`${FRAME} .attn-steps`).scrollIntoViewIfNeeded();
  await page.evaluate((frame) => document.querySelector<HTMLButtonElement>(`${frame} .attn-step-controls button`)!.click(), FRAME);
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => (window as BenchWindow).__bench.longtasks.length);
  const played = await traceCpu(page, async () => {
    const gaps = page.evaluate(frameGapsWhilePlaying);
    await page.evaluate((frame) => {
      performance.mark('bench:start');
      document.querySelector<HTMLButtonElement>(`${frame} .attn-play`)!.click();
    }, FRAME);
    const longestFrame = await gaps;
    await page.evaluate(() => performance.mark('bench:end'));
    return { longestFrame };
  });
  await page.waitForTimeout(200); // let the long-task observer deliver
  const tasks = await page.evaluate((from) => (window as BenchWindow).__bench.longtasks.slice(from).map((t) => t.ms), before);
  return [
    { measure: 'step-through: longest task (0 = none ≥ 50 ms)', samples: [tasks.length ? Math.max(...tasks) : 0], goal: 50 },
    { measure: '  main-thread CPU of the longest task', samples: [Math.max(0, ...played.tasks)], goal: 50 },
    { measure: 'step-through: longest frame gap', samples: [played.longestFrame] },
  ];
}
