/**
 * Every page in both languages: it renders its heading, makes no request beyond the local
 * server, logs no error, fails no request, and axe finds no violation in light or dark.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages, scrollThrough, watch } from './helpers';

// A chapter with a widget near the top mounts it (React and the model) during the scan.
test.describe.configure({ timeout: 180_000 });

for (const path of allPages()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const problems = watch(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.waitForLoadState('networkidle');
      // A chapter renders (and gives tab stops to) its wide blocks as the reader nears them
      // (content-visibility): scroll through it as a reader would before checking.
      await scrollThrough(page);
      // Only colour depends on the theme: the dark pass checks the colour rules alone.
      // KaTeX's visual layer (thousands of aria-hidden nodes per chapter, text in the page
      // colour) is left out: scanning it took most of a minute a page. Its MathML stays in.
      const builder = new AxeBuilder({ page }).exclude('.katex-html');
      const axe = await (theme === 'dark' ? builder.withRules(['color-contrast', 'link-in-text-block']) : builder).analyze();
      const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
      expect(violations, 'axe violations').toEqual([]);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    });
  }
}
