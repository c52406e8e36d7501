/**
 * Cuts KaTeX's web fonts down to the characters the site can show. A chapter with
 * formulas fetches each KaTeX face it uses whole (the AMS face, 27 kB, for an ℝ), which
 * is most of what the Chinese self-attention chapter sends beyond its budget besides the
 * model. Run in `npm run build` after finish-export and before the service worker, which
 * lists and hashes the final files.
 *
 * The characters kept are a superset of anything a formula can draw: every character of
 * every page (the chapters' and slides' formulas are typeset into the HTML) and of the
 * widgets' pre-typeset formulas (visualizations/<widget>/formulas.json, built into their
 * chunks; nothing typesets in the browser), plus all of printable ASCII. Only the woff2 files are cut, the format every browser that runs the site takes;
 * the woff and ttf fallbacks stay whole. A cut font gets a new name (its content hash),
 * and the stylesheets are pointed at it, so a cached copy of an older cut can never
 * stand in for a newer one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';
import { walk } from '../lib/files';

const OUT = path.resolve('out');

/** The characters of `texts` together with every printable ASCII character, as one string. */
export function fontCharacters(texts: Iterable<string>): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const text of texts) for (const ch of text) chars.add(ch);
  return [...chars].join('');
}

/** `KaTeX_AMS-Regular.25ieegmnh38ts.woff2` with its hash part replaced by `hash`. */
export function renamedFont(file: string, hash: string): string {
  const match = /^(KaTeX_[A-Za-z0-9-]+)\.[^.]+\.woff2$/.exec(file);
  if (!match) throw new Error(`katex-fonts: unexpected font name ${file}`);
  return `${match[1]}.${hash}.woff2`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const files = walk(OUT);
  const formulas = readdirSync('visualizations', { withFileTypes: true })
    .map((entry) => path.join('visualizations', entry.name, 'formulas.json'))
    .filter((file) => existsSync(file));
  const texts = [...files.filter((f) => f.endsWith('.html')), ...formulas].map((f) => readFileSync(f, 'utf8'));
  const characters = fontCharacters(texts);
  const fonts = files.filter((f) => /[\\/]KaTeX_[^\\/]+\.woff2$/.test(f));
  const renames = new Map<string, string>();
  let before = 0;
  let after = 0;
  for (const font of fonts) {
    const original = readFileSync(font);
    const cut = await subsetFont(original, characters, { targetFormat: 'woff2' });
    const name = renamedFont(path.basename(font), createHash('sha256').update(cut).digest('hex').slice(0, 12));
    writeFileSync(font, cut);
    renameSync(font, path.join(path.dirname(font), name));
    renames.set(path.basename(font), name);
    before += original.length;
    after += cut.length;
  }
  for (const css of files.filter((f) => f.endsWith('.css'))) {
    const text = readFileSync(css, 'utf8');
    let next = text;
    for (const [from, to] of renames) next = next.split(from).join(to);
    if (next !== text) writeFileSync(css, next);
  }
  console.log(
    `katex-fonts: ${fonts.length} woff2 faces cut to the site's characters, ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
