/**
 * Offline (issue 8): after one visit the service worker has cached the site, so with
 * the network off a chapter, its presenter view and the search still work; a new
 * version of the site shows a notice, and Reload brings it in with only its own cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });
// serial: the update test briefly publishes a changed out/sw.js
test.describe.configure({ timeout: 120_000, mode: 'serial' });

/** Waits until the service worker has cached the site and controls the page. */
async function waitForOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 }).toBe(true);
}

test('after one visit, chapters and search work with the network off', async ({ page, context }) => {
  await page.goto('/en/self-attention/');
  await waitForOffline(page);
  await context.setOffline(true);

  await page.goto('/zh/positional-encoding/');
  await expect(page.locator('h1')).toHaveText('位置编码');
  await page.goto('/en/self-attention/present/#slide-3');
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', '3');
  await page.goto('/en/transformer-blocks/');
  await page.keyboard.press('/');
  await page.keyboard.type('softmax');
  await expect(page.locator('.search-hit').first()).toBeVisible({ timeout: 20_000 });
  await context.setOffline(false);
});

test('a new version shows a notice, and Reload brings it in with only its own cache', async ({ page }) => {
  await page.goto('/en/');
  await waitForOffline(page);
  // publish a "new version": the same worker under another version name
  const file = path.join(process.cwd(), 'out', 'sw.js');
  const original = readFileSync(file, 'utf8');
  const version = /offline cache ([0-9a-f]{16})/.exec(original)![1];
  const next = `${version.slice(0, 12)}beef`;
  try {
    writeFileSync(file, original.replaceAll(version, next));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const notice = page.locator('.update-notice');
    await expect(notice).toContainText('A new version of this site is ready.', { timeout: 60_000 });
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForURL('**/en/');
    await expect(notice).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([`llmx-${next}`]);
  } finally {
    writeFileSync(file, original);
  }
});
