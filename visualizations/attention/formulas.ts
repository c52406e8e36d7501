/**
 * The step-through's formulas: TeX sources here, typeset HTML in formulas.json.
 *
 * Why this file exists: KaTeX must not ship to the browser as JavaScript, so
 * the formulas are typeset ahead of time. formulas.json holds KaTeX's HTML
 * (with MathML for screen readers) for every source below; the unit test
 * tests/unit/visualizations/attention/formulas.test.ts renders the sources
 * with the site's KaTeX and fails if the file differs (`npx vitest run -u
 * tests/unit/visualizations/attention/formulas.test.ts` rewrites it). The
 * page already loads KaTeX's CSS for the chapter's own formulas.
 */
import html from './formulas.json';
import type { Step } from './math';

/** One formula per step, plus the variants the "what if" controls switch to. */
export type FormulaId = Step | 'softmaxT' | 'noMask';

export const FORMULA_TEX: Record<FormulaId, string> = {
  query: 'q_i = x_i W^Q',
  keys: 'k_j = x_j W^K',
  dot: 'q_i \\cdot k_j = \\sum_{m=1}^{d_k} q_{i,m}\\, k_{j,m}',
  scale: 's_{ij} = \\frac{q_i \\cdot k_j}{\\sqrt{d_k}}',
  mask: 's_{ij} = -\\infty \\quad \\text{for } j > i',
  noMask: 's_{ij} \\text{ kept for every } j',
  softmax: '\\alpha_{ij} = \\frac{e^{s_{ij}}}{\\sum_{l} e^{s_{il}}}',
  softmaxT: '\\alpha_{ij} = \\frac{e^{s_{ij}/T}}{\\sum_{l} e^{s_{il}/T}}',
  sum: 'z_i = \\sum_{j} \\alpha_{ij}\\, v_j',
};

/** KaTeX options shared by the generator test (the chapter's rehype-katex uses the same defaults). */
export const KATEX_OPTIONS = { throwOnError: true, displayMode: false } as const;

/** Typeset formulas by id (HTML strings made from the constant sources above, never from input). */
export const formulaHtml = html as Record<FormulaId, string>;
