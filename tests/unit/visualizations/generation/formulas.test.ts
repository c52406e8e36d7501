/**
 * The generation widget's typeset formulas (visualizations/generation/formulas.json)
 * are exactly what the site's KaTeX makes of their sources. Rewrite the file after
 * changing a source with:
 *   npx vitest run -u tests/unit/visualizations/generation/formulas.test.ts
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { FORMULA_TEX, KATEX_OPTIONS, formulaHtml } from '@/visualizations/generation/formulas';

describe('generation formulas', () => {
  it('match KaTeX’s rendering of their sources', async () => {
    const rendered = Object.fromEntries(Object.entries(FORMULA_TEX).map(([id, tex]) => [id, katex.renderToString(tex, KATEX_OPTIONS)]));
    await expect(JSON.stringify(rendered, null, 2) + '\n').toMatchFileSnapshot('../../../../visualizations/generation/formulas.json');
  });

  it('cover every formula id, each with MathML for screen readers', () => {
    for (const id of Object.keys(FORMULA_TEX)) expect(formulaHtml[id as keyof typeof formulaHtml]).toContain('<math');
  });
});
