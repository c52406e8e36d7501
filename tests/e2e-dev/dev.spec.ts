/**
 * `npm run dev` serves the page readers get: no Next runtime in the page, the site
 * script's enhancements in place, the chapter's widgets mounting and answering input,
 * no console errors; and a change to a source file reloads the open page.
 */
import { utimesSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { samples } from '@/lib/widgets/attentionSamples';
import { watch } from '../e2e/helpers';

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: a chapter renders as in the export and its widgets work`, async ({ page }) => {
    const problems = watch(page);
    await page.goto(`/${locale}/self-attention/`);
    await expect(page.locator('h1')).toBeVisible();
    // what the export strips is gone; what the site script adds is there
    expect(await page.locator('script[src^="/_next/"]').count()).toBe(0);
    expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false);
    await expect(page.locator('.progress-mark').first()).toBeAttached();

    const byHand = page.locator('[data-island="attention-by-hand"]');
    await byHand.scrollIntoViewIfNeeded();
    await expect(byHand).toHaveClass(/is-mounted/);
    const explorer = page.locator('[data-island="attention-explorer"]');
    await explorer.scrollIntoViewIfNeeded();
    const tokens = explorer.locator('.attn-strip .attn-token');
    await expect(tokens.first()).toBeVisible();
    const summary = explorer.locator('.attn-summary');
    const before = await summary.textContent();
    await explorer
      .getByRole('textbox')
      .first()
      .fill(locale === 'en' ? 'The cat sat on the mat.' : '猫坐在垫子上。');
    await expect(summary).not.toHaveText(before ?? '');
    await expect(page).toHaveURL(/[?&]attention-explorer\.sentence=/);
    // a head other than the one the explorer opens on (its first sample's), so the link records it
    const head = String((samples[locale][0].head % 4) + 1);
    await explorer.locator('select').nth(1).selectOption(head);
    await expect(page).toHaveURL(new RegExp(`[?&]attention-explorer\\.head=${head}(&|$)`));

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
}

test('/favicon.ico is served', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/x-icon');
});

test('touching a chapter reloads the open page', async ({ page }) => {
  await page.goto('/en/self-attention/');
  await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
  const reloaded = page.waitForEvent('load');
  const now = new Date();
  utimesSync('content/en/self-attention.mdx', now, now); // changes nothing but the time
  await reloaded;
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBeUndefined();
});
