/**
 * The step-through's formulas: TeX sources here, typeset HTML in formulas.json
 * (lib/widgets/typeset.ts says why and how).
 */
import { typesetFormulas } from '@/lib/widgets/typeset';
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

/** Typeset formulas by id. */
export const formulaHtml = typesetFormulas<FormulaId>(html);
