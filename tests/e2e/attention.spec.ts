/**
 * The attention explorer in the built site: typing shows the
 * tokens as buttons; changing the head changes the URL; a link restores sentence, layer
 * and head; markup in the sentence stays text and runs nothing; a 10 000-character
 * sentence is cut with a note and no error; axe finds no violations in the widgets.
 */
import { expect, test, type Page } from '@playwright/test';
import { encode } from '@/lib/model/tokenizer';
import { samples } from '@/lib/widgets/attentionSamples';
import { readModel } from '@/scripts/model/eval';
import { axeViolations, watch } from './helpers';

/** The shipped English model: expected tokens are computed with the site's own tokenizer. */
const en = readModel('en');
const tokensOf = (text: string) => encode(en, text).tokens;

const FRAME = '[data-widget-frame="attention-explorer"]';

/** Opens the self-attention chapter (with `query`) and waits for the explorer and its model. */
/** A head and a layer other than the ones the explorer opens on (its first sample's), so choosing them changes the view. */
const OTHER_HEAD = String((samples.en[0].head % 4) + 1);
const OTHER_LAYER = String((samples.en[0].layer % 3) + 1);

async function openExplorer(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/self-attention/${query}`);
  await page.locator('[data-island="attention-explorer"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('.attn-strip')).toBeVisible({ timeout: 20_000 });
  return frame;
}

/** The token buttons (found by class: role queries over this formula-heavy page are slow). */
const tokens = (frame: ReturnType<Page['locator']>) => frame.locator('.attn-strip .attn-token');

// The chapter has thousands of KaTeX nodes; on a busy 2-core machine a page takes seconds.
test.describe.configure({ timeout: 60_000 });

test('typing a sentence shows its tokens as buttons', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(page);
  const text = 'The cat sat on the mat.';
  await frame.getByLabel('Your sentence').fill(text);
  await expect(frame.getByRole('group', { name: 'Tokens' })).toBeVisible();
  const expected = tokensOf(text); // The | cat| sat| on| the| mat|.
  await expect(tokens(frame)).toHaveCount(expected.length, { timeout: 15_000 });
  await expect(tokens(frame).nth(0)).toHaveAccessibleName('The');
  await expect(tokens(frame).nth(1)).toHaveText('␣cat');
  await tokens(frame).nth(2).click();
  await page.keyboard.press('ArrowRight');
  await expect(tokens(frame).nth(3)).toBeFocused();
  await expect(tokens(frame).nth(3)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]attention-explorer\.focus=4(&|$)/);
  expect(problems.consoleErrors).toEqual([]);
});

test('changing the head changes the URL', async ({ page }) => {
  const frame = await openExplorer(page);
  await frame.getByRole('combobox', { name: 'Head' }).selectOption(OTHER_HEAD);
  await expect(page).toHaveURL(new RegExp(`[?&]attention-explorer\\.head=${OTHER_HEAD}(&|$)`));
  await frame.getByRole('combobox', { name: 'Layer' }).selectOption(OTHER_LAYER);
  await expect(page).toHaveURL(new RegExp(`[?&]attention-explorer\\.layer=${OTHER_LAYER}(&|$)`));
  await frame.getByRole('tab', { name: 'Heatmap' }).click();
  await expect(page).toHaveURL(/[?&]attention-explorer\.view=heatmap(&|$)/);
});

test('a link with sentence, layer and head restores them', async ({ page }) => {
  const frame = await openExplorer(
    page,
    `?attention-explorer.sentence=${encodeURIComponent('Tea for two')}&attention-explorer.layer=2&attention-explorer.head=4&attention-explorer.focus=3&attention-explorer.view=heatmap`,
  );
  await expect(frame.getByLabel('Your sentence')).toHaveValue('Tea for two');
  await expect(tokens(frame)).toHaveCount(tokensOf('Tea for two').length);
  await expect(frame.getByRole('combobox', { name: 'Layer' })).toHaveValue('2');
  await expect(frame.getByRole('combobox', { name: 'Head' })).toHaveValue('4');
  await expect(tokens(frame).nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.getByRole('tab', { name: 'Heatmap' })).toHaveAttribute('aria-selected', 'true');
  await expect(frame.locator('.attn-steps-for')).toContainText(`(position 3), layer 2, head 4`);
  await expect(frame.locator('.widget-notice')).toHaveCount(0);
});

test('markup in the sentence appears as plain text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const markup = '<img src=x onerror=alert(1)>';
  const frame = await openExplorer(page, `?attention-explorer.sentence=${encodeURIComponent(markup)}`);
  await expect(frame.getByLabel('Your sentence')).toHaveValue(markup);
  await expect(tokens(frame).first()).toHaveText(tokensOf(markup)[0]);
  await expect(tokens(frame)).toHaveCount(tokensOf(markup).length);
  await frame.getByLabel('Your sentence').fill(`Hi ${markup}`);
  await expect(tokens(frame)).toHaveCount(tokensOf(`Hi ${markup}`).length, { timeout: 15_000 });
  await page.waitForTimeout(300);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a 10 000-character sentence is cut at the context with a note and no error', async ({ page }) => {
  const problems = watch(page);
  const frame = await openExplorer(page);
  await frame.getByLabel('Your sentence').fill('all work and no play '.repeat(500).slice(0, 10_000));
  await expect(frame.locator('.widget-notice')).toContainText(`reads at most ${en.config.contextLength} tokens`, { timeout: 15_000 });
  await expect(tokens(frame)).toHaveCount(en.config.contextLength);
  expect(problems.consoleErrors).toEqual([]);
});

for (const locale of ['en', 'zh'] as const) {
  test(`axe finds no violations in the attention widgets (${locale})`, async ({ page }) => {
    test.setTimeout(120_000); // axe over a formula-heavy page takes many seconds on a busy machine
    const frame = await openExplorer(page, '', locale);
    await page.locator('[data-island="attention-by-hand"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-widget-frame="attention-by-hand"]')).toBeVisible();
    for (let step = 1; step < 7; step++) await frame.locator('.attn-step-controls button').last().click();
    await expect(frame.locator('.attn-steps')).toHaveAttribute('data-step', 'sum');
    if (locale === 'zh') {
      // The table alternative too (the zh sample is short: a 15 × 15 table keeps axe quick).
      await frame.locator('.widget-tools button[aria-controls]').click();
      await expect(frame.locator('.attn-weights-table')).toBeVisible();
    }
    const violations = await axeViolations(page, { include: [FRAME, '[data-widget-frame="attention-by-hand"]'] });
    expect(violations, 'axe violations').toEqual([]);
  });
}

/** In the page: how many times the explorer's heatmap canvas has been painted. */
const paints = (frame: ReturnType<Page['locator']>) => frame.locator('.attn-picture canvas').evaluate((c) => Number((c as HTMLCanvasElement).dataset.painted ?? 0));

/** Waits until the heatmap has not been repainted for `quiet` ms, and returns its paint count. */
async function settledPaints(page: Page, frame: ReturnType<Page['locator']>, quiet = 500): Promise<number> {
  let before = await paints(frame);
  for (;;) {
    await page.waitForTimeout(quiet);
    const now = await paints(frame);
    if (now === before) return now;
    before = now;
  }
}

test.describe('the heatmap on a canvas', () => {
  test.use({ deviceScaleFactor: 2 });

  test('is painted at the device pixel ratio and glides to a new head over several frames', async ({ page }) => {
    const frame = await openExplorer(page, '?attention-explorer.view=heatmap');
    const canvas = frame.locator('.attn-picture canvas');
    await expect(canvas).toHaveAttribute('data-painted', /\d+/);
    const shape = await canvas.evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let opaque = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) opaque++;
      return { width: canvas.width, height: canvas.height, css: [box.width, box.height], opaque };
    });
    expect(shape.width).toBe(Math.round(shape.css[0] * 2));
    expect(shape.height).toBe(Math.round(shape.css[1] * 2));
    expect(shape.opaque).toBeGreaterThan(0);
    const before = await settledPaints(page, frame);
    await frame.getByRole('combobox', { name: 'Head' }).selectOption(OTHER_HEAD);
    expect(await settledPaints(page, frame)).toBeGreaterThan(before + 2);
  });
});

test('under reduced motion a new head is painted at once, in one frame', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const frame = await openExplorer(page, '?attention-explorer.view=heatmap');
  await expect(frame.locator('.attn-picture canvas')).toHaveAttribute('data-painted', /\d+/);
  const before = await settledPaints(page, frame);
  await frame.getByRole('combobox', { name: 'Head' }).selectOption(OTHER_HEAD);
  expect(await settledPaints(page, frame)).toBe(before + 1);
});

test('"Play through heads" shows every head in turn and stops after the last', async ({ page }) => {
  const frame = await openExplorer(page);
  const heads = await frame.getByRole('combobox', { name: 'Head' }).locator('option').count();
  const play = frame.locator('button[data-play="heads"]');
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(play).toHaveText('Stop');
  for (let h = 1; h <= heads; h++) await expect(frame.getByRole('combobox', { name: 'Head' })).toHaveValue(String(h), { timeout: 5_000 });
  await expect(play).toHaveText('Play through heads', { timeout: 5_000 });
  await expect(frame.getByRole('combobox', { name: 'Head' })).toHaveValue(String(heads));
});
