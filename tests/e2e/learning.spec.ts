/**
 * "Watch it learn" in the built site: the recorded loss curves and the
 * samples at each checkpoint; checkpoint buttons, arrow keys and the `llmx:step`
 * event move through them and change the URL; a link restores checkpoint and axis;
 * an unknown checkpoint falls back with a notice; axe finds no violations.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, watch } from './helpers';

/** A checkpoint of the shipped English run other than the first (the steps at which it kept samples). */
const CHECKPOINT = (JSON.parse(readFileSync('public/models/en/training-log.json', 'utf8')) as { samples: { step: number }[] }).samples.map((s) => s.step).filter((step) => step > 0)[0];

/** The English run's head count, and the first probe step at which some head's induction score reached 0.4 (the head gallery's threshold), worked out here from the log. */
const PROBES = (JSON.parse(readFileSync('public/models/en/training-log.json', 'utf8')) as { probes: { step: number; induction: number[][] }[] }).probes;
const HEADS = PROBES[0].induction.flat().length;
const FORMED = PROBES.find((p) => p.induction.some((row) => row.some((score) => score >= 0.4)))?.step;

const FRAME = '[data-widget-frame="learning-curve"]';

async function openLearning(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/training-and-customization/${query}`);
  await page.locator('[data-island="learning-curve"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('.lc-svg').first()).toBeVisible({ timeout: 20_000 });
  return frame;
}

const checkpoints = (frame: ReturnType<Page['locator']>) => frame.getByRole('group', { name: 'Checkpoint' }).getByRole('button');

test('the curves, the baseline and the samples of each checkpoint are shown', async ({ page }) => {
  const problems = watch(page);
  const frame = await openLearning(page);
  // the notes under the widget are chapter prose, still there once the widget has replaced its placeholder
  await expect(page.locator('[data-widget-notes="learning-curve"]')).toContainText('WordNet');
  await expect(frame.locator('.lc-svg:not(.lc-heads) path')).toHaveCount(2);
  await expect(frame.locator('.lc-svg').first()).toContainText('unigram baseline');
  // the heads chart: a faint line per head and a bold one per pattern, and the step the induction head formed
  await expect(frame.locator('.lc-heads path')).toHaveCount(2 * HEADS + 2);
  if (FORMED === undefined) await expect(frame.locator('.lc-formed')).toHaveCount(0);
  else await expect(frame.locator('.lc-formed')).toContainText(`induction head at step ${FORMED}`);
  const count = await checkpoints(frame).count();
  expect(count).toBeGreaterThanOrEqual(4);
  await expect(checkpoints(frame).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('.lc-samples-title')).toContainText('step 0');
  const untrained = await frame.locator('.lc-text').first().textContent();

  await checkpoints(frame).last().click();
  await expect(checkpoints(frame).last()).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]learning-curve\.checkpoint=\d+(&|$)/);
  await expect(frame.locator('.lc-samples-title')).toContainText('(final)');
  expect(await frame.locator('.lc-text').first().textContent()).not.toBe(untrained);

  // arrow keys move between checkpoints
  await checkpoints(frame).last().focus();
  await page.keyboard.press('Home');
  await expect(checkpoints(frame).first()).toBeFocused();
  await expect(page).not.toHaveURL(/checkpoint=/);
  await page.keyboard.press('ArrowRight');
  await expect(checkpoints(frame).nth(1)).toHaveAttribute('aria-pressed', 'true');

  await frame.getByRole('button', { name: 'Linear' }).click();
  await expect(page).toHaveURL(/[?&]learning-curve\.x=linear(&|$)/);
  expect(problems.consoleErrors).toEqual([]);
});

test('a presenter steps through the checkpoints with llmx:step', async ({ page }) => {
  const frame = await openLearning(page);
  const count = await checkpoints(frame).count();
  const step = (direction: 1 | -1) =>
    page.evaluate((d) => {
      const slot = document.querySelector('[data-widget="learning-curve"]')!;
      return !slot.dispatchEvent(new CustomEvent('llmx:step', { detail: { direction: d }, cancelable: true, bubbles: true }));
    }, direction);
  expect(await step(-1)).toBe(false); // nothing before the first checkpoint: the presenter moves on
  for (let i = 1; i < count; i++) {
    expect(await step(1)).toBe(true);
    await expect(checkpoints(frame).nth(i)).toHaveAttribute('aria-pressed', 'true');
  }
  expect(await step(1)).toBe(false);
  expect(await step(-1)).toBe(true);
  await expect(checkpoints(frame).nth(count - 2)).toHaveAttribute('aria-pressed', 'true');
});

test('a link restores checkpoint and axis; an unknown checkpoint falls back with a notice', async ({ page }) => {
  const frame = await openLearning(page, `?learning-curve.checkpoint=${CHECKPOINT}&learning-curve.x=linear`);
  await expect(frame.getByRole('button', { name: `step ${CHECKPOINT}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.getByRole('button', { name: 'Linear' })).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('.widget-notice')).toHaveCount(0);

  const again = await openLearning(page, '?learning-curve.checkpoint=123&learning-curve.x=cubic');
  await expect(again.locator('.widget-notice')).toContainText('checkpoint');
  await expect(checkpoints(again).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
});

/** Steps at which each shipped run's later stages began, read from its log. */
const stageStarts = (locale: string) => (JSON.parse(readFileSync(`public/models/${locale}/training-log.json`, 'utf8')) as { stageStarts?: number[] }).stageStarts ?? [];

for (const locale of ['en', 'zh'] as const) {
  test(`axe finds no violations in "Watch it learn" (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = watch(page);
    const frame = await openLearning(page, '', locale);
    // each later stage of this language's run is marked on both charts and named under the heads chart
    const stages = stageStarts(locale);
    await expect(frame.locator('.lc-stage')).toHaveCount(2 * stages.length);
    const line = frame.locator('.lc-formed-line');
    if (stages.length === 1) await expect(line).toContainText(locale === 'zh' ? `从第 ${stages[0]} 步起，第二阶段` : `From step ${stages[0]}, a second stage`);
    else await expect(line).toContainText(locale === 'zh' ? `第 2 至第 ${stages.length + 1} 阶段分别从第 ${stages.join('、')} 步开始` : `Stages 2 to ${stages.length + 1} began at steps`);
    for (const i of stages.keys()) await expect(frame.locator('.lc-stage').nth(i)).toContainText(locale === 'zh' ? `第 ${i + 2} 阶段` : `stage ${i + 2}`);
    await frame.locator('.widget-tools button', { hasText: /table|表格/ }).click();
    await expect(frame.locator('.widget-table table').first()).toBeVisible();
    const violations = await axeViolations(page, { include: [FRAME] });
    expect(violations, 'axe violations').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
}
