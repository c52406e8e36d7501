/**
 * Page weight report for the exported site: for every page in `out/`, the HTML size, the
 * CSS and the JavaScript it loads before any interaction (every <script src> and
 * script preload in its HTML), gzip-compressed as a server would send them, and the
 * assets its widgets fetch later (declared by each widget as data-lazy-assets). Fails
 * when a chapter exceeds its budget: 120 kB of first-load JavaScript without widgets,
 * 200 kB with widgets. Usage: tsx scripts/check/weight.ts [--json]
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = path.resolve('out');
const KB = 1024;
export const BUDGET = { plain: 120 * KB, widgets: 200 * KB };

if (!existsSync(OUT)) {
  console.error('weight: out/ does not exist; run `npm run build` first.');
  process.exit(1);
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  if (!gzipCache.has(file)) gzipCache.set(file, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : NaN);
  return gzipCache.get(file)!;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

function urlsIn(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((m) => m[1]).filter((u) => u.startsWith('/')))];
}

function sum(files: string[]): number {
  return files.reduce((total, url) => total + gzipSize(path.join(OUT, url.split('?')[0])), 0);
}

const rows = htmlFiles(OUT)
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    const relative = path.relative(OUT, file).split(path.sep).join('/');
    const route = `/${relative.replace(/index\.html$/, '')}`;
    const scripts = [
      ...new Set([
        ...urlsIn(html, /<script(?![^>]*nomodule)[^>]*\ssrc="([^"]+)"/gi),
        ...urlsIn(html, /<link[^>]*rel="(?:modulepreload|preload)"[^>]*as="script"[^>]*href="([^"]+)"/g),
        ...urlsIn(html, /<link[^>]*href="([^"]+)"[^>]*as="script"/g),
      ]),
    ];
    const styles = urlsIn(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
    const lazy = [...new Set([...html.matchAll(/data-lazy-assets="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/)))];
    const isChapter = /<article[^>]*data-chapter=/.test(html);
    const hasWidgets = /data-has-widgets="true"/.test(html);
    const kind: keyof typeof BUDGET | 'other' = isChapter ? (hasWidgets ? 'widgets' : 'plain') : 'other';
    return {
      route,
      html: gzipSync(html, { level: 9 }).length,
      css: sum(styles),
      js: sum(scripts),
      scripts: scripts.length,
      lazy: sum(lazy),
      kind,
    };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

const kb = (bytes: number) => (Number.isNaN(bytes) ? 'missing' : `${(bytes / KB).toFixed(1)} kB`);
const over = rows.filter((r) => r.kind !== 'other' && r.js > BUDGET[r.kind]);
const missing = rows.filter((r) => Number.isNaN(r.js) || Number.isNaN(r.css) || Number.isNaN(r.lazy));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const header = ['page', 'HTML', 'CSS', 'first-load JS', 'scripts', 'lazy assets', 'total', 'budget'];
  const lines = rows.map((r) => [
    r.route,
    kb(r.html),
    kb(r.css),
    kb(r.js),
    String(r.scripts),
    kb(r.lazy),
    kb(r.html + r.css + r.js + r.lazy),
    r.kind === 'other' ? '' : `${kb(BUDGET[r.kind])} JS${r.js > BUDGET[r.kind] ? ' ✗ OVER' : ' ✓'}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('Page weight (gzip -9), from out/:');
  console.log(fmt(header));
  for (const line of lines) console.log(fmt(line));
}

if (missing.length) {
  console.error(`\nweight: ${missing.length} page(s) reference files missing from out/: ${missing.map((r) => r.route).join(', ')}`);
  process.exit(1);
}
if (over.length) {
  console.error(`\nweight: ${over.length} page(s) over the first-load JavaScript budget: ${over.map((r) => `${r.route} (${kb(r.js)})`).join(', ')}`);
  process.exit(1);
}
