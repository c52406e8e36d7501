/**
 * Moving around: the sidebar and prev/next links, the language switch (same chapter and
 * section), the theme toggle (remembered across reloads), the phone menu by keyboard,
 * the 404 page, and the language chooser without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { chapterSlugs } from './helpers';

const [first, second] = chapterSlugs('en').length ? ['what-is-an-llm', 'tokens-and-embeddings'] : [];

test('sidebar marks the current chapter and leads to another', async ({ page }) => {
  await page.goto(`/en/${first}/`);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', `/en/${first}/`);
  await nav.locator(`a[data-chapter="${second}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/en/${second}/$`));
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', `/en/${second}/`);
});

test('previous and next links walk the reading order', async ({ page }) => {
  await page.goto(`/en/${first}/`);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/en/${second}/$`));
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`/en/${first}/$`));
});

test('home lists the chapters in order with a start link', async ({ page }) => {
  await page.goto('/zh/');
  await expect(page.locator('.start-button')).toHaveAttribute('href', `/zh/${first}/`);
  const links = await page.locator('.chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links[0]).toBe(`/zh/${first}/`);
  expect(links.length).toBe(chapterSlugs('zh').length);
});

test('language switch keeps the chapter and the section', async ({ page }) => {
  await page.goto(`/en/${second}/`);
  const firstHeading = await page.locator('article h2.heading[id]').first().getAttribute('id');
  await page.goto(`/en/${second}/#${firstHeading}`);
  // the link itself carries the section once the site script has run
  await expect(page.locator('.locale-switch')).toHaveAttribute('href', `/zh/${second}/#${firstHeading}`);
  await page.locator('.locale-switch').click();
  await expect(page).toHaveURL(new RegExp(`/zh/${second}/#${firstHeading}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('.locale-switch')).toHaveAttribute('href', `/en/${second}/#${firstHeading}`);
  await page.locator('.locale-switch').click();
  await expect(page).toHaveURL(new RegExp(`/en/${second}/#${firstHeading}$`));
});

test('theme toggle switches and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/en/${first}/`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/zh/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('phone menu opens and closes by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/en/${first}/`);
  const menu = page.locator('.menu-button');
  const nav = page.locator('#site-nav');
  await expect(nav).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await expect(page.locator('#site-nav a[aria-current="page"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press('Space');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Space');
  await expect(nav).toBeVisible();
});

test('heading copy-link puts the section in the address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en/${first}/`);
  const heading = page.locator('article h2.heading[id]').first();
  const id = await heading.getAttribute('id');
  await heading.locator('.copy-link').click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/en/${first}/#${id}$`));
});

test('unknown addresses get the bilingual 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/zh/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('页面不存在');
  await expect(page.locator('a[href="/zh/"]')).toBeVisible();
  await expect(page.locator('a[href="/en/"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the language chooser and a chapter still work', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /中文/ }).click();
    await expect(page).toHaveURL(/\/zh\/$/);
    await page.locator('.start-button').click();
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('article .katex').first()).toBeAttached();
  });
});

test.describe('browser language', () => {
  test.use({ locale: 'zh-CN' });
  test('the chooser offers Chinese first to a Chinese browser', async ({ page }) => {
    await page.goto('/');
    const first = await page
      .locator('.chooser-list a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), top: a.getBoundingClientRect().top })).sort((x, y) => x.top - y.top)[0].href);
    expect(first).toBe('/zh/');
  });
});
