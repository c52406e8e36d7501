/**
 * Writes the offline service worker, out/sw.js (run last in `npm run build`, after the
 * search index and the Open Graph images exist): the offline plan of lib/offline/
 * precache.ts over every file in out/ (its groups and their sizes) and its version (a
 * hash of the list and of the files' contents), in front of lib/offline/serviceWorker.ts
 * bundled by esbuild. A changed site therefore gives a changed sw.js, which browsers
 * pick up as an update. Prints what a first visit keeps in each language, and fails
 * when that passes FIRST_VISIT_BUDGET.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { locales } from '@/lib/i18n/locales';
import { firstVisitBytes, loadClosure, offlinePlan, type SiteFile } from '@/lib/offline/precache';
import { walk } from '../lib/files';

/** At most this much is downloaded for offline use at a first visit (the core and the reader's language). */
export const FIRST_VISIT_BUDGET = 4 * 1024 * 1024;

const OUT = path.resolve('out');
const started = Date.now();

const files: SiteFile[] = walk(OUT).map((full) => {
  const bytes = readFileSync(full);
  return { path: path.relative(OUT, full).split(path.sep).join('/'), hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
});
// the site script and the chunks it imports at load; every other chunk belongs to a widget
const siteScript = files.find((f) => /^assets\/site-[^/]+\.js$/.test(f.path));
if (!siteScript) throw new Error('service-worker: no site script in out/assets/');
const pageCode = loadClosure(siteScript.path, (p) => readFileSync(path.join(OUT, p), 'utf8'));
const plan = offlinePlan(files, locales, pageCode);
const result = await build({
  entryPoints: ['lib/offline/serviceWorker.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  define: { PRECACHE_VERSION: JSON.stringify(plan.version), OFFLINE_GROUPS: JSON.stringify(plan.groups) },
});
writeFileSync(path.join(OUT, 'sw.js'), `/* LLMs, Explained: offline cache ${plan.version} */\n${result.outputFiles[0].text}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const count = Object.values(plan.groups).reduce((sum, g) => sum + g.urls.length, 0);
const firstVisit = locales.map((locale) => `${locale} ${mb(firstVisitBytes(plan, locale))}`).join(', ');
console.log(
  `service-worker: first visit keeps ${firstVisit} (budget ${mb(FIRST_VISIT_BUDGET)}); everything: ${count} files, ${mb(plan.bytes)}; version ${plan.version} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
const over = locales.filter((locale) => firstVisitBytes(plan, locale) > FIRST_VISIT_BUDGET);
if (over.length) {
  console.error(`service-worker: a first visit in ${over.join(', ')} would keep more than ${mb(FIRST_VISIT_BUDGET)}: move large files to the 'extra' group (lib/offline/precache.ts)`);
  process.exit(1);
}
