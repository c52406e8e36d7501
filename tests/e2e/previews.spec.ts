/**
 * Link previews: every chapter's HTML names its own Open Graph image (and a
 * large Twitter card), the PNG exists in the build at 1200×630, and the cite-or-share
 * panel gives the chapter's address and a citation to copy.
 */
import { expect, test } from '@playwright/test';
import { chapterSlugs, locales } from './helpers';

for (const locale of locales) {
  test(`each ${locale} chapter and the glossary carry their own og:image, and the image exists`, async ({ request }) => {
    const seen = new Set<string>();
    const pages = [...chapterSlugs(locale), 'glossary'];
    for (const slug of pages) {
      const html = await (await request.get(`/${locale}/${slug}/`)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, `${slug}: og:image`).toBeTruthy();
      const path = new URL(image!).pathname;
      expect(path).toBe(`/og/${locale}/${slug}.png`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
      expect(html).toMatch(/<meta property="og:image:width" content="1200"\/>/);
      seen.add(path);
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const png = await response.body();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect(seen.size).toBe(pages.length);
  });
}

test('the cite-or-share panel copies the address and the citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/positional-encoding/');
  await page.getByText('Cite or share').click();
  const panel = page.locator('.cite-share');
  await expect(panel).toContainText('/en/positional-encoding/');
  await expect(panel).toContainText('“Positional encoding”, chapter 5 of LLMs, Explained (CC BY 4.0).');
  await panel.getByRole('button', { name: 'Copy' }).nth(1).click();
  await expect(panel.getByRole('button', { name: 'Copy' }).nth(1)).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('chapter 5 of LLMs, Explained');
});
