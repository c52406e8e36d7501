/** One self-check question per chapter, answered by keyboard alone, with its feedback remembered. */
import { expect, test } from '@playwright/test';
import { chapterSlugs } from './helpers';

for (const locale of ['en', 'zh'] as const) {
  for (const slug of chapterSlugs(locale)) {
    test(`self-check by keyboard: /${locale}/${slug}/`, async ({ page }) => {
      await page.goto(`/${locale}/${slug}/`);
      const quiz = page.locator('form.quiz').first();
      await quiz.scrollIntoViewIfNeeded();
      await quiz.locator('input[type="radio"]').first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await expect(quiz.getByRole('button')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(quiz.locator('.quiz-feedback')).not.toHaveText('');
      await expect(quiz.locator('.quiz-why').first()).toBeVisible();
      await page.reload();
      await expect(page.locator('form.quiz').first().locator('.quiz-why').first()).toBeVisible();
    });
  }
}
