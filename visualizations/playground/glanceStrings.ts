/** Words of `<NextTokenGlance />`, the home page's instrument, in both languages. */
import type { Locale } from '@/lib/i18n/locales';

export interface GlanceStrings {
  title: string;
  intro: string;
  inputLabel: string;
  nextTitle: string;
  attentionTitle: string;
  attentionNote: (token: string) => string;
  chartContext: string;
  arcsLabel: (layer: number, head: number) => string;
  emptyHint: string;
  more: string;
}

const en: GlanceStrings = {
  title: 'Try the model',
  intro: 'A small transformer trained for this site runs in your browser. Type, and watch what it expects next.',
  inputLabel: 'Your text',
  nextTitle: 'Most likely next tokens',
  attentionTitle: 'Where the last token looks',
  attentionNote: (token) => `Arcs: how much the last token, ${token}, attends to each token before it.`,
  chartContext: 'after your text',
  arcsLabel: (layer, head) => `Attention of the last token, layer ${layer}, head ${head}`,
  emptyHint: 'Type something to see the model’s guesses.',
  more: 'How this works, step by step',
};

const zh: GlanceStrings = {
  title: '试试这个模型',
  intro: '一个为本站训练的小型 Transformer 就在你的浏览器里运行。输入文字，看看它预测接下来是什么。',
  inputLabel: '你的文字',
  nextTitle: '最可能的下一个词元',
  attentionTitle: '最后一个词元在看哪里',
  attentionNote: (token) => `弧线：最后一个词元「${token}」对它之前每个词元的注意力有多大。`,
  chartContext: '在你的文字之后',
  arcsLabel: (layer, head) => `最后一个词元的注意力，第 ${layer} 层，第 ${head} 个头`,
  emptyHint: '输入一些文字，看看模型的猜测。',
  more: '一步步看它如何工作',
};

export const glanceStrings: Record<Locale, GlanceStrings> = { en, zh };
