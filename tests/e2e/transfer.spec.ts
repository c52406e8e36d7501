/**
 * The self-attention chapter's transfer budget: everything the page fetches to
 * become fully interactive with the real model (HTML, CSS, the site script, fonts, every
 * widget's code, React, the model file) must stay within 600 kB as sent over the wire
 * (scripts/dev/serve.ts compresses text like a real host). The reader scrolls through the
 * whole chapter, so every widget on it mounts. The offline cache is not part of this:
 * the browser tests block the service worker, and it downloads in the background.
 */
import { expect, test, type Request } from '@playwright/test';
import { scrollThrough } from './helpers';

const BUDGET = 600 * 1024;

test.describe.configure({ timeout: 120_000 });

for (const locale of ['en', 'zh']) {
  // The models' block matrices are stored in 6 bits (scripts/train/export.ts, tensorBits): with
  // int8 weights, which barely compress, the Chinese four-layer model took this chapter to 629 kB.
  test(`/${locale}/self-attention/ becomes fully interactive within 600 kB`, async ({ page }) => {
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto(`/${locale}/self-attention/`);
    await page.waitForLoadState('networkidle');
    await scrollThrough(page);
    const islands = page.locator('[data-island]');
    const count = await islands.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(islands.nth(i)).toHaveClass(/is-mounted/, { timeout: 60_000 });
    await expect(page.locator('[data-widget-frame="attention-explorer"] .attn-strip')).toBeVisible({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(requests.map(async (r) => ({ url: new URL(r.url()).pathname, bytes: (await r.sizes()).responseBodySize })));
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const model = sizes.filter((s) => s.url.startsWith('/models/')).reduce((sum, s) => sum + s.bytes, 0);
    console.log(`/${locale}/self-attention/: ${sizes.length} requests, ${(total / 1024).toFixed(1)} kB transferred (model ${(model / 1024).toFixed(1)} kB)`);
    expect(model, 'the model was fetched').toBeGreaterThan(50 * 1024);
    expect(total, `transferred: ${sizes.map((s) => `${s.url} ${(s.bytes / 1024).toFixed(1)} kB`).join(', ')}`).toBeLessThanOrEqual(BUDGET);
  });
}
