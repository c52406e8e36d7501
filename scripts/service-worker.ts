/**
 * Writes the offline service worker, out/sw.js (run last in `npm run build`, after the
 * search index and the Open Graph images exist): the precache list of lib/offline/
 * precache.ts over every file in out/, and its version (a hash of the list and of the
 * files' contents), in front of lib/offline/serviceWorker.ts bundled by esbuild. A
 * changed site therefore gives a changed sw.js, which browsers pick up as an update.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { precacheList, type SiteFile } from '@/lib/offline/precache';

const OUT = path.resolve('out');
const started = Date.now();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files: SiteFile[] = walk(OUT).map((full) => {
  const bytes = readFileSync(full);
  return { path: path.relative(OUT, full).split(path.sep).join('/'), hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
});
const precache = precacheList(files);
const result = await build({
  entryPoints: ['lib/offline/serviceWorker.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  define: { PRECACHE_VERSION: JSON.stringify(precache.version), PRECACHE_URLS: JSON.stringify(precache.urls) },
});
writeFileSync(path.join(OUT, 'sw.js'), `/* LLMs, Explained: offline cache ${precache.version} */\n${result.outputFiles[0].text}`);
console.log(
  `service-worker: ${precache.urls.length} files, ${(precache.bytes / 1024 / 1024).toFixed(1)} MB precached, version ${precache.version} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
