/**
 * The model-families explorer in the built site: pointing at or focusing a
 * token shows its view in all three families; choosing a token or typing a sentence
 * changes the URL; a link restores sentence, translation and token; invalid values fall
 * back with a notice; markup stays text; the SVG download composes every mask; axe
 * finds no violations; no console errors.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watch } from './helpers';

const FRAME = '[data-widget-frame="families-explorer"]';
// generous: these run on shared 2-core machines, where the widget may take seconds to mount
test.describe.configure({ timeout: 60_000 });

async function openExplorer(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/model-families/${query}`);
  await page.locator('[data-widget="families-explorer"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('.fam-col')).toHaveCount(3, { timeout: 30_000 });
  return frame;
}

const strip = (frame: ReturnType<Page['locator']>, name: RegExp) => frame.getByRole('group', { name }).getByRole('button');

test('hovering a token shows its view in all three families', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(page);
  const encoder = strip(frame, /^Encoder-only: tokens/);
  const decoder = strip(frame, /^Decoder-only: tokens/);
  await expect(encoder).toHaveCount(7);
  await decoder.nth(1).hover();
  // decoder-only: "cat" (token 2) sees "The" and itself; the encoder-only "cat" sees all 7
  await expect(decoder.nth(0)).toHaveAttribute('data-state', 'visible');
  await expect(decoder.nth(2)).toHaveAttribute('data-state', 'hidden');
  await expect(encoder.nth(6)).toHaveAttribute('data-state', 'visible');
  await expect(encoder.nth(1)).toHaveAttribute('data-active', 'true');
  await expect(frame.locator('.fam-summary').nth(1)).toHaveText('“cat”: sees 2 of 7');
  await expect(frame.locator('.fam-summary').nth(0)).toHaveText('“cat”: sees 7 of 7');
  expect(problems.consoleErrors).toEqual([]);
});

test('the keyboard moves and selects tokens, and the URL follows', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(page);
  const decoder = strip(frame, /^Decoder-only: tokens/);
  await decoder.nth(2).focus();
  await page.keyboard.press('ArrowRight');
  await expect(decoder.nth(3)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]families-explorer\.token=3(&|$)/);
  await expect(decoder.nth(3)).toHaveAttribute('aria-pressed', 'true');
  // a decoder token of the translation: its causal context and the whole sentence via cross-attention
  const target = strip(frame, /Decoder writes/);
  await target.nth(1).click();
  await expect(page).toHaveURL(/[?&]families-explorer\.token=t1(&|$)/);
  await expect(target.nth(2)).toHaveAttribute('data-state', 'hidden');
  await expect(strip(frame, /Encoder reads/).nth(6)).toHaveAttribute('data-state', 'visible');
  expect(problems.consoleErrors).toEqual([]);
});

test('typing a sentence changes the URL, and the link restores it', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(page);
  await frame.getByLabel('Sentence (encoder input)').fill('Dogs chase cats');
  await frame.getByLabel('Translation (decoder side)').fill('狗追猫');
  await strip(frame, /^Encoder-only: tokens/)
    .nth(1)
    .click();
  await expect(page).toHaveURL(/[?&]families-explorer\.sentence=Dogs\+chase\+cats(&|$)/);
  await expect(page).toHaveURL(/[?&]families-explorer\.token=1(&|$)/);
  const url = page.url();
  await page.goto('/en/');
  await page.goto(url);
  await page.locator('[data-widget="families-explorer"]').scrollIntoViewIfNeeded();
  const again = page.locator(FRAME);
  await expect(again.getByLabel('Sentence (encoder input)')).toHaveValue('Dogs chase cats', { timeout: 20_000 });
  await expect(again.getByLabel('Translation (decoder side)')).toHaveValue('狗追猫');
  await expect(strip(again, /^Decoder-only: tokens/).nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(strip(again, /Decoder writes/)).toHaveCount(3);
  expect(problems.consoleErrors).toEqual([]);
});

test('invalid values fall back with a notice; markup stays text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const markup = '<img src=x onerror=alert(1)>';
  const frame = await openExplorer(page, `?families-explorer.token=zz&families-explorer.sentence=${encodeURIComponent(markup)}`);
  await expect(frame.locator('.widget-notice')).toContainText('token');
  await expect(frame.getByLabel('Sentence (encoder input)')).toHaveValue(markup);
  await page.waitForTimeout(300);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a 64-token sentence: the longest drawn; longer is cut with a notice', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(page);
  await frame.getByLabel('Sentence (encoder input)').fill(Array.from({ length: 70 }, (_, i) => `w${i}`).join(' '));
  await expect(frame.locator('.widget-notice')).toContainText('Only the first 64 tokens');
  await expect(strip(frame, /^Decoder-only: tokens/)).toHaveCount(64);
  await frame.getByRole('button', { name: 'Show numbers as a table' }).click();
  await expect(frame.getByRole('cell', { name: '64·65/2 = 2080' })).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('the SVG download composes every mask into one file', async ({ page }) => {
  const frame = await openExplorer(page);
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /: SVG$/ }).click()]);
  const text = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
  // the outer picture plus five masks (encoder-only, decoder-only, encoder, decoder, cross)
  expect(text.match(/<svg/g)?.length).toBe(6);
  expect(text).toMatch(/style="fill:rgb\(/);
});

for (const locale of ['en', 'zh'] as const) {
  test(`axe finds no violations (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const frame = await openExplorer(page, '', locale);
    await frame.locator('.fam-token').first().focus();
    await frame.getByRole('button', { name: locale === 'en' ? 'Show numbers as a table' : '以表格显示数值' }).click();
    const violations = await axeViolations(page, { include: [FRAME] });
    expect(violations, 'axe violations').toEqual([]);
  });
}
