/**
 * The positional-encoding explorer in the built site: moving the heatmap's
 * cursor and switching views changes the URL; a link restores kind, positions, dims and
 * pos; an invalid link falls back with a notice; the shuffle demonstration and the
 * presenter step event work; downloads are self-contained; the learned view fetches its
 * position table and no model; axe finds no violations; no console errors.
 */
import { expect, test, type Page } from '@playwright/test';
import { VIEWS } from '@/visualizations/positional/kinds';
import { axeViolations, watch } from './helpers';
import { sinusoidalDot as dotByFormula } from '../support/sinusoidalDot';

const FRAME = '[data-widget-frame="positional-encoding-explorer"]';
// generous: these run on shared 2-core machines, where the widget may take seconds to mount
test.describe.configure({ timeout: 60_000 });
const SLOT = '[data-widget="positional-encoding-explorer"]';

async function openExplorer(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/positional-encoding/${query}`);
  await page.locator(SLOT).scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.getByRole('tablist')).toBeVisible({ timeout: 30_000 });
  return frame;
}

/** Dispatches the presenter's step event on the widget's slot; true when the widget took a step. */
const step = (page: Page, direction: 1 | -1) => page.locator(SLOT).evaluate((slot, d) => !slot.dispatchEvent(new CustomEvent('llmx:step', { detail: { direction: d }, cancelable: true })), direction);

test('the heatmap answers the keyboard and the URL follows', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  const frame = await openExplorer(page);
  const heatmap = frame.getByRole('group', { name: /Heatmap of the sinusoidal encoding/ });
  await heatmap.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]positional-encoding-explorer\.pos=10(&|$)/);
  // the value under the keyboard cursor, worked out beside the formula
  await expect(frame.locator('.pe-formula')).toContainText('pos = 10, dimension 1: pair i = 0');
  await expect(frame.locator('.pe-formula')).toContainText(`= ${Math.cos(10).toFixed(3).replace('-', '−')}`);
  await frame.getByLabel('Positions', { exact: true }).fill('256');
  await expect(page).toHaveURL(/[?&]positional-encoding-explorer\.positions=256(&|$)/);
  await frame.getByLabel('Dimensions (d_model)').fill('512');
  await expect(page).toHaveURL(/[?&]positional-encoding-explorer\.dims=512(&|$)/);
  await expect(frame.getByText('PE for positions 0–255 × dimensions 0–511')).toBeVisible();
  await frame.getByRole('tab', { name: 'Distance' }).click();
  await expect(page).toHaveURL(/[?&]positional-encoding-explorer\.kind=distance(&|$)/);
  await expect(frame.getByText(/Along every diagonal/)).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('a link restores the view', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(
    page,
    '?positional-encoding-explorer.kind=distance&positional-encoding-explorer.positions=32&positional-encoding-explorer.dims=16&positional-encoding-explorer.pos=5',
  );
  await expect(frame.getByRole('tab', { name: 'Distance' })).toHaveAttribute('aria-selected', 'true');
  await expect(frame.getByLabel('Positions', { exact: true })).toHaveValue('32');
  await expect(frame.getByLabel('Dimensions (d_model)')).toHaveValue('16');
  await expect(frame.getByText('Similarity of position 5 to every position')).toBeVisible();
  await expect(frame.locator('.widget-notice')).toHaveCount(0);
  await expect(page).toHaveURL(/\?positional-encoding-explorer\.kind=distance&positional-encoding-explorer\.positions=32&positional-encoding-explorer\.dims=16&positional-encoding-explorer\.pos=5$/);
  expect(problems.consoleErrors).toEqual([]);
});

test('an invalid link falls back to the defaults with a notice', async ({ page }) => {
  const frame = await openExplorer(page, '?positional-encoding-explorer.kind=nonsense&positional-encoding-explorer.dims=7&positional-encoding-explorer.positions=9999');
  await expect(frame.locator('.widget-notice')).toContainText('kind, positions, dims');
  await expect(frame.getByRole('tab', { name: 'Sinusoidal' })).toHaveAttribute('aria-selected', 'true');
  await expect(frame.getByLabel('Dimensions (d_model)')).toHaveValue('128');
});

test('shuffling shows permuted outputs without positions and changed outputs with them', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(page, '?positional-encoding-explorer.kind=order');
  await frame.getByRole('button', { name: 'Shuffle again' }).click();
  await expect(frame.getByText(/Every word keeps its output vector \(largest difference 0\.000000\)/)).toBeVisible();
  await expect(frame.getByText(/The words’ outputs change \(largest difference [1-9]|The words’ outputs change \(largest difference 0\.[0-9]*[1-9]/)).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('a presenter steps the addition animation and the rotary position', async ({ page }) => {
  const frame = await openExplorer(page, '?positional-encoding-explorer.kind=add');
  await expect(frame.getByText('Step 1 of 4')).toBeVisible();
  expect(await step(page, -1)).toBe(false);
  expect(await step(page, 1)).toBe(true);
  await expect(frame.getByText('Step 2 of 4')).toBeVisible();
  expect(await step(page, 1)).toBe(true);
  expect(await step(page, 1)).toBe(true);
  await expect(frame.getByText('Step 4 of 4')).toBeVisible();
  expect(await step(page, 1)).toBe(false);
  expect(await step(page, -1)).toBe(true);
  await expect(frame.getByText('Step 3 of 4')).toBeVisible();
  await frame.getByRole('tab', { name: 'Rotary (RoPE)' }).click();
  expect(await step(page, 1)).toBe(true);
  await expect(page).toHaveURL(/[?&]positional-encoding-explorer\.pos=9(&|$)/);
  await expect(frame.getByText(/q rotated to 9 · k rotated to 6/)).toBeVisible();
  await frame.getByRole('tab', { name: 'Sinusoidal' }).click();
  expect(await step(page, 1)).toBe(false);
});

/** The powers of ten in a text's "× 10⁻¹³" figures. */
const superscriptExponents = (text: string) => [...text.matchAll(/× 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g)].map((m) => Number([...m[1]].map((c) => '-0123456789'['⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)]).join('')));

test('the distance view recomputes its 256 × 256 dot products for each dimension', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(
    page,
    '?positional-encoding-explorer.kind=distance&positional-encoding-explorer.positions=256&positional-encoding-explorer.dims=512&positional-encoding-explorer.pos=0',
  );
  const map = frame.getByRole('group', { name: /dot product/i });
  await expect(map).toBeVisible();
  for (const dims of [510, 508]) {
    await frame.getByLabel('Dimensions (d_model)').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(frame.getByText(`PE(a) · PE(b) for 256 positions, d_model = ${dims}`)).toBeVisible();
    // the cursor's dot product, PE(row)·PE(0), against the formula
    await map.focus();
    await page.keyboard.press('ArrowDown');
    const row = dims === 510 ? 1 : 2;
    await expect(frame.locator('.pe-heatmap p[aria-live]')).toContainText(`PE(${row}) · PE(0) = ${dotByFormula(row, 0, dims).toFixed(3)}`);
    // every diagonal constant to rounding: the spread is a tiny power of ten
    const verdict = (await frame.locator('.pe-verdict').textContent()) ?? '';
    const exponents = superscriptExponents(verdict);
    expect(verdict.includes('within 0:') || (exponents.length === 1 && exponents[0] <= -10), verdict).toBe(true);
  }
  expect(problems.consoleErrors).toEqual([]);
});

test('the SVG download is self-contained, heatmap pixels included', async ({ page }) => {
  const frame = await openExplorer(page);
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /: SVG$/ }).click()]);
  const path = await download.path();
  const text = (await import('node:fs')).readFileSync(path!, 'utf8');
  expect(text).toContain('<svg');
  expect(text).toMatch(/<image[^>]+href="data:image\/png;base64,/);
  // theme colours resolved into each element's style
  expect(text).toMatch(/style="fill:rgb\(/);
  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /: PNG$/ }).click()]);
  expect(png.suggestedFilename()).toBe('positional-encoding-explorer.png');
});

test('the learned view shows a trained position table, fetching that table and not the model', async ({ page }) => {
  const problems = watch(page);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const frame = await openExplorer(page, '?positional-encoding-explorer.kind=learned&positional-encoding-explorer.pos=3');
  await expect(frame.getByText('Learned position vectors: 128 positions × 64 dimensions')).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByText(/These 128 position vectors of 64 dimensions come from a model built like the site’s own/)).toBeVisible();
  await expect(frame.getByText(/Largest spread along a diagonal: learned/)).toBeVisible();
  await expect(frame.getByText('Cosine similarity of position 3 to every position')).toBeVisible();
  expect(fetched).toContain('/models/en/learned-positions.json');
  expect(fetched.filter((path) => /^\/models\/[^/]+\/(model\.json|weights\.bin)$/.test(path))).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

for (const locale of ['en', 'zh'] as const) {
  test(`axe finds no violations in every view (${locale})`, async ({ page }) => {
    // six scans of the widget (each under 10 s on a quiet machine, far more on a busy one)
    test.setTimeout(360_000);
    // a small table keeps axe quick; the structure is the same at every size. One page
    // load, every view in turn by its tab (the chapter is long: loading it is the cost).
    const frame = await openExplorer(page, '?positional-encoding-explorer.positions=16&positional-encoding-explorer.dims=16', locale);
    const tabs = frame.getByRole('tab');
    await expect(tabs).toHaveCount(VIEWS.length);
    for (const [i, kind] of VIEWS.entries()) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      await expect(frame.locator('svg').first()).toBeVisible({ timeout: 20_000 });
      // the frame's table switch (its name changes once open)
      const tableButton = frame.locator('button[aria-controls="positional-encoding-explorer-table"]');
      if ((await tableButton.getAttribute('aria-expanded')) !== 'true') await tableButton.click();
      await expect(tableButton).toHaveAttribute('aria-expanded', 'true');
      const violations = await axeViolations(page, { include: [FRAME] });
      expect(violations, `axe violations (${kind})`).toEqual([]);
    }
  });
}

test('on a slide the distance map is painted at the slide enlargement, and again when the window grows', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/en/positional-encoding/present/');
  await expect(page.locator('.presenter.is-ready')).toHaveCount(1);
  const slide = await page.locator('.slide:has([data-island="positional-encoding-explorer"])').first().getAttribute('data-slide');
  await page.goto(`/en/positional-encoding/present/#slide-${slide}`);
  const frame = page.locator(`.slide[data-slide="${slide}"] ${FRAME}`);
  await frame.getByRole('tab', { name: 'Distance' }).click({ timeout: 30_000 });
  const canvas = frame.locator('canvas').first();
  await expect(canvas).toHaveAttribute('data-painted', /\d+/, { timeout: 30_000 });
  // backing pixels per screen pixel: 1 when the canvas is painted for the size it is drawn at
  const sharpness = () => canvas.evaluate((c) => (c as HTMLCanvasElement).width / c.getBoundingClientRect().width);
  const drawnPerLayout = () => canvas.evaluate((c) => c.getBoundingClientRect().width / (c as HTMLCanvasElement).offsetWidth);
  expect(await drawnPerLayout()).toBeGreaterThan(1.2);
  await expect.poll(sharpness).toBeCloseTo(1, 2);
  const before = await drawnPerLayout();
  await page.setViewportSize({ width: 2560, height: 1440 });
  await expect.poll(drawnPerLayout).toBeGreaterThan(before * 1.2);
  await expect.poll(sharpness).toBeCloseTo(1, 2);
});
