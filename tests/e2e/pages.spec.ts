/**
 * Every page in both languages: it renders its heading, makes no request beyond the local
 * server, logs no error, fails no request, and axe finds no violation. Light: every rule on
 * every page. Dark changes only colours, so the dark pass runs the colour rules, on the
 * page already loaded, on the fewest pages that together hold every element, class and
 * widget any page has (darkScanPages: one language of each chapter, as the chapters'
 * twins share their markup), instead of loading every page twice.
 */
import { expect, test, type Page } from '@playwright/test';
import { allPages, axeViolations, darkScanPages, scrollThrough, watch } from './helpers';

// A chapter with a widget near the top mounts it (React and the model) during the scan.
test.describe.configure({ timeout: 180_000 });

const dark = new Set(darkScanPages());

/** axe's violations on the page, as readable lines. KaTeX's visual layer (thousands of aria-hidden
 * nodes per chapter, text in the page colour) is left out: its MathML stays in. */
const violations = (page: Page, rules?: string[]) => axeViolations(page, { exclude: ['.katex-html'], rules });

for (const path of allPages()) {
  test(`${path} (light${dark.has(path) ? ', dark' : ''})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const problems = watch(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.waitForLoadState('networkidle');
    // A chapter renders (and gives tab stops to) its wide blocks as the reader nears them
    // (content-visibility): scroll through it as a reader would before checking.
    await scrollThrough(page);
    expect(await violations(page), 'axe violations (light)').toEqual([]);
    if (dark.has(path)) {
      // the reader's own switch: the same page, every widget already mounted, in dark
      // (a page without the switch, the language chooser, follows the system's setting)
      await page.emulateMedia({ colorScheme: 'dark' });
      const toggle = page.locator('[data-theme-toggle]').first();
      if (await toggle.count()) await toggle.dispatchEvent('click');
      else await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      // colours that glide to the new theme (CSS transitions) are measured once they have arrived
      await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
      expect(await violations(page, ['color-contrast', 'link-in-text-block']), 'axe violations (dark)').toEqual([]);
    }
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
    expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
  });
}

test('a system set to dark gets the dark theme before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
