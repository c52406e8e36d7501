/**
 * The clicker contract, tested on every widget that sits on a slide, in both languages:
 * → PageDown Space step inside the widget until it has no steps left, then move the
 * slide; ← steps back the same number of times; a click on a tab, an answer, a select
 * or a button inside the widget never changes what the next → does; nothing moves while
 * the screen is blacked out. Widgets known to have steps must actually take them.
 * Each press is followed by the frame that draws it (tests/e2e/quiet.ts), and a widget
 * slide is stepped only once its widgets are still, never after a fixed wait.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterSlugs, locales } from './helpers';
import { watchQuiet } from './quiet';

test.describe.configure({ timeout: 300_000 });

/** Steps each widget is known to take from its opening view on a slide (at least). */
const KNOWN_STEPS: Record<string, number> = { 'attention-explorer': 6, 'attention-by-hand': 4 };

const slideOf = (page: Page) => page.evaluate(() => Number(/#slide-(\d+)/.exec(location.hash)?.[1] ?? 0));

async function showSlide(page: Page, n: number) {
  await page.evaluate((slide) => (location.hash = `#slide-${slide}`), n);
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', String(n));
  const islands = page.locator('.slide.is-current [data-island]');
  const count = await islands.count();
  for (let i = 0; i < count; i++) await expect(islands.nth(i)).toHaveClass(/is-mounted/, { timeout: 20_000 });
  // a model widget draws its controls once its model has loaded: snapshot them after that
  await expect(page.locator('.slide.is-current .model-status')).toHaveCount(0, { timeout: 20_000 });
  // the attention explorer plays its step-through in after mounting, and a press during that
  // transition would be counted against a different opening step: wait until the slide is still
  const still = await page.evaluate(() => window.untilQuiet(document.querySelector('.slide.is-current')!));
  expect(still, `slide ${n} never became still`).toBeNull();
}

/** Presses `key` until the slide changes (at most `limit` times); returns the presses that stayed on the slide. */
async function stepsUntilMove(page: Page, key: string, limit = 80): Promise<number> {
  const start = await slideOf(page);
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key);
    const [pending, slide] = await page.evaluate(async () => [await window.untilDrawn(), Number(/#slide-(\d+)/.exec(location.hash)?.[1] ?? 0)] as const);
    expect(pending, `${key} on slide ${start}: never drawn`).toBeNull();
    if (slide !== start) return presses;
  }
  throw new Error(`${key} stayed on slide ${start} for ${limit} presses`);
}

/** A snapshot of the widget's choices: selected tabs, checked inputs, select values. */
const choices = (page: Page, slide: number) =>
  page.locator(`.slide[data-slide="${slide}"]`).evaluate((el) =>
    JSON.stringify({
      tabs: [...el.querySelectorAll('[role="tab"]')].map((t) => t.getAttribute('aria-selected')),
      checked: [...el.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].map((i) => i.checked),
      selects: [...el.querySelectorAll<HTMLSelectElement>('select')].map((s) => s.value),
    }),
  );

for (const locale of locales) {
  for (const slug of chapterSlugs(locale)) {
    test(`clicker contract on every widget and quiz slide: ${locale}/${slug}`, async ({ page }) => {
      await watchQuiet(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/${locale}/${slug}/present/#slide-1`);
      await expect(page.locator('.presenter.is-ready')).toHaveCount(1);
      const targets = await page.locator('.slide').evaluateAll((slides) =>
        slides
          .map((s) => ({
            slide: Number(s.getAttribute('data-slide')),
            widgets: [...s.querySelectorAll('[data-widget]')].map((w) => w.getAttribute('data-widget')!),
            quiz: !!s.querySelector('.quiz input[type="radio"]'),
          }))
          .filter((t) => t.widgets.length || t.quiz),
      );
      test.skip(targets.length === 0, 'no widget or quiz on a slide');
      for (const target of targets) {
        const n = target.slide;
        const where = `${locale}/${slug} slide ${n} (${target.widgets.join(', ') || 'quiz'})`;
        await showSlide(page, n);
        // a click on a tab, an answer or a select first: it must not take over the arrows
        const control = page.locator(`.slide[data-slide="${n}"]`).locator('[role="tab"][aria-selected="true"], .quiz-option input[type="radio"], select').first();
        if (await control.count()) {
          if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.focus();
          else await control.click();
        }
        const before = await choices(page, n);
        // blackout: no key moves anything
        await page.keyboard.press('b');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('PageDown');
        expect(await slideOf(page), `${where}: moved during blackout`).toBe(n);
        await page.keyboard.press('b');
        const forward = await stepsUntilMove(page, 'ArrowRight');
        expect(await slideOf(page), where).toBe(n + 1);
        expect(await choices(page, n), `${where}: → changed a tab, an answer or a select`).toBe(before);
        const known = Math.max(0, ...target.widgets.map((w) => KNOWN_STEPS[w] ?? 0));
        expect(forward, `${where}: steps taken by →`).toBeGreaterThanOrEqual(known);
        // back onto the slide, then ← undoes every step before leaving it
        await page.keyboard.press('PageUp');
        expect(await slideOf(page), where).toBe(n);
        const backward = await stepsUntilMove(page, 'ArrowLeft');
        expect(backward, `${where}: ← steps back as many times as → stepped`).toBe(forward);
        expect(await slideOf(page), where).toBe(n - 1);
      }
    });
  }
}
