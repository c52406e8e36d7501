/**
 * What the service worker keeps for offline reading, as pure functions over the files of
 * the exported site, so the rule is unit-tested: every page (as the URL it is served
 * at), script, style, font, image used by pages, model file and the search index; not
 * the Open Graph images (only link previews fetch them), the service worker itself,
 * older font formats that no browser with service workers asks for, or Next's leftover
 * build files. The version is a hash of the list and of every file's
 * content, so any change to the site yields a new cache and a new worker.
 *
 * The files fall into groups, so that a first visit stays light:
 * - `core`: styles, fonts, the site script (with the chunks it imports at load), the
 *   model worker, the home and 404 pages;
 * - one group per language: its chapters, chapter list and glossary, and its models;
 * - `extra`: what a reader may never open: each widget's code (a widget's chunk is
 *   cached when the widget is first mounted), the GPT tokenizer tables, the search
 *   index, the slide (presenter) pages, the in-browser trainer's worker and the models'
 *   training logs.
 * A first visit keeps `core` and the reader's language; anything else is kept when first
 * used, and all of it when the reader asks for everything.
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

/** A group of files kept together: 'core', a language ('en', 'zh'), or 'extra'. */
export type OfflineGroup = string;

/** Chunks named after gpt-tokenizer's encodings (o200k_base, cl100k_base, r50k_base): megabytes of merge tables. */
const TOKENIZER_TABLE = /^assets\/chunks\/[a-z0-9]+_base-[A-Za-z0-9]+\.js$/;

/** The in-browser trainer's worker, and the models' recorded training runs. */
const TRAINING = /^(assets\/train-worker-[A-Za-z0-9]+\.js|models\/[^/]+\/training-log\.json)$/;

/**
 * The chunks a script imports statically (`import … from"./x.js"`, `import"./x.js"`; not
 * `import("./x.js")`, which loads on demand), as paths inside out/, resolved against the
 * importing file's folder.
 */
export function staticImports(path: string, code: string): string[] {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)].map((m) => dir + m[1].slice(2));
  return [...new Set(found)];
}

/** Every file `entry` needs at load: itself and, transitively, its static imports. */
export function loadClosure(entry: string, read: (path: string) => string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const next of staticImports(path, read(path))) visit(next);
  };
  visit(entry);
  return seen;
}

/**
 * The group of a kept file of out/ (see the file comment). `pageCode` lists the chunks
 * the site script needs at load; any other chunk is a widget's, kept when first used.
 */
export function groupOf(path: string, locales: readonly string[], pageCode: ReadonlySet<string> = new Set()): OfflineGroup {
  if (path.startsWith('assets/chunks/') && !pageCode.has(path)) return 'extra';
  if (TOKENIZER_TABLE.test(path) || TRAINING.test(path) || path.startsWith('pagefind/') || /(^|\/)present\//.test(path)) return 'extra';
  const first = path.split('/')[0];
  if (locales.includes(first)) return first;
  const model = /^models\/([^/]+)\//.exec(path);
  if (model && locales.includes(model[1])) return model[1];
  return 'core';
}

export interface GroupList {
  urls: string[];
  bytes: number;
}

export interface OfflinePlan {
  version: string;
  groups: Record<OfflineGroup, GroupList>;
  /** Bytes of everything kept (every group). */
  bytes: number;
}

/** The precache list split into groups, with each group's size; the version covers every file. */
export function offlinePlan(files: SiteFile[], locales: readonly string[], pageCode: ReadonlySet<string> = new Set()): OfflinePlan {
  const all = precacheList(files);
  const groups: Record<OfflineGroup, GroupList> = { core: { urls: [], bytes: 0 }, extra: { urls: [], bytes: 0 } };
  for (const locale of locales) groups[locale] = { urls: [], bytes: 0 };
  for (const file of files.filter((f) => shouldPrecache(f.path))) {
    const group = groups[groupOf(file.path, locales, pageCode)];
    group.urls.push(urlOf(file.path));
    group.bytes += file.size;
  }
  for (const group of Object.values(groups)) group.urls.sort();
  return { version: all.version, groups, bytes: all.bytes };
}

/** Bytes a first visit in `locale` keeps: the core and that language. */
export function firstVisitBytes(plan: OfflinePlan, locale: string): number {
  return plan.groups.core.bytes + (plan.groups[locale]?.bytes ?? 0);
}
