/**
 * The cache panel's formulas: TeX sources here, typeset HTML in formulas.json
 * (lib/widgets/typeset.ts says why and how).
 */
import { typesetFormulas } from '@/lib/widgets/typeset';
import html from './formulas.json';

export type FormulaId = 'memory' | 'withCache' | 'withoutCache';

export const FORMULA_TEX: Record<FormulaId, string> = {
  memory: 'M = 2 \\times n_{\\text{layer}} \\times n_{\\text{kv}} \\times d_{\\text{head}} \\times T \\times b',
  withCache: 'C_{\\text{cache}} = L\\,(4d^2 + 2\\,d\\,d_{ff} + 2\\,T\\,d) + d\\,V',
  withoutCache: 'C_{\\text{none}} = L\\,\\bigl(T\\,(4d^2 + 2\\,d\\,d_{ff}) + T\\,(T+1)\\,d\\bigr) + d\\,V',
};

/** Typeset formulas by id. */
export const formulaHtml = typesetFormulas<FormulaId>(html);
