/**
 * What the service worker keeps for offline reading, as pure functions over the files of
 * the exported site, so the rule is unit-tested: every page (as the URL it is served
 * at), script, style, font, image used by pages, model file and the search index; not
 * the Open Graph images (only link previews fetch them), the service worker itself,
 * older font formats that no browser with service workers asks for, or Next's leftover
 * build files. The version is a hash of the list and of every file's
 * content, so any change to the site yields a new cache and a new worker.
 */
import { createHash } from 'node:crypto';

export interface SiteFile {
  /** Path inside out/, with forward slashes, e.g. 'en/self-attention/index.html'. */
  path: string;
  /** Hash (or the bytes) of the file's content. */
  hash: string;
  size: number;
}

const SKIP = [
  /^og\//, // link-preview images
  /^sw\.js$/,
  /^pagefind\/[^/]+\/playground\//,
  /^pagefind\/[^/]+\/pagefind-(ui|component-ui|modular-ui|highlight)\./, // Pagefind's own UIs: the site has its dialog
  /\.txt$/,
  /(^|\/)\.[^/]+$/, // dotfiles
  /^_next\/(?!static\/)/,
  /^_next\/static\/(?!chunks\/[^/]+\.css$|media\/)/, // of Next's files only the CSS and its media remain in use
  /^_next\/static\/media\/.*\.(woff|ttf|eot)$/, // browsers that run service workers take the woff2 fonts
];

/** The URL a file is served at: `dir/index.html` is `/dir/`. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** Whether a file of out/ belongs in the offline cache. */
export function shouldPrecache(path: string): boolean {
  return !SKIP.some((pattern) => pattern.test(path));
}

export interface Precache {
  version: string;
  urls: string[];
  bytes: number;
}

/** The precache list (sorted URLs), its total size and its version. */
export function precacheList(files: SiteFile[]): Precache {
  const kept = files.filter((f) => shouldPrecache(f.path)).sort((a, b) => urlOf(a.path).localeCompare(urlOf(b.path)));
  const hash = createHash('sha256');
  for (const file of kept) hash.update(`${urlOf(file.path)}\0${file.hash}\n`);
  return { version: hash.digest('hex').slice(0, 16), urls: kept.map((f) => urlOf(f.path)), bytes: kept.reduce((sum, f) => sum + f.size, 0) };
}
