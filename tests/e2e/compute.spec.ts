/**
 * The training compute calculator in the built site: presets and inputs
 * change the results and the URL; a link restores every input; a bad link value falls
 * back with a notice; Chinese pages write 1750亿; axe finds no violations; no console
 * errors.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watch } from './helpers';

// The widgets load React, a model and (for the tokenizer) megabytes of tables, and axe walks
// SVG-heavy trees: on a busy 2-core machine that takes far longer than the 30 s default.
test.describe.configure({ timeout: 120_000 });

const FRAME = '[data-widget-frame="compute-calculator"]';

async function open(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/challenges/${query}`);
  await page.locator('[data-island="compute-calculator"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('[data-result="flops"]')).toBeVisible({ timeout: 20_000 });
  return frame;
}

test('the default is the chapter’s worked example; presets and inputs update results and URL', async ({ page }) => {
  const problems = watch(page);
  const frame = await open(page);
  // 6 × 175e9 × 300e9 = 3.15e23 FLOP; 28.5 days on 1,024 A100s at 40%; about 1.4 million USD.
  await expect(frame.locator('[data-result="flops"]')).toHaveText('3.15 × 10²³ FLOP');
  await expect(frame.locator('[data-result="time"]')).toHaveText('28.5 days');
  await expect(frame.locator('[data-result="cost"]')).toHaveText('1.4 million US dollars');
  await frame.getByRole('button', { name: 'MT-NLG 530B' }).click();
  await expect(page).toHaveURL(/[?&]compute-calculator\.n=530000000000(&|$)/);
  await expect(page).toHaveURL(/[?&]compute-calculator\.d=270000000000(&|$)/);
  await expect(frame.locator('[data-result="flops"]')).toHaveText('8.59 × 10²³ FLOP');
  await frame.getByLabel('Training tokens D').fill('1.4T');
  await expect(page).toHaveURL(/[?&]compute-calculator\.d=1400000000000(&|$)/);
  await frame.getByLabel('Utilisation u (% of peak)').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]compute-calculator\.util=41(&|$)/);
  await frame.getByRole('button', { name: '2020-style estimate (V100, high price)' }).click();
  await expect(page).toHaveURL(/[?&]compute-calculator\.peak=125(&|$)/);
  await frame.getByRole('button', { name: 'Scientific' }).click();
  await expect(page).toHaveURL(/[?&]compute-calculator\.notation=sci(&|$)/);
  expect(problems.consoleErrors).toEqual([]);
});

test('an unreadable number is flagged and the last good value kept', async ({ page }) => {
  const frame = await open(page);
  const field = frame.getByLabel('Parameters N');
  await field.fill('lots');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(frame.locator('[data-result="flops"]')).toHaveText('3.15 × 10²³ FLOP');
  await expect(page).not.toHaveURL(/[?&]compute-calculator\.n=/);
});

test('a link restores every input', async ({ page }) => {
  const frame = await open(
    page,
    '?compute-calculator.n=65000000000&compute-calculator.d=1400000000000&compute-calculator.peak=989&compute-calculator.util=50&compute-calculator.gpus=2048&compute-calculator.price=3&compute-calculator.notation=sci',
  );
  await expect(frame.getByRole('button', { name: 'LLaMA 65B' })).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.getByLabel('Accelerator', { exact: true })).toHaveValue('h100');
  await expect(frame.getByLabel('Utilisation u (% of peak)')).toHaveValue('50');
  await expect(frame.getByLabel('Accelerators G')).toHaveValue('2048');
  await expect(frame.getByLabel('Price per accelerator-hour (USD)')).toHaveValue('3');
  await expect(frame.getByRole('button', { name: 'Scientific' })).toHaveAttribute('aria-pressed', 'true');
  // 6 × 65e9 × 1.4e12 = 5.46e23 FLOP; / (2048 × 0.5 × 989e12) = 539,131 s = 6.24 days.
  await expect(frame.locator('[data-result="flops"]')).toHaveText('5.46 × 10²³ FLOP');
  await expect(frame.locator('[data-result="time"]')).toHaveText('6.24 days');
  await expect(frame.locator('.widget-notice')).toHaveCount(0);
});

test('a bad value in a link falls back to its default with a notice', async ({ page }) => {
  const frame = await open(page, '?compute-calculator.gpus=-3&compute-calculator.util=250');
  await expect(frame.locator('.widget-notice')).toContainText('gpus');
  await expect(frame.getByLabel('Accelerators G')).toHaveValue('1024');
});

test('the Chinese page writes counts in 亿 and 万', async ({ page }) => {
  const frame = await open(page, '', 'zh');
  await expect(frame.getByLabel('参数量 N')).toHaveValue('1750亿');
  await expect(frame.locator('[data-result="cost"]')).toHaveText('140 万美元');
  await expect(frame.locator('[data-result="gpt3-cost"]')).toContainText('1750 亿参数');
});

for (const locale of ['en', 'zh']) {
  test(`axe finds no violations in the calculator (${locale})`, async ({ page }) => {
    const problems = watch(page);
    await open(page, '', locale);
    const violations = await axeViolations(page, { include: [FRAME] });
    expect(violations, 'axe violations').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
}
