/**
 * Finishes the static export. Next renders every page to HTML; the pages need none of
 * its client runtime (the text is static, and widgets are islands mounted by the site's
 * own script), so this removes Next's scripts, script preloads and the inline React
 * Server Components payload from every HTML file, deletes the payload files (*.txt) and
 * the JavaScript no page references any more. What is left is plain HTML, CSS, the site
 * script and the widgets' lazily loaded chunks.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('out');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Removes Next's runtime from one page; returns the new HTML. */
export function stripNextRuntime(html) {
  return html
    .replace(/<script[^>]*\ssrc="\/_next\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<link[^>]*\shref="\/_next\/[^"]*\.js"[^>]*\/?>/g, '')
    .replace(/<script>\s*\(self\.__next_f\s*=[\s\S]*?<\/script>/g, '')
    .replace(/<script>\s*self\.__next_f\.push[\s\S]*?<\/script>/g, '')
    .replace(/<script id="_R_">[\s\S]*?<\/script>/g, '');
}

const files = walk(OUT);
let pages = 0;
let removedBytes = 0;
for (const file of files.filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  const stripped = stripNextRuntime(html);
  if (/self\.__next_f|\/_next\/static\/chunks\/[^"]*\.js/.test(stripped)) {
    throw new Error(`finish-export: ${path.relative(OUT, file)} still references Next's runtime after stripping`);
  }
  removedBytes += html.length - stripped.length;
  writeFileSync(file, stripped);
  pages++;
}
let deleted = 0;
for (const file of files) {
  const rel = path.relative(OUT, file);
  const payload = file.endsWith('.txt') && (path.basename(file).startsWith('__next') || path.basename(file) === 'index.txt');
  const nextScript = rel.startsWith(path.join('_next', 'static')) && file.endsWith('.js');
  if (payload || nextScript) {
    rmSync(file);
    deleted++;
  }
}
console.log(`finish-export: ${pages} pages freed of ${(removedBytes / 1024).toFixed(0)} kB of framework markup; ${deleted} unused files removed`);
