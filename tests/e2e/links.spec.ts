/**
 * Links to a widget's view land on that view: a link copied from the attention explorer,
 * opened in a fresh browser, shows the explorer on screen at once (no scrolling) with
 * every setting that was copied; a link copied on a slide opens the chapter at the widget;
 * parameters without an anchor also bring the reader to the widget; two widgets on one
 * page each read only their own parameters.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { watch } from './helpers';

const CHAPTER = '/en/self-attention/';
const EXPLORER = '[data-island="attention-explorer"]';

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 800 } });

/** Records what the page copies instead of using the system clipboard. */
async function recordCopies(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    });
  });
}

async function copyLink(page: Page, frame: ReturnType<Page['locator']>): Promise<string> {
  await frame.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBeTruthy();
  return page.evaluate(() => (window as unknown as { copied: string }).copied);
}

/** Opens `link` as someone else would: a new browser context, no scrolling by the test. */
async function openFresh(browser: Browser, link: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(link);
  const frame = page.locator(EXPLORER);
  await expect(frame.locator('.attn-strip')).toBeVisible({ timeout: 30_000 });
  return { page, frame, problems, close: () => context.close() };
}

test('a copied explorer link shows the same view, on screen, in a fresh browser', async ({ page, browser }) => {
  await recordCopies(page);
  await page.goto(CHAPTER);
  const frame = page.locator(EXPLORER);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('.attn-strip')).toBeVisible({ timeout: 30_000 });
  await frame.getByLabel('Your sentence').fill('Tea for two.');
  const layers = await frame.getByRole('combobox', { name: 'Layer' }).locator('option').count();
  await frame.getByRole('combobox', { name: 'Layer' }).selectOption(String(layers));
  await frame.getByRole('combobox', { name: 'Head' }).selectOption('2');
  await frame.locator('.attn-strip .attn-token').nth(1).click();
  await frame.getByRole('button', { name: 'Heatmap' }).click();
  await frame.getByRole('slider').fill('1'); // log₂ T = 1
  await frame.getByRole('checkbox', { name: /Causal mask/ }).uncheck();
  await frame.locator('.attn-step-chip').nth(3).click();
  const status = await frame.locator('.attn-step-status').textContent();
  const summary = await frame.locator('.attn-summary').textContent();

  const link = await copyLink(page, frame);
  const url = new URL(link);
  expect(url.pathname).toBe(CHAPTER);
  expect(url.hash).toBe('#attention-explorer');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    'attention-explorer.sentence': 'Tea for two.',
    'attention-explorer.layer': String(layers),
    'attention-explorer.head': '2',
    'attention-explorer.focus': '2',
    'attention-explorer.view': 'heatmap',
    'attention-explorer.temperature': '2',
    'attention-explorer.mask': '0',
    'attention-explorer.step': '4',
  });

  const other = await openFresh(browser, link);
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.getByLabel('Your sentence')).toHaveValue('Tea for two.');
  await expect(other.frame.getByRole('combobox', { name: 'Layer' })).toHaveValue(String(layers));
  await expect(other.frame.getByRole('combobox', { name: 'Head' })).toHaveValue('2');
  await expect(other.frame.locator('.attn-strip .attn-token').nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(other.frame.getByRole('button', { name: 'Heatmap' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.frame.getByRole('checkbox', { name: /Causal mask/ })).not.toBeChecked();
  await expect(other.frame.locator('.attn-whatif output').first()).toHaveText('2.00');
  await expect(other.frame.locator('.attn-step-status')).toHaveText(status ?? '');
  await expect(other.frame.locator('.attn-summary')).toHaveText(summary ?? '');
  expect(await other.page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  expect(other.problems.consoleErrors).toEqual([]);
  await other.close();
});

test('a link copied on a slide opens the chapter at the widget', async ({ page, browser }) => {
  await recordCopies(page);
  await page.goto(`${CHAPTER}present/`);
  const slide = await page.locator(`.slide:has(${EXPLORER})`).first().getAttribute('data-slide');
  await page.goto(`${CHAPTER}present/#slide-${slide}`);
  await page.reload();
  const frame = page.locator(`.slide.is-current ${EXPLORER}`);
  await expect(frame.locator('.attn-strip')).toBeVisible({ timeout: 30_000 });
  await frame.getByRole('combobox', { name: 'Head' }).selectOption('2');
  const link = await copyLink(page, frame);
  expect(link).toMatch(/\/en\/self-attention\/\?attention-explorer\.head=2#attention-explorer$/);

  const other = await openFresh(browser, link, { width: 390, height: 844 });
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.getByRole('combobox', { name: 'Head' })).toHaveValue('2');
  await other.close();
});

test("parameters without an anchor bring the reader to the widget; each widget reads only its own", async ({ browser }) => {
  const query = `?attention-explorer.sentence=${encodeURIComponent('Tea for two.')}&attention-explorer.head=2`;
  const other = await openFresh(browser, `${CHAPTER}${query}`);
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.getByLabel('Your sentence')).toHaveValue('Tea for two.');

  const both = `${CHAPTER}?attention-by-hand.vectors=${encodeURIComponent('1,1;2,0;-1,1;0,-2')}&attention-explorer.head=2#attention-explorer`;
  await other.page.goto(both);
  await expect(other.frame.locator('.attn-strip')).toBeVisible({ timeout: 30_000 });
  await expect(other.frame.getByRole('combobox', { name: 'Head' })).toHaveValue('2');
  const byHand = other.page.locator('[data-island="attention-by-hand"]');
  await byHand.scrollIntoViewIfNeeded();
  await expect(byHand.locator('.attn-coords').first()).toHaveText('(1.00, 1.00)', { timeout: 30_000 });
  await expect(byHand.locator('.widget-notice')).toHaveCount(0);
  await other.close();
});
