/**
 * The tokenizer playground in the built site: the large vocabularies load
 * only when the reader reaches the playground, never with the chapter; the reader's
 * text is split by three tokenizers with counts; a byte fragment is shown as hex; the
 * URL keeps text and tokenizer and a link restores them; the tiny model's embeddings
 * can be explored by keyboard; axe finds no violations; no console errors.
 */
import { encode } from '@/lib/model/tokenizer';
import { readModel } from '@/scripts/model/eval';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watch } from './helpers';

// The widgets load React, a model and (for the tokenizer) megabytes of tables, and axe walks
// SVG-heavy trees: on a busy 2-core machine that takes far longer than the 30 s default.
test.describe.configure({ timeout: 120_000 });

const FRAME = '[data-widget-frame="tokenizer-playground"]';
const VECTORS = '[data-widget-frame="token-vectors"]';
const BIG = 400 * 1024;

async function open(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/tokens-and-embeddings/${query}`);
  await page.locator('[data-island="tokenizer-playground"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('.tok-count')).toBeVisible({ timeout: 30_000 });
  return frame;
}

test('the vocabularies load only when the reader reaches the playground', async ({ page }) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: response.url(), bytes: body.length });
  });
  await page.goto('/en/tokens-and-embeddings/');
  await page.waitForLoadState('networkidle');
  expect(
    scripts.filter((s) => s.bytes > BIG),
    'large scripts before the playground',
  ).toEqual([]);
  await page.locator('[data-island="tokenizer-playground"]').scrollIntoViewIfNeeded();
  await expect(page.locator(FRAME).locator('[data-tokenizer-count="o200k_base"]')).toHaveText(/^\d+$/, { timeout: 30_000 });
  await expect(page.locator(FRAME).locator('[data-tokenizer-count="r50k_base"]')).toHaveText(/^\d+$/, { timeout: 30_000 });
  expect(scripts.filter((s) => s.bytes > BIG).length, 'the three vocabulary tables').toBeGreaterThanOrEqual(3);
});

test('the text is split by three tokenizers, with counts and honest byte fragments', async ({ page }) => {
  const problems = watch(page);
  const frame = await open(page);
  // "Large language models learn from text." is 7 tokens in GPT-2's, cl100k_base and o200k_base; the tiny model's own count comes from its tokenizer.
  await expect(frame.locator('.tok-count')).toHaveAttribute('data-count', '7');
  await expect(frame.locator('[data-tokenizer-count="cl100k_base"]')).toHaveText('7');
  await expect(frame.locator('[data-tokenizer-count="o200k_base"]')).toHaveText('7', { timeout: 30_000 });
  await expect(frame.locator('[data-tokenizer-count="r50k_base"]')).toHaveText('7', { timeout: 30_000 });
  await expect(frame.locator('[data-tokenizer-count="tiny"]')).toHaveText(String(encode(readModel('en'), 'Large language models learn from text.').ids.length), { timeout: 30_000 });
  await frame.getByLabel('Text', { exact: true }).fill('学习');
  await expect(page).toHaveURL(/[?&]tokenizer-playground\.text=%E5%AD%A6%E4%B9%A0(&|$)/);
  // 学 is one cl100k_base token; 习 (E4 B9 A0) is split into [E4 B9] and [A0].
  await expect(frame.locator('.tok-count')).toHaveAttribute('data-count', '3');
  const chips = frame
    .getByRole('list', { name: /cl100k_base/ })
    .first()
    .locator('.tok-chip');
  await expect(chips.nth(1)).toHaveText(/‹E4 B9›/);
  await expect(chips.nth(2)).toHaveText(/‹A0›/);
  await expect(frame.locator('.tok-chips').first()).not.toContainText('\uFFFD');
  await expect(frame.locator('.tok-notes')).toContainText('习 = E4 B9 A0');
  await frame.getByRole('radio', { name: /o200k_base/ }).check();
  await expect(page).toHaveURL(/[?&]tokenizer-playground\.tokenizer=o200k_base(&|$)/);
  await expect(frame.locator('.tok-count')).toHaveAttribute('data-count', '1');
  expect(problems.consoleErrors).toEqual([]);
});

test('a link restores text and tokenizer', async ({ page }) => {
  const text = '大型语言模型从文本中学习。';
  const frame = await open(page, `?tokenizer-playground.text=${encodeURIComponent(text)}&tokenizer-playground.tokenizer=o200k_base&tokenizer-playground.pair=cat`);
  await expect(frame.getByLabel('Text', { exact: true })).toHaveValue(text);
  await expect(frame.getByRole('radio', { name: /o200k_base/ })).toBeChecked();
  await expect(frame.locator('.tok-count')).toHaveAttribute('data-count', '8');
  await expect(frame.getByRole('button', { name: 'A sleeping cat' }).last()).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('.widget-notice')).toHaveCount(0);
});

test('the tiny model’s embeddings can be explored with the keyboard', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const vectors = page.locator(VECTORS);
  const scatter = vectors.getByRole('group', { name: 'The whole embedding table, projected to 2-D' });
  await expect(scatter).toBeVisible({ timeout: 30_000 });
  const readout = vectors.locator('.tok-readout');
  const before = await readout.textContent();
  await scatter.focus();
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
    if ((await readout.textContent()) !== before) {
      moved = true;
      break;
    }
  }
  expect(moved, 'an arrow key moved to another token').toBe(true);
  await vectors.locator('.tok-nearest button').first().click();
  await expect(vectors.locator('.tok-vector-detail h4')).toContainText('Embedding of');
  expect(problems.consoleErrors).toEqual([]);
});

for (const locale of ['en', 'zh']) {
  test(`axe finds no violations in the playground (${locale})`, async ({ page }) => {
    const problems = watch(page);
    const frame = await open(page, '', locale);
    await expect(frame.locator('[data-tokenizer-count="o200k_base"]')).toHaveText(/^\d+$/, { timeout: 30_000 });
    await expect(page.locator(VECTORS).locator('.tok-scatter svg')).toBeVisible({ timeout: 30_000 });
    const violations = await axeViolations(page, { include: ['[data-island="tokenizer-playground"]'] });
    expect(violations, 'axe violations').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
}
