/**
 * The generation widget and the logit lens in the built site: a step adds exactly one
 * key and one value row to every layer's cache (and stepping back removes them); a
 * copied link reopens the same continuation; the keyboard drives both widgets; the
 * lens's last row equals the model's own prediction; both languages; axe finds no
 * violations; no console errors.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, watch } from './helpers';

test.describe.configure({ timeout: 600_000 });

const GEN = '[data-widget-frame="generation-stepper"]';
const LENS = '[data-widget-frame="logit-lens"]';

async function open(page: Page, path: string, island: string, frameSelector: string, ready: string): Promise<Locator> {
  await page.goto(path, { timeout: 240_000 });
  await page.locator(`[data-island="${island}"]`).scrollIntoViewIfNeeded();
  const frame = page.locator(frameSelector);
  await expect(frame.locator(ready).first()).toBeVisible({ timeout: 240_000 });
  return frame;
}

/** Cells per layer in the cache picture: [layer] → { k, v }. */
async function cacheRows(frame: Locator): Promise<{ k: number; v: number }[]> {
  return frame
    .locator('[data-cache-layer]')
    .evaluateAll((layers) => layers.map((layer) => ({ k: layer.querySelectorAll('[data-kind="k"]').length, v: layer.querySelectorAll('[data-kind="v"]').length })));
}

async function axeClean(page: Page, selector: string) {
  expect(await axeViolations(page, { include: [selector] })).toEqual([]);
}

test('each step adds exactly one key and one value row per layer; stepping back removes them', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const frame = await open(page, '/en/what-is-an-llm/', 'generation-stepper', GEN, '.gen-svg');
  const before = await cacheRows(frame);
  expect(before.length).toBeGreaterThan(0);
  const next = frame.getByRole('button', { name: 'Next token' });
  for (let step = 1; step <= 3; step++) {
    await next.click();
    await expect(page).toHaveURL(new RegExp(`[?&]generation-stepper\\.gsteps=${step}(&|$)`));
    await expect(frame.locator('.gen')).toHaveAttribute('data-steps', String(step));
    const after = await cacheRows(frame);
    after.forEach((layer, l) => {
      expect(layer.k).toBe(before[l].k + step);
      expect(layer.v).toBe(before[l].v + step);
    });
    // the newest token's attention: one row of cells per head in every layer
    await expect(frame.locator('[data-layer-row]')).toHaveCount(before.length);
  }
  await frame.getByRole('button', { name: 'Step back' }).click();
  await expect(page).toHaveURL(/[?&]generation-stepper\.gsteps=2(&|$)/);
  (await cacheRows(frame)).forEach((layer, l) => expect(layer.k).toBe(before[l].k + 2));
  await expect(frame.locator('[data-memory-this]')).toContainText(`${before[0].k + 2} tokens`);
  await frame.getByRole('checkbox', { name: 'Without a cache' }).check();
  await expect(page).toHaveURL(/[?&]generation-stepper\.gnocache=1(&|$)/);
  await expect(frame.locator('.gen-cache-recomputed[data-kind]')).toHaveCount(2 * before.length * (before[0].k + 1));
  await axeClean(page, GEN);
  expect(problems.consoleErrors).toEqual([]);
});

test('a step animates its path, and the keyboard takes it', async ({ page }) => {
  const problems = watch(page);
  const frame = await open(page, '/en/what-is-an-llm/', 'generation-stepper', GEN, '.gen-svg');
  await frame.getByRole('button', { name: 'Next token' }).focus();
  await page.keyboard.press('Enter');
  await expect(frame.locator('.gen-phase')).toContainText(/The model read “.+” and drew “.+”/, { timeout: 15_000 });
  await expect(frame.locator('[data-bar-token]').first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]generation-stepper\.gsteps=1(&|$)/);
  expect(problems.consoleErrors).toEqual([]);
});

test('a copied link reproduces the same continuation', async ({ page, browser }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const frame = await open(page, '/en/what-is-an-llm/?generation-stepper.gseed=1234&generation-stepper.gtemp=1.2', 'generation-stepper', GEN, '.gen-svg');
  const next = frame.getByRole('button', { name: 'Next token' });
  for (let step = 1; step <= 6; step++) {
    await next.click();
    await expect(frame.locator('.gen')).toHaveAttribute('data-steps', String(step));
  }
  const text = await frame.locator('[data-generated-text] mark').textContent();
  expect(text?.length).toBeGreaterThan(0);
  await expect(page).toHaveURL(/gsteps=6/);
  const url = page.url();

  const fresh = await browser.newPage();
  const again = await open(fresh, url.replace(/^https?:\/\/[^/]+/, ''), 'generation-stepper', GEN, '.gen-svg');
  await expect(again.locator('.gen')).toHaveAttribute('data-steps', '6');
  await expect(again.locator('[data-generated-text] mark')).toHaveText(text!);
  // a different seed continues differently or at least draws with different numbers
  await fresh.close();
});

test('the Chinese page and the compact cache view in getting-started work', async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const zh = await open(page, '/zh/what-is-an-llm/', 'generation-stepper', GEN, '.gen-svg');
  await zh.getByRole('button', { name: '下一个词元' }).click();
  await expect(zh.locator('.gen-phase')).toContainText('模型读入');

  const compactFrame = '[data-widget-frame="generation-compact"]';
  const compact = await open(page, '/en/getting-started/', 'generation-compact', compactFrame, '.gen-svg');
  const before = await cacheRows(compact);
  await compact.getByRole('button', { name: 'Next token' }).click();
  await expect(compact.locator('.gen')).toHaveAttribute('data-steps', '1');
  (await cacheRows(compact)).forEach((layer, l) => expect(layer.k).toBe(before[l].k + 1));
  await expect(compact.locator('[data-memory]')).toContainText('Mistral 7B');
  await axeClean(page, compactFrame);
  expect(problems.consoleErrors).toEqual([]);
});

/** The lens cells of one row as [token, probability] pairs. */
async function lensRow(frame: Locator, row: string): Promise<string[][]> {
  return frame.locator(`[data-lens-row="${row}"]`).evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-lens-token') ?? '', c.getAttribute('data-lens-p') ?? '']));
}

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: the lens's last row equals the model's prediction, and the keyboard moves through the grid`, async ({ page }) => {
    const problems = watch(page);
    const frame = await open(page, `/${locale}/transformer-blocks/`, 'logit-lens', LENS, '.lens-svg');
    const rows = await frame.locator('[data-lens-row]').evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-lens-row')))]);
    const lensRows = rows.filter((r) => r !== 'model');
    expect(lensRows.length).toBeGreaterThan(1);
    const last = await lensRow(frame, lensRows[lensRows.length - 1]!);
    const model = await lensRow(frame, 'model');
    expect(last.length).toBeGreaterThan(3);
    expect(last).toEqual(model);

    await frame.locator('.lens-scroll').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]logit-lens\.lrow=1(&|$)/);
    await expect(page).toHaveURL(/[?&]logit-lens\.lpos=2(&|$)/);
    await expect(frame.locator('.lens-live')).toContainText(locale === 'en' ? 'after block 1, position 3' : '第 1 块之后，位置 3');
    await frame
      .getByRole('button', { name: locale === 'en' ? 'Show numbers as a table' : '以表格显示数值' })
      .first()
      .click();
    await expect(frame.locator('.widget-table table')).toBeVisible();
    await axeClean(page, LENS);
    expect(problems.consoleErrors).toEqual([]);
  });
}
