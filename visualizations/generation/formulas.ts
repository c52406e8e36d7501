/**
 * The cache panel's formulas: TeX sources here, KaTeX's HTML (with MathML for
 * screen readers) in formulas.json, so KaTeX never ships to the browser. The unit
 * test tests/unit/visualizations/generation/formulas.test.ts renders the sources
 * and fails if the file differs (`npx vitest run -u` on it rewrites the file).
 */
import html from './formulas.json';

export type FormulaId = 'memory' | 'withCache' | 'withoutCache';

export const FORMULA_TEX: Record<FormulaId, string> = {
  memory: 'M = 2 \\times n_{\\text{layer}} \\times n_{\\text{kv}} \\times d_{\\text{head}} \\times T \\times b',
  withCache: 'C_{\\text{cache}} = L\\,(4d^2 + 2\\,d\\,d_{ff} + 2\\,T\\,d) + d\\,V',
  withoutCache: 'C_{\\text{none}} = L\\,\\bigl(T\\,(4d^2 + 2\\,d\\,d_{ff}) + T\\,(T+1)\\,d\\bigr) + d\\,V',
};

export const KATEX_OPTIONS = { throwOnError: true, displayMode: false } as const;

/** Typeset formulas by id (made from the constant sources above, never from input). */
export const formulaHtml = html as Record<FormulaId, string>;
