/**
 * Benchmark scenarios of the positional-encoding explorer, run by
 * scripts/measure/bench.ts, at the widget's largest settings (256 positions × 512 dimensions):
 * - sinusoidal heatmap: from a changed dimension slider (an input event) to the heatmap's
 *   canvas repainted and the page laid out (table 256 × 512 computed, painted, waves redrawn);
 * - distance matrix: the same for the 256 × 256 dot-product matrix of 512-wide vectors;
 * - cursor: from an arrow key on the heatmap to the new readout (no repaint of the cells).
 * The updates are measured in wall time, then in the main thread's CPU time under a trace
 * (what the wall time would be on an idle machine, see traceCpu in scripts/measure/bench.ts).
 * The dimension alternates between 510 and 512 so every run recomputes everything.
 */
import type { Page } from '@playwright/test';
import type { BenchContext, BenchWindow, Scenario } from './scenario';

const FRAME = '[data-widget-frame="positional-encoding-explorer"]';

/** In the page: sets the slider labelled `label` to `value` and resolves with the ms until the heatmap was repainted. */
function changeSlider({ frame, label, value }: { frame: string; label: string; value: number }): Promise<number> {
  const root = document.querySelector(frame)!;
  const input = [...root.querySelectorAll('label')].find((l) => l.textContent === label)?.control;
  const image = () => root.querySelector('canvas')?.dataset.painted;
  const before = image();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  if (!input) return Promise.reject(new Error(`no control labelled ${label}`));
  const slide = () => {
    setValue.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const repainted = () => image() !== before;
  return (window as BenchWindow).__timeUntil(root, repainted, slide, {
    watch: { childList: true, attributes: true },
    failure: `heatmap did not update for ${label} = ${value}`,
    timeout: 20_000,
    marks: true,
  });
}

/** In the page: presses ArrowDown on the heatmap and resolves with the ms until its readout changed. */
function moveCursor({ frame }: { frame: string }): Promise<number> {
  const root = document.querySelector(frame)!;
  const group = root.querySelector('[role="group"][aria-describedby]')!;
  const readout = document.getElementById(group.getAttribute('aria-describedby')!)!;
  const before = readout.textContent;
  const key = () => group.dispatchEvent(new KeyboardEvent('keydown', { key: readout.textContent?.includes('PE(255') ? 'ArrowUp' : 'ArrowDown', bubbles: true }));
  const changed = () => readout.textContent !== before;
  return (window as BenchWindow).__timeUntil(root, changed, key, { watch: { childList: true, characterData: true, attributes: true }, failure: 'readout did not change', timeout: 10_000 });
}

/** Wall times of `runs` slider changes (after one warm-up), then the main thread's CPU time of as many more under a trace. */
async function slider(page: Page, runs: number, traceCpu: BenchContext['traceCpu'], label: string, values: [number, number]) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const ms = await page.evaluate(changeSlider, { frame: FRAME, label, value: values[run % 2] });
    if (run > 0) wall.push(ms);
  }
  for (let run = 1; run <= runs; run++) {
    const value = values[(runs + run) % 2];
    cpu.push((await traceCpu(page, async () => ({ ms: await page.evaluate(changeSlider, { frame: FRAME, label, value }) }))).cpu);
  }
  return { wall, cpu };
}

/** The page's query string for the explorer's own (scoped) parameters. */
const scoped = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [`positional-encoding-explorer.${k}`, String(v)])).toString();

/** Mounts the explorer and checks that it took the sizes from the link (a measure at the default sizes would mislead). */
async function open(page: Page, mountIsland: BenchContext['mountIsland']) {
  await mountIsland(page, 'positional-encoding-explorer');
  await page.locator(`${FRAME} canvas[data-painted]`).first().waitFor({ timeout: 30_000 });
  const sizes = await page.locator(`${FRAME} input[type="range"]`).evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
  if (!sizes.includes(256) || !sizes.includes(512)) throw new Error(`the explorer did not open at 256 positions × 512 dimensions (sliders: ${sizes.join(', ')})`);
}

export const scenarios: Scenario[] = [
  {
    name: 'positional: sinusoidal',
    path: `/en/positional-encoding/?${scoped({ kind: 'sinusoidal', positions: 256, dims: 512 })}`,
    async run(page, { runs, mountIsland, traceCpu }) {
      await open(page, mountIsland);
      const update = await slider(page, runs, traceCpu, 'Dimensions (d_model)', [510, 512]);
      const cursor: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const ms = await page.evaluate(moveCursor, { frame: FRAME });
        if (run > 0) cursor.push(ms);
      }
      return [
        { measure: 'dims → heatmap, 256 × 512', samples: update.wall, goal: 16 },
        { measure: '  main-thread CPU of that update', samples: update.cpu, goal: 16 },
        { measure: 'arrow key → readout, 256 × 512', samples: cursor, goal: 16 },
      ];
    },
  },
  {
    name: 'positional: distance',
    path: `/en/positional-encoding/?${scoped({ kind: 'distance', positions: 256, dims: 512 })}`,
    async run(page, { runs, mountIsland, traceCpu }) {
      await open(page, mountIsland);
      const update = await slider(page, runs, traceCpu, 'Dimensions (d_model)', [510, 512]);
      return [
        { measure: 'dims → 256 × 256 dot products (d = 512)', samples: update.wall, goal: 16 },
        { measure: '  main-thread CPU of that update', samples: update.cpu, goal: 16 },
      ];
    },
  },
];
