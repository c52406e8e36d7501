/**
 * The transformer block explorer in the built site: presets and sizes change
 * the total and the URL; parts are chosen by click and arrow keys; a link restores
 * sizes, part and sentence; the tiny model's residual stream is drawn for the sentence;
 * axe finds no violations; no console errors.
 */
import { encode } from '@/lib/model/tokenizer';
import { readModel } from '@/scripts/model/eval';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watch } from './helpers';

// The widgets load React, a model and (for the tokenizer) megabytes of tables, and axe walks
// SVG-heavy trees: on a busy 2-core machine that takes far longer than the 30 s default.
test.describe.configure({ timeout: 120_000 });

const FRAME = '[data-widget-frame="block-explorer"]';
const STREAM = '[data-widget-frame="residual-stream"]';

async function open(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/transformer-blocks/${query}`);
  await page.locator('[data-island="transformer-block-explorer"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('[data-total]')).toBeVisible({ timeout: 20_000 });
  return frame;
}

test('presets and sizes change the total and the URL', async ({ page }) => {
  const problems = watch(page);
  const frame = await open(page);
  // GPT-2 small: 50,257·768 + 1,024·768 + 12·(12·768² + 13·768) + 2·768 = 124,439,808.
  await expect(frame.locator('[data-total]')).toHaveAttribute('data-total', '124439808');
  await expect(frame.getByText(/Published: 124 million/)).toBeVisible();
  await frame.getByRole('button', { name: 'GPT-3 175B' }).click();
  await expect(page).toHaveURL(/[?&]transformer-block-explorer\.layers=96(&|$)/);
  await expect(page).toHaveURL(/[?&]transformer-block-explorer\.dmodel=12288(&|$)/);
  await expect(frame.locator('[data-total]')).toHaveAttribute('data-total', '174604259328');
  await frame.getByLabel('Layers L').fill('48');
  await expect(page).toHaveURL(/[?&]transformer-block-explorer\.layers=48(&|$)/);
  await expect(frame.getByRole('button', { name: 'GPT-3 175B' })).toHaveAttribute('aria-pressed', 'false');
  expect(problems.consoleErrors).toEqual([]);
});

test('parts are chosen by click and by arrow keys, and explain themselves', async ({ page }) => {
  const frame = await open(page);
  const parts = frame.getByRole('radiogroup');
  await expect(parts.getByRole('radio', { checked: true })).toHaveAttribute('data-part', 'attn');
  await expect(frame.locator('.block-detail-title')).toHaveText('Multi-head self-attention');
  // 4·768² + 4·768 = 2,362,368 parameters per block.
  await expect(frame.locator('.block-count')).toHaveAttribute('data-count', '2362368');
  await expect(frame.locator('.block-formula .katex').first()).toBeVisible();
  await parts.locator('[data-part="ffn"]').click();
  await expect(page).toHaveURL(/[?&]transformer-block-explorer\.part=ffn(&|$)/);
  // 2·768·3072 + 3072 + 768 = 4,722,432.
  await expect(frame.locator('.block-count')).toHaveAttribute('data-count', '4722432');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/[?&]transformer-block-explorer\.part=add2(&|$)/);
  await expect(parts.locator('[data-part="add2"]')).toBeFocused();
  await expect(frame.locator('.block-detail-title')).toHaveText('Residual add after the feed-forward network');
});

test('a link restores sizes, part and sentence', async ({ page }) => {
  const sentence = 'The keys to the cabinet are on the table.';
  const frame = await open(
    page,
    `?transformer-block-explorer.layers=12&transformer-block-explorer.dmodel=768&transformer-block-explorer.heads=12&transformer-block-explorer.dff=3072&transformer-block-explorer.vocab=30522&transformer-block-explorer.context=512&transformer-block-explorer.part=ln2&transformer-block-explorer.sentence=${encodeURIComponent(sentence)}`,
  );
  await expect(frame.getByRole('button', { name: 'BERT-base' })).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('[data-total]')).toHaveAttribute('data-total', '108890112');
  await expect(frame.getByText(/Published: 110 million/)).toBeVisible();
  await expect(frame.getByRole('radio', { checked: true })).toHaveAttribute('data-part', 'ln2');
  await expect(page.locator(STREAM).getByLabel('Sentence')).toHaveValue(sentence);
});

test('the residual stream of the tiny model is drawn for the sentence', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const stream = page.locator(STREAM);
  await expect(stream.locator('.block-heatmap-scroll svg')).toBeVisible({ timeout: 20_000 });
  // Embedding, then after attention and after the FFN of each block.
  const rows = await stream.locator('[data-stage]').count();
  expect(rows).toBeGreaterThanOrEqual(3);
  await stream.getByLabel('Sentence').fill('Hello');
  await expect(page).toHaveURL(/[?&]transformer-block-explorer\.sentence=Hello(&|$)/);
  await stream.getByRole('button', { name: 'Show numbers as a table' }).click();
  await expect(stream.locator('.widget-table tbody tr')).toHaveCount(encode(readModel('en'), 'Hello').ids.length);
  await stream.locator('.block-heatmap-scroll').focus();
  await page.keyboard.press('ArrowRight');
  await expect(stream.locator('.block-readout')).toContainText('position 2');
  expect(problems.consoleErrors).toEqual([]);
});

for (const locale of ['en', 'zh']) {
  test(`axe finds no violations in the block explorer (${locale})`, async ({ page }) => {
    const problems = watch(page);
    await open(page, '', locale);
    await expect(page.locator(STREAM).locator('.block-heatmap-scroll svg')).toBeVisible({ timeout: 20_000 });
    const violations = await axeViolations(page, { include: ['[data-island="transformer-block-explorer"]'] });
    expect(violations, 'axe violations').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
}
