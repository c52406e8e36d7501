/**
 * The presenter's tools in both languages: O opens an overview of every slide (a click
 * goes there), digits and Enter jump to a slide, Q shows a QR code of the current view's
 * address, "present from here" beside a chapter heading opens the deck at that section,
 * and printing gives every slide its own page.
 */
import { expect, test } from '@playwright/test';
import { locales } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

const current = (page: import('@playwright/test').Page) => page.locator('.slide.is-current').getAttribute('data-slide');

for (const locale of locales) {
  test(`overview, jump, QR code and print (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/self-attention/present/#slide-1`);
    await expect(page.locator('.presenter.is-ready')).toHaveCount(1);
    const total = await page.locator('.slide').count();
    expect(total).toBeGreaterThan(12);

    // O: one item per slide, focus on the current one; a click goes to that slide and closes it
    await page.keyboard.press('o');
    const overview = page.locator('[data-present-overview]');
    await expect(overview).toBeVisible();
    await expect(overview.locator('[data-goto]')).toHaveCount(total);
    await expect(overview.locator('[data-goto="1"]')).toBeFocused();
    await overview.locator('[data-goto="5"]').click();
    await expect(overview).toBeHidden();
    expect(await current(page)).toBe('5');
    await expect(page).toHaveURL(/#slide-5$/);

    // digits then Enter: the typed number shows, then the slide changes
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(page.locator('[data-present-jump]')).toContainText('12');
    await page.keyboard.press('Enter');
    expect(await current(page)).toBe('12');
    await expect(page.locator('[data-present-jump]')).toBeHidden();

    // Q: a code drawn in the page for this slide's address (no network), closed by Q again
    await page.keyboard.press('q');
    const qr = page.locator('[data-present-qr]');
    await expect(qr).toBeVisible();
    await expect(qr.locator('[data-qr-url]')).toContainText(`/${locale}/self-attention/present/#slide-12`);
    const code = qr.locator('[data-qr-code] svg, [data-qr-code] canvas').first();
    await expect(code).toBeVisible();
    expect((await code.boundingBox())!.width).toBeGreaterThan(150);
    await page.keyboard.press('q');
    await expect(qr).toBeHidden();
    expect(await current(page)).toBe('12');

    // print: every slide is laid out, one per page, the controls are not
    await page.emulateMedia({ media: 'print' });
    const laidOut = await page.locator('.slide').evaluateAll((slides) => slides.filter((s) => getComputedStyle(s).display !== 'none' && getComputedStyle(s).breakAfter === 'page').length);
    expect(laidOut).toBe(total);
    await expect(page.locator('.present-bar')).toBeHidden();
  });

  test(`"present from here" opens the deck at that section (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/self-attention/`);
    const link = page.locator('h2 .present-from').nth(2);
    const section = await link.evaluate((a) => a.closest('h2')!.id);
    await link.click();
    await expect(page.locator('.presenter.is-ready')).toHaveCount(1);
    await expect(page.locator('.slide.is-current')).toHaveAttribute('data-section', section);
  });
}
