/**
 * Search: `/`, Ctrl+K or the header's search box opens the dialog; a Chinese
 * and an English term find their chapters, the reader's language first, and a result
 * leads to its section; Escape closes the dialog and focus returns; axe is satisfied.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, watch } from './helpers';

// the index loads on first use; on a busy machine that takes a while
test.describe.configure({ timeout: 60_000 });

test('a Chinese term finds its chapter and a result opens the section', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/zh/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索各章与术语表' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('位置编码');
  const groups = dialog.locator('.search-group');
  await expect(groups.first()).toHaveText('中文内容', { timeout: 20_000 });
  const link = dialog.locator('.search-sections a[href^="/zh/positional-encoding/#"]').first();
  await expect(link).toBeVisible({ timeout: 20_000 });
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
});

test('an English term finds its section, and the other language comes second', async ({ page }) => {
  await page.goto('/en/glossary/');
  await page.getByRole('button', { name: 'Search (/ or Ctrl+K)' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('softmax');
  await expect(dialog.locator('.search-group').first()).toHaveText('In English', { timeout: 20_000 });
  const link = dialog.locator('.search-sections a[href^="/en/self-attention/#"]').first();
  await expect(link).toBeVisible({ timeout: 20_000 });
  await expect(dialog.locator('.search-list[lang="en"] mark').first()).toHaveText(/softmax/i);
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/self-attention/#${href.split('#')[1]}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('Ctrl+K opens search; from the search box, Escape closes it and focus returns there', async ({ page }) => {
  await page.goto('/en/self-attention/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.locator('[data-search-open]').focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('attention');
  await expect(dialog.locator('.search-hit').first()).toBeVisible({ timeout: 20_000 });
  expect(await axeViolations(page, { include: ['dialog.search-dialog'] })).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-search-open]')).toBeFocused();
});
