/**
 * "Train it yourself" in the built site: the copy task trains for a bounded
 * number of steps in a Web Worker; the status line shows the step and the loss
 * as text, the training loss falls, the page stays responsive (timers fire
 * promptly, and the longest main-thread task stays short), the URL keeps the
 * run's settings, and axe finds no violations. The Chinese page uses 训练,
 * 第 N 步 and 损失.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_LAYERS, SIZE_SHAPES } from '@/lib/train/recipes';
import { axeViolations, watch } from './helpers';

const FRAME = '[data-widget-frame="train-it-yourself"]';
const STEPS = 60;

async function open(page: Page, locale: string, query: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`/${locale}/training-and-customization/${query}`);
  await page.locator('[data-island="train-it-yourself"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('.tr-controls')).toBeVisible({ timeout: 90_000 });
  return frame;
}

/** While training: how late 20 zero-delay timers fire, 50 ms apart (a blocked main thread delays them). */
function timerLag(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const lags: number[] = [];
    for (let k = 0; k < 20; k++) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 0));
      lags.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    return lags;
  });
}

test('the copy task trains in the page: step and loss as text, the loss falls, the page stays responsive', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page);
  const frame = await open(page, 'en', `?train-it-yourself.steps=${STEPS}&train-it-yourself.seed=3`);
  await frame.getByRole('button', { name: /Train/ }).click();
  const status = frame.locator('.tr-status');
  await expect(status).toContainText(/step \d+/);
  await expect(status).toContainText(/loss \d+\.\d\d/, { timeout: 60_000 });
  const lags = await timerLag(page);
  await expect(status).toContainText(`step ${STEPS}`, { timeout: 200_000 });
  await expect(frame.locator('.tr-note')).toContainText('Reached the step target');
  // one map per head of the default model (size s)
  await expect(frame.locator('.tr-map')).toHaveCount(DEFAULT_LAYERS * SIZE_SHAPES.s.nHeads);
  await expect(frame.getByRole('img', { name: /Induction score of every head/ })).toBeVisible();

  await frame.getByRole('button', { name: 'Show numbers as a table' }).click();
  const rows = frame.locator('.tr-table tbody tr');
  const trainLoss = async (row: number) => Number(await rows.nth(row).locator('td').nth(1).textContent());
  const first = await trainLoss(0);
  const last = await trainLoss((await rows.count()) - 1);
  expect(first).toBeGreaterThan(3);
  expect(last).toBeLessThan(first - 0.1);

  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  console.log(`training: timer lag max ${Math.max(...lags).toFixed(0)} ms, long tasks ${JSON.stringify(longTasks.map(Math.round))}`);
  expect(Math.max(...lags)).toBeLessThan(250);
  await expect(page).toHaveURL(new RegExp(`[?&]train-it-yourself\\.steps=${STEPS}(&|$)`));
  await expect(page).toHaveURL(/[?&]train-it-yourself\.seed=3(&|$)/);

  expect(await axeViolations(page, { include: [FRAME] })).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('pause, resume and reset; the Chinese widget says 训练, 第 N 步 and 损失', async ({ page }) => {
  test.setTimeout(180_000);
  const frame = await open(page, 'zh', '?train-it-yourself.steps=400');
  await frame.getByRole('button', { name: /训练/ }).click();
  const status = frame.locator('.tr-status');
  await expect(status).toContainText(/第 \d+ 步/);
  await expect(status).toContainText(/损失 \d+\.\d\d/, { timeout: 60_000 });
  await frame.getByRole('button', { name: '暂停' }).click();
  await expect(frame.locator('.tr-note')).toContainText('已暂停');
  const paused = await status.textContent();
  await page.waitForTimeout(1500);
  expect(await status.textContent()).toBe(paused);
  await frame.getByRole('button', { name: /继续训练/ }).click();
  await expect(status).not.toHaveText(paused!, { timeout: 60_000 });
  await frame.getByRole('button', { name: '重置' }).click();
  await expect(frame.getByRole('button', { name: /训练/ })).toBeVisible();
});

test('a trained model (rotary positions) runs in the head gallery of the same page after "Use my model"', async ({ page }) => {
  test.setTimeout(180_000);
  const frame = await open(page, 'en', `?train-it-yourself.steps=${STEPS}&train-it-yourself.size=xs`);
  await frame.getByRole('button', { name: /Train/ }).click();
  await expect(frame.locator('.tr-status')).toContainText(`step ${STEPS}`, { timeout: 120_000 });
  await frame.getByRole('button', { name: 'Use my model in the other widgets' }).click();
  // size xs has 2 heads a layer: the gallery now shows the trained model's 3 × 2 heads, not the site model's 3 × 4
  await page.locator('[data-island="head-gallery"]').scrollIntoViewIfNeeded();
  const gallery = page.locator('[data-widget-frame="head-gallery"]');
  await expect(gallery.locator('.hg-tile')).toHaveCount(DEFAULT_LAYERS * SIZE_SHAPES.xs.nHeads, { timeout: 30_000 });
});
