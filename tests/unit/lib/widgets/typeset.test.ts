/**
 * Every widget's typeset formulas (its formulas.json) are exactly what the site's
 * KaTeX makes of its TeX sources, and each has MathML for screen readers. This test
 * is also the generator: after changing a source, `npm run typeset` rewrites the files.
 * A widget with pre-typeset formulas adds its table here.
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { KATEX_OPTIONS } from '@/lib/widgets/typeset';
import * as attention from '@/visualizations/attention/formulas';
import * as block from '@/visualizations/block/formulas';
import * as generation from '@/visualizations/generation/formulas';

const TABLES: { widget: string; tex: Record<string, string>; html: Record<string, string> }[] = [
  { widget: 'attention', tex: attention.FORMULA_TEX, html: attention.formulaHtml },
  { widget: 'block', tex: block.FORMULA_TEX, html: block.formulaHtml },
  { widget: 'generation', tex: generation.FORMULA_TEX, html: generation.formulaHtml },
];

describe.each(TABLES)('$widget formulas', ({ widget, tex, html }) => {
  it('match KaTeX’s rendering of their sources', async () => {
    const rendered = Object.fromEntries(Object.entries(tex).map(([id, source]) => [id, katex.renderToString(source, KATEX_OPTIONS)]));
    await expect(JSON.stringify(rendered, null, 2) + '\n').toMatchFileSnapshot(`../../../../visualizations/${widget}/formulas.json`);
  });

  it('cover every formula id, each with MathML for screen readers', () => {
    for (const id of Object.keys(tex)) expect(html[id]).toContain('<math');
  });
});
