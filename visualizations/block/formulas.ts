/**
 * The block explorer's formulas: TeX sources here, typeset HTML in formulas.json
 * (lib/widgets/typeset.ts says why and how).
 */
import { typesetFormulas } from '@/lib/widgets/typeset';
import html from './formulas.json';
import type { PartId } from './math';

export type FormulaId = PartId | 'attnHead' | 'embedTables';

export const FORMULA_TEX: Record<FormulaId, string> = {
  embed: 'x_i = E_{t_i} + P_i',
  embedTables: 'E \\in \\mathbb{R}^{V \\times d_{\\text{model}}},\\quad P \\in \\mathbb{R}^{T \\times d_{\\text{model}}}',
  ln1: '\\operatorname{LN}_1(x) = \\gamma_1 \\odot \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} + \\beta_1',
  attnHead: '\\mathrm{head}_i = \\operatorname{softmax}\\!\\left(\\frac{Q_i K_i^{\\top}}{\\sqrt{d_{\\text{head}}}} + M\\right) V_i',
  attn: '\\operatorname{MultiHead}(X) = \\operatorname{Concat}(\\mathrm{head}_1, \\ldots, \\mathrm{head}_h)\\, W^O',
  add1: 'h = x + \\operatorname{MultiHead}\\big(\\operatorname{LN}_1(x)\\big)',
  ln2: '\\operatorname{LN}_2(h) = \\gamma_2 \\odot \\frac{h - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} + \\beta_2',
  ffn: '\\operatorname{FFN}(u) = \\operatorname{GELU}(u W_1 + b_1)\\, W_2 + b_2',
  add2: 'y = h + \\operatorname{FFN}\\big(\\operatorname{LN}_2(h)\\big)',
  head: '\\text{logits} = \\operatorname{LN}_f(y)\\, E^{\\top}',
};

/** Which formulas each part shows, in order. */
export const PART_FORMULAS: Record<PartId, FormulaId[]> = {
  embed: ['embed', 'embedTables'],
  ln1: ['ln1'],
  attn: ['attnHead', 'attn'],
  add1: ['add1'],
  ln2: ['ln2'],
  ffn: ['ffn'],
  add2: ['add2'],
  head: ['head'],
};

/** Typeset formulas by id. */
export const formulaHtml = typesetFormulas<FormulaId>(html);
