/**
 * Builds the offline full-text search over the exported site with Pagefind (run after
 * finish-export). One bundle per language, `out/pagefind/en/` and `out/pagefind/zh/`,
 * each indexed as its own language (the extended Pagefind binary in the npm package
 * segments Chinese into words), so the search dialog can query both languages at once
 * with a separate Pagefind instance for each. Only chapter and glossary articles are
 * indexed (`data-pagefind-body`), without the heading link buttons, breadcrumbs,
 * widget placeholders, KaTeX markup or speaker controls.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const OUT = path.resolve('out');
const LANGUAGES = [
  { locale: 'en', language: 'en' },
  { locale: 'zh', language: 'zh' },
];
const EXCLUDE = ['.copy-link', '.breadcrumbs', '.chapter-top', '[data-widget]', '.katex', '.quiz-actions', 'svg', 'noscript'];

const started = Date.now();
rmSync(path.join(OUT, 'pagefind'), { recursive: true, force: true });
const summary: string[] = [];
for (const { locale, language } of LANGUAGES) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language, excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`search-index: ${errors.join('; ')}`);
  // chapter pages and the glossary of this language; presenter pages carry no data-pagefind-body
  const added = await index.addDirectory({ path: OUT, glob: `${locale}/**/index.html` });
  if (added.errors.length) throw new Error(`search-index (${locale}): ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(OUT, 'pagefind', locale) });
  if (written.errors.length) throw new Error(`search-index (${locale}): ${written.errors.join('; ')}`);
  summary.push(`${locale}: ${added.page_count} pages`);
}
await pagefind.close();
console.log(`search-index: ${summary.join(', ')} in out/pagefind/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
