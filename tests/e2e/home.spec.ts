/**
 * The home page shows the product: in both languages, at 1280×800 and 390×844, the first
 * screen holds the live instrument (type → the tiny model's next-token bars change), with
 * no console errors; chapter cards say what is inside (reading time, instruments, a picture).
 */
import { expect, test } from '@playwright/test';
import { watch } from './helpers';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  for (const locale of ['en', 'zh'] as const) {
    test(`${locale} ${viewport.width}: the first screen holds a working instrument`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const problems = watch(page);
      await page.goto(`/${locale}/`);
      const glance = page.locator('[data-island="next-token-glance"]');
      const input = glance.locator('.glance-input input');
      await expect(input).toBeVisible();
      await expect(input).toBeInViewport({ ratio: 1 });
      const bars = glance.locator('svg.ntp-svg');
      await expect(bars).toBeVisible();
      await expect(bars).toBeInViewport();
      const before = await bars.getAttribute('aria-label');
      const rowsBefore = await bars.textContent();
      await input.fill(locale === 'en' ? 'Once upon a time, the' : '我喜欢读书，也');
      await expect.poll(() => bars.textContent()).not.toBe(rowsBefore);
      expect(before).toBeTruthy();
      await expect(glance.locator('.glance-panel svg').nth(1)).toBeVisible();
      expect(problems.consoleErrors).toEqual([]);
    });
  }
}

test('chapter cards say what is inside', async ({ page }) => {
  await page.goto('/en/');
  const card = page.locator('.chapter-card[href="/en/self-attention/"]');
  await expect(card.locator('.chapter-card-facts')).toContainText(/\d+ min read/);
  await expect(card.locator('.chapter-card-facts')).toContainText('Attention explorer');
  await expect(card.locator('.chapter-card-picture svg')).toBeVisible();
});
