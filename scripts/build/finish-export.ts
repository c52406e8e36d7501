/**
 * Finishes the static export. Next renders every page to HTML; the pages need none of
 * its client runtime (the text is static, and widgets are islands mounted by the site's
 * own script), so this removes Next's scripts, script preloads and the inline React
 * Server Components payload from every HTML file (scripts/lib/nextRuntime.ts, shared
 * with the development server), deletes the payload files (*.txt) and the JavaScript no
 * page references any more. What is left is plain HTML, CSS, the site script and the
 * widgets' lazily loaded chunks.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { leftoverRuntime, stripNextRuntime } from '../lib/nextRuntime';
import { walk } from '../lib/files';

const OUT = path.resolve('out');

const files = walk(OUT);
let pages = 0;
let removedBytes = 0;
for (const file of files.filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  const stripped = stripNextRuntime(html);
  const leftover = leftoverRuntime(stripped);
  if (leftover) throw new Error(`finish-export: ${path.relative(OUT, file)} still holds ${leftover} after stripping`);
  removedBytes += html.length - stripped.length;
  writeFileSync(file, stripped);
  pages++;
}
// What Next itself emitted as JavaScript: widget code never reaches it (the widgets load
// through the site script's own bundle), so this stays the size of Next's runtime.
const nextJs = files.filter((f) => path.relative(OUT, f).startsWith(path.join('_next', 'static')) && f.endsWith('.js'));
const nextJsBytes = nextJs.reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`finish-export: next build emitted ${nextJs.length} JavaScript files, ${(nextJsBytes / 1024).toFixed(0)} kB in all`);
let deleted = 0;
let deletedBytes = 0;
for (const file of files) {
  const rel = path.relative(OUT, file);
  const payload = file.endsWith('.txt') && (path.basename(file).startsWith('__next') || path.basename(file) === 'index.txt');
  const nextScript = rel.startsWith(path.join('_next', 'static')) && file.endsWith('.js');
  if (payload || nextScript) {
    deletedBytes += statSync(file).size;
    rmSync(file);
    deleted++;
  }
}
console.log(`finish-export: ${pages} pages freed of ${(removedBytes / 1024).toFixed(0)} kB of framework markup; ` + `${deleted} unused files (${(deletedBytes / 1024).toFixed(0)} kB) removed`);
