/**
 * Offline: a first visit keeps the site's core and the reader's language (at most 4 MB),
 * so that language's chapters work with the network off; "make everything available
 * offline" then keeps the other language, the slides, the tokenizer tables and the
 * search index. A new version of the site shows a notice, and Reload brings it in with
 * only its own cache.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers';

test.use({ serviceWorkers: 'allow' });
// serial: the update test briefly publishes a changed out/sw.js
test.describe.configure({ timeout: 240_000, mode: 'serial' });

/** Waits until the service worker has cached the site and controls the page. */
async function waitForOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 }).toBe(true);
}

/** Bytes held in the site's caches, as the browser stores them (decoded bodies). */
function cachedBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let total = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) total += (await (await cache.match(request))!.blob()).size;
    }
    return total;
  });
}

const MB = 1024 * 1024;
const everything = (page: Page) => page.locator('.offline-all');

test("a first visit keeps at most 4 MB, and that language's chapters work with the network off", async ({ page, context }) => {
  await page.goto('/en/self-attention/');
  await waitForOffline(page);
  // the button appears once the reader's language is kept
  await expect(everything(page).getByRole('button', { name: /Make everything available offline \(\d+(\.\d)? MB\)/ })).toBeVisible({ timeout: 60_000 });
  const bytes = await cachedBytes(page);
  console.log(`offline cache after a first visit: ${(bytes / MB).toFixed(2)} MB`);
  expect(bytes).toBeLessThanOrEqual(4 * MB);
  expect(bytes).toBeGreaterThan(1 * MB); // pages, styles, scripts and the model are there
  expect(await axeViolations(page, { include: ['.offline-all'] }), 'axe violations of the button').toEqual([]);

  await context.setOffline(true);
  await page.goto('/en/positional-encoding/');
  await expect(page.locator('h1')).toHaveText('Positional encoding');
  await page.goto('/en/glossary/');
  await expect(page.locator('h1')).toBeVisible();
  await context.setOffline(false);
});

test('"make everything available offline" keeps the other language, slides, tokenizer tables and search', async ({ page, context }) => {
  const table = readdirSync(path.join(process.cwd(), 'out', 'assets', 'chunks')).find((f) => /^o200k_base-.*\.js$/.test(f));
  expect(table, 'a tokenizer table in out/assets/chunks').toBeTruthy();
  await page.goto('/en/');
  await waitForOffline(page);
  await everything(page)
    .getByRole('button', { name: /Make everything available offline/ })
    .click();
  await expect(everything(page)).toContainText('Everything is available offline', { timeout: 90_000 });
  await context.setOffline(true);

  const served = await page.evaluate((url) => fetch(url).then(async (r) => ({ ok: r.ok, bytes: (await r.blob()).size })), `/assets/chunks/${table}`);
  expect(served.ok).toBe(true);
  expect(served.bytes).toBeGreaterThan(1 * MB);
  await page.goto('/zh/positional-encoding/');
  await expect(page.locator('h1')).toHaveText('位置编码');
  await page.goto('/en/self-attention/present/#slide-3');
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', '3');
  await page.goto('/en/transformer-blocks/');
  await page.keyboard.press('/');
  await page.keyboard.type('softmax');
  await expect(page.locator('.search-hit').first()).toBeVisible({ timeout: 60_000 });
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
