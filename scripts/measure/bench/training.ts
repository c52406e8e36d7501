/**
 * Benchmark of "Train it yourself" (the copy task with its default model), run by
 * scripts/measure/bench.ts: from pressing Train to the first head with an induction score
 * of 0.4 on its held-out probes (wall time, goal 60 s), the training speed in steps
 * per second (from the widget's status line), and the longest main-thread task
 * from pressing Train until the head (goal 50 ms). One run per `--runs`, each a fresh page and seed 1.
 * Training is CPU-bound in a worker: on a busy machine the time grows with the load.
 * A run waits at most WAIT_SECONDS for the head; one that gets none records an
 * infinite time (so the row fails its goal) and the step it had reached.
 */
import type { BenchWindow, Scenario } from './scenario';

const FRAME = '[data-widget-frame="train-it-yourself"]';
const LIMIT_STEPS = 6000;
const WAIT_SECONDS = 90;

export const scenarios: Scenario[] = [
  {
    name: 'train it yourself',
    path: `/en/training-and-customization/?train-it-yourself.steps=${LIMIT_STEPS}`,
    async run(page, { runs, mountIsland, observePerformance }) {
      const toInduction: number[] = [];
      const stepsPerSecond: number[] = [];
      const longest: number[] = [];
      const steps: number[] = [];
      for (let r = 0; r < Math.min(runs, 3); r++) {
        if (r > 0) await page.reload();
        await mountIsland(page, 'train-it-yourself');
        await page.evaluate(observePerformance);
        const frame = page.locator(FRAME);
        const start = Date.now();
        // the observer also reports the page's own loading tasks (buffered): only those from pressing Train on count
        const pressedAt = await page.evaluate(() => performance.now());
        await frame.getByRole('button', { name: /Train/ }).click();
        const crossed = await frame
          .locator('.tr-crossing')
          .first()
          .waitFor({ timeout: WAIT_SECONDS * 1000 })
          .then(
            () => true,
            () => false,
          );
        toInduction.push(crossed ? (Date.now() - start) / 1000 : Infinity);
        const status = (await frame.locator('.tr-status').textContent()) ?? '';
        steps.push(Number(/step (\d+)/.exec(status)?.[1] ?? NaN));
        stepsPerSecond.push(Number(/([\d.]+) steps\/s/.exec(status)?.[1] ?? NaN));
        longest.push(await page.evaluate((from) => Math.max(0, ...(window as BenchWindow).__bench.longtasks.filter((t) => t.start >= from).map((t) => t.ms)), pressedAt));
        // A run that reached its step target has stopped by itself.
        const pause = frame.getByRole('button', { name: 'Pause' });
        if (await pause.isVisible()) await pause.click();
      }
      return [
        { measure: 'press Train → induction head', samples: toInduction, unit: 's', goal: 60 },
        { measure: `steps at the head (or at ${WAIT_SECONDS} s)`, samples: steps, unit: '' },
        { measure: 'training speed', samples: stepsPerSecond, unit: 'steps/s' },
        { measure: 'longest main-thread task while training', samples: longest, goal: 50 },
      ];
    },
  },
];
