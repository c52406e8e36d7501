/**
 * The model in a worker: the attention explorer's forward pass runs in the model
 * worker's script, and while a sentence is typed key by key (each key a new request),
 * the picture only ever moves forward: a picture for an older, shorter text is never
 * drawn after one for a newer text, and the last text is the one that stays.
 */
import { encode } from '@/lib/model/tokenizer';
import { readModel } from '@/scripts/model/eval';
import { expect, test } from '@playwright/test';
import { watch } from './helpers';

const FRAME = '[data-widget-frame="attention-explorer"]';
const TEXT = 'the cat sat on the mat because it was warm and the dog was';

test.describe.configure({ timeout: 180_000 });

test('typing key by key never draws a stale picture, and the model runs in a worker', async ({ page }) => {
  const problems = watch(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
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
  await box.pressSequentially(TEXT, { delay: 5 });
  // wait for the whole text, not for its token count: a shorter prefix can cut into as many
  // tokens (" w" and " was" are one token each), and its picture would pass for the last one
  const tokens = frame.locator('.attn-strip .attn-token');
  await expect(tokens).toHaveCount(encode(readModel('en'), TEXT).ids.length, { timeout: 30_000 });
  await expect.poll(async () => (await tokens.allTextContents()).join('').length, { timeout: 30_000 }).toBe(TEXT.length);
  const drawn = await page.evaluate(() => (window as unknown as { __drawn: number[] }).__drawn);

  expect(drawn.length).toBeGreaterThan(0);
  for (let i = 1; i < drawn.length; i++) expect(drawn[i], `picture ${i} of ${drawn.join(', ')}`).toBeGreaterThan(drawn[i - 1]);
  expect(drawn[drawn.length - 1]).toBe(TEXT.length);
  expect(
    workers.some((url) => /^\/assets\/model-worker-[A-Za-z0-9]+\.js$/.test(url)),
    `workers: ${workers.join(', ')}`,
  ).toBe(true);
  expect(problems.consoleErrors).toEqual([]);
});
