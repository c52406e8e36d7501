/**
 * The head gallery in the built site: every layer × head as a small map
 * with a computed label; opening a head shows it larger with the scores behind its
 * label and a link to the attention explorer; a link restores sentence and head;
 * axe finds no violations; no console errors.
 */
import { readModel } from '@/scripts/model/eval';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watch } from './helpers';

/** Every head of the shipped English model: layers × heads. */
const HEADS = readModel('en').config.nLayers * readModel('en').config.nHeads;

const FRAME = '[data-widget-frame="head-gallery"]';

async function openGallery(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/training-and-customization/${query}`);
  await page.locator('[data-island="head-gallery"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('.hg-tile').first()).toBeVisible({ timeout: 20_000 });
  return frame;
}

test('every head is a labelled map; opening one shows it larger and changes the URL', async ({ page }) => {
  const problems = watch(page);
  const frame = await openGallery(page);
  await expect(frame.locator('.hg-tile')).toHaveCount(HEADS);
  for (const label of await frame.locator('.hg-tile').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-label')))) {
    expect(['previousToken', 'firstToken', 'self', 'latestDelimiter', 'mixed']).toContain(label);
  }
  await expect(frame.locator('.hg-tile').first()).toHaveAttribute('aria-pressed', 'true');
  const tile = frame.getByRole('button', { name: /^L2 · H3\b/ });
  await tile.focus();
  await page.keyboard.press('Enter');
  await expect(tile).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]head-gallery\.layer=2(&|$)/);
  await expect(page).toHaveURL(/[?&]head-gallery\.head=3(&|$)/);
  await expect(frame.locator('.hg-detail-title')).toContainText('Layer 2, head 3');
  await expect(frame.getByRole('img', { name: 'Pattern scores of layer 2, head 3' })).toBeVisible();
  const link = frame.getByRole('link', { name: /attention explorer/ });
  await expect(link).toHaveAttribute(
    'href',
    /\/en\/self-attention\/\?attention-explorer\.sentence=.+&attention-explorer\.layer=2&attention-explorer\.head=3&attention-explorer\.view=heatmap#attention-explorer$/,
  );
  expect(problems.consoleErrors).toEqual([]);
});

test('typing a sentence relabels the heads; a link restores sentence and head', async ({ page }) => {
  const frame = await openGallery(page, `?head-gallery.sentence=${encodeURIComponent('I like green tea. You like green tea.')}&head-gallery.layer=1&head-gallery.head=2`);
  await expect(frame.getByLabel('Your sentence')).toHaveValue('I like green tea. You like green tea.');
  await expect(frame.getByRole('button', { name: /^L1 · H2\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('.widget-notice')).toHaveCount(0);
  await frame.getByLabel('Your sentence').fill('Tea.');
  await expect(page).toHaveURL(/[?&]head-gallery\.sentence=Tea\.(&|$)/);
  await expect(frame.locator('.hg-tile')).toHaveCount(HEADS);
  const bad = await openGallery(page, '?head-gallery.layer=7&head-gallery.head=1');
  await expect(bad.locator('.widget-notice')).toContainText('layer');
});

test('the explorer link opens the same head on the same sentence', async ({ page }) => {
  test.setTimeout(60_000); // two chapters, each loading the model
  const frame = await openGallery(page, '?head-gallery.layer=2&head-gallery.head=1');
  await frame.getByRole('link', { name: /attention explorer/ }).click();
  await expect(page).toHaveURL(/\/en\/self-attention\/\?/);
  // The link lands on the explorer's section; the explorer mounts as it comes near.
  await page.locator('[data-island="attention-explorer"]').evaluate((el) => el.scrollIntoView());
  const explorer = page.locator('[data-widget-frame="attention-explorer"]');
  await expect(explorer.getByRole('combobox', { name: 'Layer' })).toHaveValue('2', { timeout: 20_000 });
  await expect(explorer.getByRole('combobox', { name: 'Head' })).toHaveValue('1');
  await expect(explorer.getByLabel('Your sentence')).toHaveValue('The cat sat on the mat.');
});

for (const locale of ['en', 'zh'] as const) {
  test(`axe finds no violations in the head gallery (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = watch(page);
    const frame = await openGallery(page, '', locale);
    await frame.locator('.widget-tools button', { hasText: /table|表格/ }).click();
    await expect(frame.locator('.widget-table table')).toBeVisible();
    const violations = await axeViolations(page, { include: [FRAME] });
    expect(violations, 'axe violations').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
}
