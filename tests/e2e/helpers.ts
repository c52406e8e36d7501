/**
 * Shared pieces of the browser tests: the list of pages (derived from content/, so a new
 * chapter is tested without editing tests) and a watcher that records console errors,
 * failed requests and any request leaving the local server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const locales = ['en', 'zh'] as const;

export function chapterSlugs(locale: string): string[] {
  return readdirSync(path.join(process.cwd(), 'content', locale))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Every page of the site as a path. */
export function allPages(): string[] {
  return ['/', ...locales.flatMap((l) => [`/${l}/`, `/${l}/glossary/`, ...chapterSlugs(l).map((s) => `/${l}/${s}/`)])];
}

/**
 * What a page's built HTML holds that colours can depend on: its language, its elements
 * with their classes, and its widgets. KaTeX's visual layer (.katex-html, which the axe
 * scans leave out) is skipped.
 */
export function colourFeatures(html: string): Set<string> {
  const features = new Set<string>();
  features.add(`lang:${/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? ''}`);
  let spans = 0;
  let katexAt = -1;
  for (const [, close, tag, attrs = ''] of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)(\s[^>]*)?>/g)) {
    if (tag === 'span') {
      if (close) {
        spans--;
        if (spans === katexAt) katexAt = -1;
        continue;
      }
      if (katexAt < 0 && /\sclass="[^"]*\bkatex-html\b/.test(attrs)) katexAt = spans;
      if (!attrs.trimEnd().endsWith('/')) spans++;
    }
    if (close || katexAt >= 0) continue;
    features.add(tag);
    for (const name of /\sclass="([^"]*)"/.exec(attrs)?.[1].split(/\s+/).filter(Boolean) ?? []) features.add(`${tag}.${name}`);
    const island = /\sdata-island="([^"]+)"/.exec(attrs)?.[1];
    if (island) features.add(`island:${island}`);
  }
  return features;
}

/**
 * The fewest pages (chosen greedily, most new features first) that together hold every
 * colour feature of every page: the dark theme changes only colours, so a dark scan of
 * these pages checks every element, class and widget that any page has, in dark.
 * Reads the built site (out/).
 */
export function darkScanPages(pages: string[] = allPages()): string[] {
  const features = new Map(pages.map((page) => [page, colourFeatures(readFileSync(path.join(process.cwd(), 'out', page, 'index.html'), 'utf8'))]));
  const missing = new Set([...features.values()].flatMap((f) => [...f]));
  const chosen: string[] = [];
  while (missing.size) {
    let best = '';
    let gain = 0;
    for (const [page, f] of features) {
      const g = [...f].filter((x) => missing.has(x)).length;
      if (g > gain) [best, gain] = [page, g];
    }
    chosen.push(best);
    for (const x of features.get(best)!) missing.delete(x);
  }
  return chosen.sort();
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Starts recording problems on `page`; read the returned object after navigating. */
export function watch(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.foreignRequests.push(request.url());
    }
  });
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return problems;
}

/**
 * Scrolls from the top of the page to its end a screen at a time, as a reader would, so
 * every block the browser renders only near the viewport (content-visibility) has been
 * rendered once, and every widget has been scrolled near; then returns to the top. Each
 * screen is held for two animation frames (or 250 ms without frames), so the browser has rendered it and told the
 * page's observers, all inside the page (no round trip per screen).
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // two frames, or 250 ms if the browser draws none (it may pause frames for a page it
    // thinks hidden; one CI run hung here until the test's timeout)
    const rendered = () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(resolve));
        setTimeout(resolve, 250);
      });
    for (let step = 0; step < 200; step++) {
      window.scrollBy(0, window.innerHeight);
      const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      await rendered();
      if (atEnd) break;
    }
    window.scrollTo(0, 0);
  });
}

/**
 * axe's violations as readable lines (rule, help, the first three offending nodes), for
 * `expect(…).toEqual([])`: inside `include` (the whole page when empty), without
 * `exclude`, and only `rules` when given.
 */
export async function axeViolations(page: Page, { include = [], exclude = [], rules }: { include?: string[]; exclude?: string[]; rules?: string[] } = {}): Promise<string[]> {
  // Only violations are read: axe then builds selectors for one node per passing rule, not for
  // every node of a long page (its resultTypes option; the violations found are the same).
  // The site has no frames from other origins (no network beyond itself), so axe runs in the
  // page itself (legacy mode, which still tests same-origin frames) instead of gathering each
  // frame's results in a second, blank page: half the time on a long chapter.
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  for (const selector of include) builder = builder.include(selector);
  for (const selector of exclude) builder = builder.exclude(selector);
  if (rules) builder = builder.withRules(rules);
  const axe = await builder.analyze();
  return axe.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}
