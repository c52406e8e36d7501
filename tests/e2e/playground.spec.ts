/**
 * The next-token playground in the built site:
 * the chart shows the tiny model's next characters; temperature, top-k and mode
 * change the URL and the picture; generating adds tokens; a shared link
 * reproduces the same sampled text; bad link values fall back with a notice;
 * markup stays text; axe finds no violations; no console errors.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watch } from './helpers';

const FRAME = '[data-widget-frame="next-token-playground"]';

/** Opens what-is-an-llm (with `query`) and waits for the playground and its model. */
async function openPlayground(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/what-is-an-llm/${query}`);
  await page.locator('[data-island="next-token-playground"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('.ntp-svg').first()).toBeVisible({ timeout: 20_000 });
  return frame;
}

const chips = (frame: ReturnType<Page['locator']>) => frame.locator('.ntp-chip:not(.ntp-chip-next)');
const bars = (frame: ReturnType<Page['locator']>) => frame.locator('.ntp-svg [data-token-id]');

test('the chart shows the most likely next characters, and the controls reshape them', async ({ page }) => {
  const problems = watch(page);
  const frame = await openPlayground(page);
  await expect(bars(frame)).toHaveCount(10);
  await expect(frame.locator('.ntp-where')).toContainText('after “The cat sat on the”');

  const temperature = frame.getByRole('slider', { name: /Temperature/ });
  await temperature.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]next-token-playground\.temperature=0\.9(&|$)/);
  await expect(frame.locator('output').first()).toHaveText('T = 0.90');

  const topK = frame.getByRole('slider', { name: /Top-k/ });
  await topK.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/[?&]next-token-playground\.topk=1(&|$)/);
  // with k = 1 only the favourite keeps probability; the other nine rows are cut
  await expect(frame.locator('.ntp-svg text', { hasText: 'cut by top-k' })).toHaveCount(9);
  await expect(frame.locator('.ntp-svg text', { hasText: '100%' }).last()).toBeVisible();

  await frame.getByRole('button', { name: /Greedy/ }).click();
  await expect(page).toHaveURL(/[?&]next-token-playground\.mode=greedy(&|$)/);
  await expect(frame.locator('.ntp-why')).toContainText('Greedy decoding always takes the top token');
  expect(problems.consoleErrors).toEqual([]);
});

test('generating adds tokens one by one and each shows why it was drawn', async ({ page }) => {
  const problems = watch(page);
  const frame = await openPlayground(page);
  await frame.getByRole('button', { name: 'Add one token' }).click();
  await expect(chips(frame)).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]next-token-playground\.generated=1(&|$)/);
  // the new token is shown with the random number that picked it, on the ruler and in words
  await expect(frame.locator('.ntp-picked')).toContainText(/Drew “.+”: the model’s number \d+ choice/);
  await expect(frame.locator('.ntp-ruler svg text', { hasText: /^u = 0\.\d{3}$/ })).toHaveCount(1);
  await frame.getByRole('button', { name: 'Generate 20' }).click();
  await expect(chips(frame)).toHaveCount(21, { timeout: 15_000 });
  await expect(page).toHaveURL(/[?&]next-token-playground\.generated=21(&|$)/);
  // keyboard: the arrow keys move between generated tokens
  await chips(frame).nth(20).focus();
  await page.keyboard.press('Home');
  await expect(chips(frame).nth(0)).toBeFocused();
  await expect(chips(frame).nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('.ntp-where')).toContainText('for generated token 1');
  await frame.getByRole('button', { name: 'Remove last' }).click();
  await expect(chips(frame)).toHaveCount(20);
  await frame.getByRole('button', { name: 'Clear' }).click();
  await expect(chips(frame)).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
});

test('a shared link restores the settings and reproduces the same sampled text', async ({ page, browser }) => {
  const w = 'next-token-playground';
  const query = `?${w}.prompt=${encodeURIComponent('She gave him')}&${w}.temperature=0.8&${w}.topk=12&${w}.seed=7&${w}.generated=15`;
  const frame = await openPlayground(page, query);
  await expect(chips(frame)).toHaveCount(15);
  await expect(frame.getByRole('textbox', { name: 'Prompt' })).toHaveValue('She gave him');
  await expect(frame.locator('output').first()).toHaveText('T = 0.80');
  await expect(frame.locator('output').nth(1)).toHaveText('k = 12');
  const text = await chips(frame).allTextContents();
  await expect(frame.locator('.widget-notice')).toHaveCount(0);

  const other = await browser.newPage();
  const again = await openPlayground(other, query);
  await expect(chips(again)).toHaveCount(15);
  expect(await chips(again).allTextContents()).toEqual(text);
  // another seed draws other text
  await again.getByRole('button', { name: 'Draw again' }).click();
  await expect(other).toHaveURL(/[?&]next-token-playground\.seed=8(&|$)/);
  await expect.poll(async () => (await chips(again).allTextContents()).join('')).not.toBe(text.join(''));
  await other.close();
});

test('invalid link values fall back to the defaults with a notice; markup stays text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const markup = '<img src=x onerror=alert(1)>';
  const frame = await openPlayground(
    page,
    `?next-token-playground.prompt=${encodeURIComponent(markup)}&next-token-playground.temperature=9&next-token-playground.topk=5000&next-token-playground.mode=beam`,
  );
  await expect(frame.locator('.widget-notice').first()).toContainText('temperature, mode, topk');
  await expect(frame.locator('output').first()).toHaveText('T = 1.00');
  await expect(frame.locator('output').nth(1)).toHaveText('k = all');
  await expect(frame.getByRole('textbox', { name: 'Prompt' })).toHaveValue(markup);
  await expect(frame.locator('.ntp-prompt')).toHaveText(markup);
  await page.waitForTimeout(300);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

for (const locale of ['en', 'zh'] as const) {
  test(`axe finds no violations in the playground, and the console stays clean (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = watch(page);
    const frame = await openPlayground(page, '?next-token-playground.generated=5', locale);
    await expect(chips(frame)).toHaveCount(5);
    await frame.locator('.widget-tools button', { hasText: /table|表格/ }).click();
    await expect(frame.locator('.widget-table table')).toBeVisible();
    const violations = await axeViolations(page, { include: [FRAME] });
    expect(violations, 'axe violations').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
}
