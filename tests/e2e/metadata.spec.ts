/** Each page describes itself: lang, title, description, canonical, hreflang and Open Graph. */
import { expect, test } from '@playwright/test';
import { chapterSlugs } from './helpers';

for (const locale of ['en', 'zh'] as const) {
  const slug = chapterSlugs(locale)[0];
  test(`metadata of /${locale}/${slug}/`, async ({ page }) => {
    await page.goto(`/${locale}/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-Hans');
    const title = await page.title();
    expect(title.length).toBeGreaterThan(3);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{10,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/${slug}/$`));
    const other = locale === 'en' ? 'zh-Hans' : 'en';
    await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', new RegExp(`/${locale === 'en' ? 'zh' : 'en'}/${slug}/$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`/${locale}/${slug}/$`));
  });
}

test('titles differ from page to page', async ({ page }) => {
  const titles = new Set<string>();
  for (const path of [
    '/en/',
    '/en/glossary/',
    ...chapterSlugs('en')
      .slice(0, 3)
      .map((s) => `/en/${s}/`),
  ]) {
    await page.goto(path);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(5);
});
