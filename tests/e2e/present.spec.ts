/**
 * Presenter mode: the clicker keys step a widget before moving to the next
 * slide, the slide number follows in the URL and survives a reload, Escape returns to
 * the chapter at the same section, the notes view follows the presenter, the blackout
 * key works, speaker notes stay off the chapter page, and axe finds no violations.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watch } from './helpers';

const PRESENT = '/en/self-attention/present/';

test.describe.configure({ timeout: 90_000 });

const current = (page: Page) => page.locator('.slide.is-current');

/**
 * Puts a stand-in step widget on a slide: a `[data-widget]` element that takes two
 * steps forward (and back) through the `llmx:step` event, as the real widgets do.
 */
async function addStepWidget(page: Page, slide: number) {
  await page.locator(`.slide[data-slide="${slide}"] .slide-inner`).evaluate((inner) => {
    const widget = document.createElement('div');
    widget.dataset.widget = 'test-steps';
    widget.dataset.step = '0';
    widget.textContent = 'Step widget';
    widget.addEventListener('llmx:step', (event) => {
      const { direction } = (event as CustomEvent<{ direction: 1 | -1 }>).detail;
      const step = Number(widget.dataset.step) + direction;
      if (step < 0 || step > 2) return;
      widget.dataset.step = String(step);
      event.preventDefault();
    });
    inner.append(widget);
  });
  return page.locator('[data-widget="test-steps"]');
}

test('the clicker keys step a widget, then move on; the slide number survives a reload', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${PRESENT}#slide-2`);
  await expect(current(page)).toHaveAttribute('data-slide', '2');
  const total = await page.locator('.slide').count();
  await expect(page.locator('[data-present-count]')).toHaveText(`2 / ${total}`);
  const widget = await addStepWidget(page, 2);

  await page.keyboard.press('ArrowRight');
  await expect(widget).toHaveAttribute('data-step', '1');
  await page.keyboard.press('PageDown');
  await expect(widget).toHaveAttribute('data-step', '2');
  await expect(page).toHaveURL(/#slide-2$/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/#slide-3$/);
  await expect(current(page)).toHaveAttribute('data-slide', '3');

  // back: slide 3 has no widget, slide 2's widget steps back before the slides do
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#slide-2$/);
  await page.keyboard.press('PageUp');
  await expect(widget).toHaveAttribute('data-step', '1');
  await expect(page).toHaveURL(/#slide-2$/);

  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`#slide-${total}$`));
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/#slide-1$/);
  // four presses: to slide 2, its widget's last step, slide 3, slide 4
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  await expect(widget).toHaveAttribute('data-step', '2');
  await expect(page).toHaveURL(/#slide-4$/);

  await page.reload();
  await expect(current(page)).toHaveAttribute('data-slide', '4');
  await expect(page.locator('[data-present-count]')).toHaveText(`4 / ${total}`);
  await expect(page.locator('.slide:visible')).toHaveCount(1);
  expect(problems.consoleErrors).toEqual([]);
});

// Known failure since the key-point decks: on the deck's slide the explorer shows another
// stage and → does not reach "Step 2 of 4"; kept visible until the clicker is fixed for it.
test('the real positional-encoding animation is stepped by the keys when it is on a slide', async ({ page }) => {
  await page.goto('/en/positional-encoding/present/?positional-encoding-explorer.kind=add');
  const slot = page.locator('[data-widget="positional-encoding-explorer"]');
  test.skip((await slot.count()) === 0, 'the chapter does not show the explorer yet');
  const slide = await slot.evaluate((el) => el.closest('.slide')!.getAttribute('data-slide'));
  await page.goto(`/en/positional-encoding/present/?positional-encoding-explorer.kind=add#slide-${slide}`);
  await expect(slot.getByText('Step 1 of 4')).toBeVisible({ timeout: 20_000 });
  for (const step of [2, 3, 4]) {
    await page.keyboard.press('PageDown');
    await expect(slot.getByText(`Step ${step} of 4`)).toBeVisible();
  }
  await expect(page).toHaveURL(new RegExp(`#slide-${slide}$`));
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`#slide-${Number(slide) + 1}$`));
});

test('Escape and the visible control return to the chapter at the same section', async ({ page }) => {
  await page.goto(`${PRESENT}#slide-3`);
  const section = await current(page).getAttribute('data-section');
  expect(section).toBeTruthy();
  await expect(page.getByRole('link', { name: 'Back to the chapter' })).toHaveAttribute('href', `/en/self-attention/#${section}`);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`/en/self-attention/#${section}$`));
  await expect(page.locator(`#${section}`)).toBeInViewport();
});

test('the chapter links to its presenter view and never shows speaker notes', async ({ page }) => {
  await page.goto('/zh/self-attention/');
  // the chapter's own Present link (each section heading has a "present from here" link too)
  const link = page.locator('a[href="/zh/self-attention/present/"]');
  await expect(link).toHaveText(/演示/);
  await expect(page.locator('body')).not.toContainText('和学生一起在黑板上算这个例子');
  await link.click();
  // the slide show writes the slide it opened on into the address once it has started
  await expect(page).toHaveURL(/\/zh\/self-attention\/present\/(#slide-1)?$/);
  await expect(page.locator('.slides')).not.toContainText('和学生一起在黑板上算这个例子');
});

test('the notes view follows the presenter window and shows the slide’s notes', async ({ context }) => {
  const presenter = await context.newPage();
  await presenter.goto(`${PRESENT}#slide-1`);
  const withNotes = await presenter
    .locator('[data-notes-for]')
    .evaluateAll((els) => els.filter((el) => el.textContent?.includes('Hand out paper or use the board')).map((el) => el.getAttribute('data-notes-for')));
  expect(withNotes).toHaveLength(1);
  const notes = await context.newPage();
  await notes.goto(`${PRESENT}?notes=1#slide-1`);
  await expect(notes.locator('[data-notes-status]')).toContainText('Slide 1 of');
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(notes).toHaveURL(/#slide-2$/);
  await expect(notes.locator('[data-notes-status]')).toContainText('Slide 2 of');
  await presenter.evaluate((n) => (location.hash = `#slide-${n}`), withNotes[0]);
  await expect(notes.locator('[data-notes-body]')).toContainText('Hand out paper or use the board');
  await expect(presenter.locator('.slides')).not.toContainText('Hand out paper or use the board');
  // the clicker may drive the notes window too: the presenter window steps its widget first
  const widget = await addStepWidget(presenter, Number(withNotes[0]));
  await notes.bringToFront();
  await notes.keyboard.press('PageDown');
  await expect(widget).toHaveAttribute('data-step', '1');
  await notes.waitForTimeout(800);
  await expect(notes).toHaveURL(new RegExp(`#slide-${withNotes[0]}$`));
  await notes.keyboard.press('PageDown');
  await notes.keyboard.press('PageDown');
  await expect(presenter).toHaveURL(new RegExp(`#slide-${Number(withNotes[0]) + 1}$`));
  await expect(notes).toHaveURL(new RegExp(`#slide-${Number(withNotes[0]) + 1}$`));
});

for (const [locale, note, heading] of [
  ['en', 'Drag the query q (orange) and the keys', 'Under “Attention by hand” in the chapter'],
  ['zh', '拖动查询向量 q（橙色）和键向量', '本章中“'],
] as const) {
  test(`the notes view shows a widget's notes after the slide's own (${locale})`, async ({ context }) => {
    const path = `/${locale}/self-attention/present/`;
    const presenter = await context.newPage();
    await presenter.goto(`${path}#slide-1`);
    // the notes sit under the widget in the chapter; on the slides they are only in the notes
    const holders = await presenter
      .locator('[data-notes-for]')
      .evaluateAll((els, text) => els.filter((el) => el.textContent?.includes(text)).map((el) => Number(el.getAttribute('data-notes-for'))), note);
    expect(holders).toHaveLength(1);
    const n = holders[0];
    await expect(presenter.locator(`.slide[data-slide="${n}"] [data-island]`)).toHaveCount(1);
    await expect(presenter.locator('.slides')).not.toContainText(note);
    // the notes view follows the presenter window to the widget's slide
    const notes = await context.newPage();
    await notes.goto(`${path}?notes=1#slide-1`);
    await expect(notes.locator('[data-notes-status]')).toContainText(locale === 'en' ? 'Slide 1 of' : '1');
    await presenter.bringToFront();
    await presenter.evaluate((slide) => (location.hash = `#slide-${slide}`), n);
    await expect(notes).toHaveURL(new RegExp(`#slide-${n}$`));
    const body = notes.locator('[data-notes-body]');
    await expect(body).toContainText(note);
    await expect(body).toContainText(heading);
    // the slide's own notes come first, then the widget's
    const order = await body.evaluate((el, text) => ({ at: el.textContent!.indexOf(text), first: el.firstElementChild?.textContent ?? '' }), note);
    expect(order.first).not.toContain(note);
    expect(order.at).toBeGreaterThan(0);
  });
}

test('B blacks the screen out and brings it back', async ({ page }) => {
  await page.goto(PRESENT);
  const blackout = page.locator('[data-present-blackout]');
  await expect(blackout).toBeHidden();
  await page.keyboard.press('b');
  await expect(blackout).toBeVisible();
  await page.keyboard.press('B');
  await expect(blackout).toBeHidden();
});

for (const [path, label] of [
  [`${PRESENT}#slide-1`, 'en title slide'],
  [`${PRESENT}#slide-12`, 'en slide with a formula'],
  ['/zh/positional-encoding/present/#slide-3', 'zh slide'],
  [`${PRESENT}?notes=1#slide-5`, 'notes view'],
] as const) {
  test(`axe finds no violations in presenter mode (${label})`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.presenter.is-ready')).toHaveCount(1);
    const violations = await axeViolations(page, { exclude: ['.katex'] });
    expect(violations, 'axe violations').toEqual([]);
  });
}
