/**
 * The words of the attention views (arcs, heatmap, view and sentence controls)
 * in both languages, shared by the attention explorer, the head gallery and the
 * playground's glance; each widget's own strings extend this table.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { HeadLabel } from '@/lib/model/headPatterns';
import { tokenKind } from '@/lib/widgets/tokenText';

export type View = 'arcs' | 'heatmap' | 'heads';

export interface AttentionViewStrings {
  sentence: string;
  samples: string;
  /** Visible prefix of the sample buttons, with the language's colon. */
  samplesPrompt: string;
  truncated: (max: number) => string;
  view: string;
  views: Record<View, string>;
  layer: string;
  head: string;
  whitespace: { space: string; newline: string; tab: string };
  axisQuery: string;
  /** The query axis's title on a slide, where the picture is short and the presenter explains the axes. */
  axisQuerySlide: string;
  axisKey: string;
  legend: string;
  masked: string;
  patterns: Record<HeadLabel, string>;
}

const en: AttentionViewStrings = {
  sentence: 'Your sentence',
  samples: 'Samples',
  samplesPrompt: 'Samples:',
  truncated: (max) => `The model reads at most ${max} tokens, so only the first ${max} are shown.`,
  view: 'View',
  views: { arcs: 'Arcs', heatmap: 'Heatmap', heads: 'All heads' },
  layer: 'Layer',
  head: 'Head',
  whitespace: { space: 'space', newline: 'line break', tab: 'tab' },
  axisQuery: 'Query: the token that looks ↓',
  axisQuerySlide: 'Query ↓',
  axisKey: 'Key: the token looked at →',
  legend: 'Attention weight',
  masked: 'Hidden by the causal mask',
  patterns: { previousToken: 'previous token', firstToken: 'first token', self: 'itself', latestDelimiter: 'last space or mark', induction: 'induction (what came next last time)', mixed: 'mixed' },
};

const zh: AttentionViewStrings = {
  sentence: '你的句子',
  samples: '示例',
  samplesPrompt: '示例：',
  truncated: (max) => `模型一次最多读 ${max} 个词元，所以只显示前 ${max} 个。`,
  view: '视图',
  views: { arcs: '弧线', heatmap: '热力图', heads: '所有头' },
  layer: '层',
  head: '头',
  whitespace: { space: '空格', newline: '换行', tab: '制表符' },
  axisQuery: '查询：正在读取信息的词元 ↓',
  axisQuerySlide: '查询 ↓',
  axisKey: '键：被关注的词元 →',
  legend: '注意力权重',
  masked: '被因果掩码遮住',
  patterns: { previousToken: '前一个词元', firstToken: '第一个词元', self: '自己', latestDelimiter: '最近的空格或标点', induction: '归纳（上次之后是什么）', mixed: '混合' },
};

export const attentionViewStrings: Record<Locale, AttentionViewStrings> = { en, zh };

/** How a token is spoken: whitespace gets a word ("space"), anything else is itself. */
export function tokenName(token: string, locale: Locale): string {
  const kind = tokenKind(token);
  return kind === 'other' ? token : attentionViewStrings[locale].whitespace[kind];
}
