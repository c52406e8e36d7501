import { describe, expect, it } from 'vitest';
import rules from '@/lib/content/terminology.zh.json';
import { chineseItalics, halfWidthColons, ruleProblems, termFindings, type TermRule } from '@/lib/content/terminology';

const prompt: TermRule = { concept: 'prompt', preferred: '提示', forbidden: ['提示词'], allow: ['提示词元'] };
const big: TermRule = { concept: 'Transformer big', preferred: '大型版', forbidden: ['大模型'], allow: ['扩大模型'] };

describe('termFindings', () => {
  it('finds a forbidden variant with its line, and skips it inside an allowed word', () => {
    const text = '第一行\n把提示词元送入模型，再改提示词。\n要扩大模型，而不是叫它大模型';
    expect(termFindings(text, [prompt, big])).toEqual([
      { line: 2, found: '提示词', preferred: '提示', concept: 'prompt' },
      { line: 3, found: '大模型', preferred: '大型版', concept: 'Transformer big' },
    ]);
  });
  it('counts every occurrence', () => {
    expect(termFindings('提示词、提示词、提示词元', [prompt]).map((f) => f.line)).toEqual([1, 1]);
  });
  it('finds nothing in clean text', () => {
    expect(termFindings('提示与提示词元', [prompt])).toEqual([]);
  });
});

describe('ruleProblems', () => {
  it('refuses variants that could match English text or that are preferred too', () => {
    expect(ruleProblems([{ concept: 'x', preferred: '甲', forbidden: ['Top-k', '甲'] }])).toEqual([
      '“x”: variant "Top-k" has no Chinese character',
      '“x”: "甲" is both preferred and forbidden',
    ]);
  });
  it('accepts the site’s own list', () => {
    expect(ruleProblems(rules as TermRule[])).toEqual([]);
  });
  it('gives the site’s list one entry per concept, and no variant under two concepts', () => {
    const list = rules as TermRule[];
    expect(new Set(list.map((r) => r.concept)).size).toBe(list.length);
    const variants = list.flatMap((r) => r.forbidden);
    expect(new Set(variants).size).toBe(variants.length);
  });
});

describe('chineseItalics', () => {
  it('flags italic Chinese but not bold, math, code or Latin italics', () => {
    const mdx = ['子层的输出*加*到输入上', '**粗体**没问题', '$a*b*c$ 与 `x*y*z`', '*Bell System Technical Journal*', '表头 *p*(mat)'].join('\n');
    expect(chineseItalics(mdx)).toEqual([1]);
  });
});

describe('halfWidthColons', () => {
  it('flags a half-width colon right after Chinese text only', () => {
    expect(halfWidthColons('输入: [n]\n输入：[n]\nzh: {\nsee: this')).toEqual([1]);
  });
});
