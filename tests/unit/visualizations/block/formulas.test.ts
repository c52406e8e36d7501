/**
 * The block explorer's typeset formulas (visualizations/block/formulas.json)
 * are exactly what the site's KaTeX makes of their TeX sources. Rewrite the
 * file after changing a source with:
 *   npx vitest run -u tests/unit/visualizations/block/formulas.test.ts
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { FORMULA_TEX, KATEX_OPTIONS, PART_FORMULAS, formulaHtml } from '@/visualizations/block/formulas';
import { PARTS } from '@/visualizations/block/math';

describe('block explorer formulas', () => {
  it('match KaTeX’s rendering of their sources', async () => {
    const rendered = Object.fromEntries(Object.entries(FORMULA_TEX).map(([id, tex]) => [id, katex.renderToString(tex, KATEX_OPTIONS)]));
    await expect(JSON.stringify(rendered, null, 2) + '\n').toMatchFileSnapshot('../../../../visualizations/block/formulas.json');
  });

  it('give every part at least one formula, each with MathML for screen readers', () => {
    for (const part of PARTS) {
      expect(PART_FORMULAS[part].length).toBeGreaterThan(0);
      for (const id of PART_FORMULAS[part]) expect(formulaHtml[id]).toContain('<math');
    }
  });
});
