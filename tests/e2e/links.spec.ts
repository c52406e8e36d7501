/**
 * Links to a widget's view land on that view: a link copied from the attention explorer,
 * opened in a fresh browser, shows the explorer on screen at once (no scrolling) with
 * every setting that was copied; a link copied on a slide opens the chapter at the widget;
 * parameters without an anchor also bring the reader to the widget; two widgets on one
 * page each read only their own parameters. The other widgets' links keep what the reader
 * picked inside them: the positional explorer's views, the tokenizer's chosen token, the
 * playground's shown token, the head gallery's query row and the residual heat map's cell.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { samples } from '@/lib/widgets/attentionSamples';
import { watch } from './helpers';

const CHAPTER = '/en/self-attention/';
const EXPLORER = '[data-island="attention-explorer"]';
/** A head and a layer other than the ones the explorer opens on (its first sample's): only a change is written to the link. */
const OTHER_HEAD = String((samples.en[0].head % 4) + 1);
const OTHER_LAYER = String((samples.en[0].layer % 3) + 1);

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 800 } });

/** Records what the page copies instead of using the system clipboard. */
async function recordCopies(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    });
  });
}

async function copyLink(page: Page, frame: ReturnType<Page['locator']>): Promise<string> {
  await frame.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBeTruthy();
  return page.evaluate(() => (window as unknown as { copied: string }).copied);
}

/** Opens `link` as someone else would: a new browser context, no scrolling by the test; waits for `ready` inside the island. */
async function openFresh(browser: Browser, link: string, viewport = { width: 1280, height: 800 }, island = EXPLORER, ready = '.attn-strip') {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(link);
  const frame = page.locator(island);
  await expect(frame.locator(ready).first()).toBeVisible({ timeout: 30_000 });
  return { page, frame, problems, close: () => context.close() };
}

/** Opens a chapter at a widget as the one who copies the link does, waiting for `ready` inside it. */
async function openWidget(page: Page, chapter: string, island: string, ready: string) {
  await recordCopies(page);
  await page.goto(chapter);
  const frame = page.locator(island);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator(ready).first()).toBeVisible({ timeout: 30_000 });
  return frame;
}

/** The link's parameters, without the widget's prefix. */
function linkParams(link: string, id: string): Record<string, string> {
  const url = new URL(link);
  expect(url.hash).toBe(`#${id}`);
  return Object.fromEntries([...url.searchParams].map(([key, value]) => [key.slice(id.length + 1), value]));
}

test('a copied explorer link shows the same view, on screen, in a fresh browser', async ({ page, browser }) => {
  await recordCopies(page);
  await page.goto(CHAPTER);
  const frame = page.locator(EXPLORER);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('.attn-strip')).toBeVisible({ timeout: 30_000 });
  await frame.getByLabel('Your sentence').fill('Tea for two.');
  await frame.getByRole('combobox', { name: 'Layer' }).selectOption(OTHER_LAYER);
  await frame.getByRole('combobox', { name: 'Head' }).selectOption(OTHER_HEAD);
  await frame.locator('.attn-strip .attn-token').nth(1).click();
  await frame.getByRole('tab', { name: 'Heatmap' }).click();
  await frame.getByRole('slider').fill('1'); // log₂ T = 1
  await frame.getByRole('checkbox', { name: /Causal mask/ }).uncheck();
  await frame.locator('.attn-step-chip').nth(3).click();
  // read the view only once it shows the chosen step: a read right after the click can race the render
  await expect(frame.locator('.attn-step-status')).toContainText('Step 4 of 7');
  const status = await frame.locator('.attn-step-status').textContent();
  const summary = await frame.locator('.attn-summary').textContent();

  const link = await copyLink(page, frame);
  const url = new URL(link);
  expect(url.pathname).toBe(CHAPTER);
  expect(url.hash).toBe('#attention-explorer');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    'attention-explorer.sentence': 'Tea for two.',
    'attention-explorer.layer': OTHER_LAYER,
    'attention-explorer.head': OTHER_HEAD,
    'attention-explorer.focus': '2',
    'attention-explorer.view': 'heatmap',
    'attention-explorer.temperature': '2',
    'attention-explorer.mask': '0',
    'attention-explorer.step': '4',
  });

  const other = await openFresh(browser, link);
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.getByLabel('Your sentence')).toHaveValue('Tea for two.');
  await expect(other.frame.getByRole('combobox', { name: 'Layer' })).toHaveValue(OTHER_LAYER);
  await expect(other.frame.getByRole('combobox', { name: 'Head' })).toHaveValue(OTHER_HEAD);
  await expect(other.frame.locator('.attn-strip .attn-token').nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(other.frame.getByRole('tab', { name: 'Heatmap' })).toHaveAttribute('aria-selected', 'true');
  await expect(other.frame.getByRole('checkbox', { name: /Causal mask/ })).not.toBeChecked();
  await expect(other.frame.locator('.attn-whatif output').first()).toHaveText('2.00');
  await expect(other.frame.locator('.attn-step-status')).toHaveText(status ?? '');
  await expect(other.frame.locator('.attn-summary')).toHaveText(summary ?? '');
  expect(await other.page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  expect(other.problems.consoleErrors).toEqual([]);
  await other.close();
});

test('a link copied on a slide opens the chapter at the widget', async ({ page, browser }) => {
  await recordCopies(page);
  await page.goto(`${CHAPTER}present/`);
  const slide = await page.locator(`.slide:has(${EXPLORER})`).first().getAttribute('data-slide');
  // a fresh load at that slide, as someone opening a shared slide link gets (a hash change on
  // the open page followed by a reload raced the slide show's own write of #slide-1)
  await page.goto('about:blank');
  await page.goto(`${CHAPTER}present/#slide-${slide}`);
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', slide!);
  const frame = page.locator(`.slide.is-current ${EXPLORER}`);
  await expect(frame.locator('.attn-strip')).toBeVisible({ timeout: 30_000 });
  await frame.getByRole('combobox', { name: 'Head' }).selectOption(OTHER_HEAD);
  const link = await copyLink(page, frame);
  expect(link).toMatch(new RegExp(`/en/self-attention/\\?attention-explorer\\.head=${OTHER_HEAD}#attention-explorer$`));

  const other = await openFresh(browser, link, { width: 390, height: 844 });
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.getByRole('combobox', { name: 'Head' })).toHaveValue(OTHER_HEAD);
  await other.close();
});

test('parameters without an anchor bring the reader to the widget; each widget reads only its own', async ({ browser }) => {
  const query = `?attention-explorer.sentence=${encodeURIComponent('Tea for two.')}&attention-explorer.head=2`;
  const other = await openFresh(browser, `${CHAPTER}${query}`);
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.getByLabel('Your sentence')).toHaveValue('Tea for two.');

  const both = `${CHAPTER}?attention-by-hand.vectors=${encodeURIComponent('1,1;2,0;-1,1;0,-2')}&attention-explorer.head=2#attention-explorer`;
  await other.page.goto(both);
  await expect(other.frame.locator('.attn-strip')).toBeVisible({ timeout: 30_000 });
  await expect(other.frame.getByRole('combobox', { name: 'Head' })).toHaveValue('2');
  const byHand = other.page.locator('[data-island="attention-by-hand"]');
  await byHand.scrollIntoViewIfNeeded();
  await expect(byHand.locator('.attn-coords').first()).toHaveText('(1.00, 1.00)', { timeout: 30_000 });
  await expect(byHand.locator('.widget-notice')).toHaveCount(0);
  await other.close();
});

const POSITIONAL = '[data-island="positional-encoding-explorer"]';

test('a positional-encoding link keeps the rotary key, the added word and step, and the shuffle (each view’s choices stay in the link)', async ({ page, browser }) => {
  const chapter = '/en/positional-encoding/';
  const frame = await openWidget(page, chapter, POSITIONAL, '[role="tablist"]');
  const land = (link: string) => openFresh(browser, link, undefined, POSITIONAL, '[role="tablist"]');

  await frame.getByRole('tab', { name: 'Rotary (RoPE)' }).click();
  await frame.getByLabel('Query position m').fill('11');
  await frame.getByLabel('Key position n').fill('20');
  const verdict = await frame.locator('.pe-verdict').textContent();
  expect(verdict).toContain('offset n − m = 9');
  let link = await copyLink(page, frame);
  expect(linkParams(link, 'positional-encoding-explorer')).toEqual({ kind: 'rotary', pos: '11', key: '20' });
  let other = await land(link);
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.getByLabel('Key position n')).toHaveValue('20');
  await expect(other.frame.locator('.pe-verdict')).toHaveText(verdict ?? '');
  await other.close();

  await frame.getByRole('tab', { name: 'Adding a position' }).click();
  await frame.getByLabel('Word', { exact: true }).selectOption({ label: 'bites' });
  await frame.getByRole('button', { name: /Next step/ }).click();
  await frame.getByRole('button', { name: /Next step/ }).click();
  await expect(frame.getByText(/^Step 3 of 4: /)).toBeVisible();
  link = await copyLink(page, frame);
  expect(linkParams(link, 'positional-encoding-explorer')).toEqual({ kind: 'add', pos: '11', key: '20', word: '2', step: '3' });
  other = await land(link);
  await expect(other.frame.getByLabel('Word', { exact: true })).toHaveValue('1');
  await expect(other.frame.getByText(/^Step 3 of 4: /)).toBeVisible();
  await expect(other.frame.locator('svg[aria-label*="Step 3 of 4"]')).toHaveCount(1);
  await other.close();

  await frame.getByRole('tab', { name: 'Why order?' }).click();
  await frame.getByLabel('Sentence', { exact: true }).selectOption({ index: 1 });
  await frame.getByRole('button', { name: 'Shuffle again' }).click();
  await frame.getByRole('button', { name: 'Shuffle again' }).click();
  const shuffled = await frame.locator('.pe-chips').nth(1).textContent();
  link = await copyLink(page, frame);
  expect(linkParams(link, 'positional-encoding-explorer')).toEqual({ kind: 'order', pos: '11', key: '20', word: '2', step: '3', sentence: '2', shuffle: '3' });
  other = await land(link);
  await expect(other.frame.getByLabel('Sentence', { exact: true })).toHaveValue('1');
  await expect(other.frame.locator('.pe-chips').nth(1)).toHaveText(shuffled ?? '');
  expect(other.problems.consoleErrors).toEqual([]);
  await other.close();
});

test('a tokenizer link keeps the token whose embedding is shown', async ({ page, browser }) => {
  const island = '[data-island="tokenizer-playground"]';
  const frame = await openWidget(page, '/en/tokens-and-embeddings/', island, '.tok-vector-detail');
  const vectors = frame.locator('[data-widget-frame="token-vectors"]');
  const before = await vectors.locator('.tok-vector-detail h4').textContent();
  await vectors.locator('.tok-nearest button').nth(2).click();
  // the heading changes when the new token renders; reading it right after the click can race that
  await expect(vectors.locator('.tok-vector-detail h4')).not.toHaveText(before ?? '');
  const heading = await vectors.locator('.tok-vector-detail h4').textContent();
  const id = /\(id (\d+)\)/.exec(heading ?? '')?.[1];
  const link = await copyLink(page, vectors);
  expect(linkParams(link, 'tokenizer-playground')).toEqual({ token: id });
  const other = await openFresh(browser, link, undefined, island, '.tok-vector-detail');
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.locator('.tok-vector-detail h4')).toHaveText(heading ?? '');
  await expect(other.frame.locator('.widget-notice')).toHaveCount(0);
  expect(other.problems.consoleErrors).toEqual([]);
  await other.close();
});

test('a next-token playground link keeps the token whose distribution is shown', async ({ page, browser }) => {
  const island = '[data-island="next-token-playground"]';
  const frame = await openWidget(page, '/en/what-is-an-llm/', island, '.ntp-svg');
  for (let i = 0; i < 3; i++) await frame.getByRole('button', { name: 'Add one token' }).click();
  await expect(frame.locator('.ntp-picture')).toHaveAttribute('data-generated', '3', { timeout: 30_000 });
  await frame.locator('.ntp-chip').nth(1).click();
  await expect(frame.locator('.ntp-where')).toContainText('for generated token 2');
  const bars = await frame.locator('.ntp-svg [data-token-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-token-id')));
  const link = await copyLink(page, frame);
  expect(linkParams(link, 'next-token-playground')).toEqual({ generated: '3', at: '2' });
  const other = await openFresh(browser, link, undefined, island, '.ntp-svg');
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.locator('.ntp-chip').nth(1)).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  await expect(other.frame.locator('.ntp-where')).toHaveText((await frame.locator('.ntp-where').textContent()) ?? '');
  await expect.poll(() => other.frame.locator('.ntp-svg [data-token-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-token-id')))).toEqual(bars);
  expect(other.problems.consoleErrors).toEqual([]);
  await other.close();
});

test('a head gallery link keeps the opened head’s query row', async ({ page, browser }) => {
  const island = '[data-island="head-gallery"]';
  const frame = await openWidget(page, '/en/training-and-customization/', island, '.hg-detail');
  const map = frame.locator('.hg-detail .attn-svg');
  const tokens = Number(await frame.locator('.hg-picture').getAttribute('data-tokens'));
  const outline = () => map.locator('rect[stroke="var(--accent-2)"]').getAttribute('y');
  const last = await outline();
  // the overlay's rows are the queries: click the middle of row 2
  const overlay = map.locator('rect[fill="transparent"]');
  const box = (await overlay.boundingBox())!;
  await overlay.click({ position: { x: box.width / 2, y: (box.height / tokens) * 1.5 } });
  expect(await outline()).not.toBe(last);
  const row = await outline();
  const link = await copyLink(page, frame);
  expect(linkParams(link, 'head-gallery')).toEqual({ query: '2' });
  const other = await openFresh(browser, link, undefined, island, '.hg-detail');
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.locator('.hg-detail .attn-svg rect[stroke="var(--accent-2)"]')).toHaveAttribute('y', row ?? '');
  expect(other.problems.consoleErrors).toEqual([]);
  await other.close();
});

test('a transformer block link keeps the residual heat map’s cell', async ({ page, browser }) => {
  const island = '[data-island="transformer-block-explorer"]';
  const frame = await openWidget(page, '/en/transformer-blocks/', island, '.block-heatmap-scroll');
  await frame.locator('.block-heatmap-scroll').focus();
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
  const readout = await frame.locator('#block-heatmap-readout').textContent();
  expect(readout).toContain('block 2 + attention');
  expect(readout).toContain('position 3');
  const link = await copyLink(page, frame.locator('[data-widget-frame="residual-stream"]'));
  expect(linkParams(link, 'transformer-block-explorer')).toEqual({ stage: 'attn2', token: '3' });
  const other = await openFresh(browser, link, undefined, island, '.block-heatmap-scroll');
  await expect(other.frame).toBeInViewport();
  await expect(other.frame.locator('#block-heatmap-readout')).toHaveText(readout ?? '');
  await expect(other.frame.locator('.widget-notice')).toHaveCount(0);
  expect(other.problems.consoleErrors).toEqual([]);
  await other.close();
});
