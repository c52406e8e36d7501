/**
 * Where the attention explorer's passes run, and that the picture only moves forward. A
 * sentence typed key by key costs a row or two per key, which the page computes in the
 * keystroke's own task (lib/model/cost.ts); a pasted paragraph is more than the page
 * computes in place and goes to the model worker's script. The page decides from its
 * own measured speed, so the test slows the CPU down fourfold: then a paragraph of about
 * a hundred tokens is over the page's budget on any machine this suite runs on. Across both, and while more keys follow the
 * paste, a picture for an older, shorter text is never drawn after one for a newer
 * text, and the last text is the one that stays.
 */
import { encode } from '@/lib/model/tokenizer';
import { readModel } from '@/scripts/model/eval';
import { expect, test } from '@playwright/test';
import { watch } from './helpers';

const FRAME = '[data-widget-frame="attention-explorer"]';
const TEXT = 'the cat sat on the mat because it was warm and the dog was';

test.describe.configure({ timeout: 180_000 });

/** A paragraph whose new rows cost more than the page computes in place. */
const PASTED = `${TEXT} home. ${'On rainy days the children stay inside and read old books by the window. '.repeat(5)}`;

/** In the page: where each pass of the tiny model ran since the call (the User Timing measures the widgets record). */
function recordPasses() {
  const passes: { tokens: number; where: string }[] = [];
  (window as unknown as { __passes: typeof passes }).__passes = passes;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'tiny-model:forward') passes.push((entry as PerformanceMeasure).detail as { tokens: number; where: string });
  }).observe({ type: 'measure' });
}
const passesSoFar = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __passes: { tokens: number; where: string }[] }).__passes.splice(0));

test('typed keys are computed on the page, a pasted paragraph in the worker, and no stale picture is drawn', async ({ page }) => {
  const problems = watch(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('/en/self-attention/');
  await page.locator('[data-island="attention-explorer"]').scrollIntoViewIfNeeded();
  const frame = page.locator(FRAME);
  await expect(frame.locator('.attn-strip')).toBeVisible({ timeout: 60_000 });
  const box = frame.getByLabel('Your sentence');
  await box.fill('');
  await expect(frame.locator('.attn-empty')).toBeVisible();

  // record how much of the text is drawn (the tokens' characters, ␣ for a space) each time
  // the widget's DOM changes: typing only adds characters, so this must only grow (a token
  // count would not: merges can turn two tokens into one as a word is completed)
  await page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const drawn: number[] = [];
    (window as unknown as { __drawn: number[] }).__drawn = drawn;
    new MutationObserver(() => {
      const count = [...root.querySelectorAll('.attn-strip .attn-token')].map((t) => t.textContent ?? '').join('').length;
      if (count && drawn[drawn.length - 1] !== count) drawn.push(count);
    }).observe(root, { childList: true, subtree: true });
  }, FRAME);
  await page.evaluate(recordPasses);
  await box.pressSequentially(TEXT, { delay: 5 });
  // wait for the whole text, not for its token count: a shorter prefix can cut into as many
  // tokens (" w" and " was" are one token each), and its picture would pass for the last one
  const tokens = frame.locator('.attn-strip .attn-token');
  await expect(tokens).toHaveCount(encode(readModel('en'), TEXT).ids.length, { timeout: 30_000 });
  await expect.poll(async () => (await tokens.allTextContents()).join('').length, { timeout: 30_000 }).toBe(TEXT.length);
  const typed = await passesSoFar(page);
  expect(typed.length).toBeGreaterThan(0);
  expect(
    typed.filter((p) => p.where !== 'page'),
    'passes of typed keys that left the page',
  ).toEqual([]);

  // a paste, then keys typed after it while its answer may still be on the way
  await box.fill(PASTED);
  await box.pressSequentially('and', { delay: 5 });
  const final = `${PASTED}and`;
  await expect(tokens).toHaveCount(encode(readModel('en'), final).ids.length, { timeout: 30_000 });
  await expect.poll(async () => (await tokens.allTextContents()).join('').length, { timeout: 30_000 }).toBe(final.length);
  const afterPaste = await passesSoFar(page);
  expect(encode(readModel('en'), PASTED).ids.length, 'the paste fits the context').toBeLessThan(120);
  expect(
    afterPaste.some((p) => p.where === 'worker'),
    `passes after the paste: ${JSON.stringify(afterPaste)}`,
  ).toBe(true);

  const drawn = await page.evaluate(() => (window as unknown as { __drawn: number[] }).__drawn);
  expect(drawn.length).toBeGreaterThan(0);
  for (let i = 1; i < drawn.length; i++) expect(drawn[i], `picture ${i} of ${drawn.join(', ')}`).toBeGreaterThan(drawn[i - 1]);
  expect(drawn).toContain(TEXT.length);
  expect(drawn[drawn.length - 1]).toBe(final.length);
  expect(
    workers.some((url) => /^\/assets\/model-worker-[A-Za-z0-9]+\.js$/.test(url)),
    `workers: ${workers.join(', ')}`,
  ).toBe(true);
  expect(problems.consoleErrors).toEqual([]);
});
