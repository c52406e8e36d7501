/**
 * Reading progress: visits and self-check results show in the sidebar, survive
 * a reload, update live, and the reset control forgets them.
 */
import { expect, test } from '@playwright/test';

test.describe.configure({ timeout: 60_000 });

test('progress survives a reload and can be reset', async ({ page }) => {
  await page.goto('/en/self-attention/');
  const entry = page.locator('.sidebar a[data-chapter="self-attention"]');
  const total = await entry.getAttribute('data-quiz-total');
  expect(Number(total)).toBeGreaterThanOrEqual(3);
  await expect(entry.locator('.progress-mark')).toHaveAttribute('data-visited', 'true');

  // answer the first self-check correctly: the sidebar updates at once
  const quiz = page.locator('form.quiz').first();
  const answer = Number(await quiz.getAttribute('data-answer'));
  await quiz.locator('input[type="radio"]').nth(answer).check();
  await quiz.getByRole('button').click();
  await expect(entry.locator('.progress-mark')).toContainText(`1/${total}`);
  await expect(entry.locator('.progress-mark .sr-only')).toHaveText(`, visited, 1 of ${total} self-checks right`);

  await page.goto('/en/positional-encoding/');
  await page.reload();
  await expect(entry.locator('.progress-mark')).toContainText(`✓ 1/${total}`);
  await expect(page.locator('[data-progress-summary]')).toHaveText('2 of 10 chapters visited');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset reading progress' }).click();
  await expect(entry.locator('.progress-mark')).toHaveText('');
  await expect(page.getByRole('button', { name: 'Reset reading progress' })).toBeHidden();
  await page.reload();
  await expect(entry.locator('.progress-mark')).toHaveText('');
  await expect(page.locator('.sidebar a[data-chapter="positional-encoding"] .progress-mark')).toHaveAttribute('data-visited', 'true');
  await expect(page.locator('[data-progress-summary]')).toHaveText('1 of 10 chapters visited');
});
