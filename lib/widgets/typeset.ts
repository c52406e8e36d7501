/**
 * Widgets' formulas are typeset ahead of time, because KaTeX must not ship to the
 * browser as JavaScript. A widget keeps its TeX sources in a `FORMULA_TEX` table
 * (its formulas.ts) and KaTeX's HTML for each, with MathML for screen readers, in
 * formulas.json beside it. tests/unit/lib/widgets/typeset.test.ts renders every
 * table with the site's KaTeX and these options and fails when a file differs;
 * `npm run typeset` rewrites the files. The page already loads KaTeX's CSS for the
 * chapter's own formulas.
 */

/** KaTeX options of every pre-typeset formula (the chapters' rehype-katex uses the same defaults). */
export const KATEX_OPTIONS = { throwOnError: true, displayMode: false } as const;

/** A widget's typeset formulas by id (its formulas.json): HTML made from constant sources, never from input. */
export function typesetFormulas<Id extends string>(html: Record<string, string>): Record<Id, string> {
  return html as Record<Id, string>;
}
