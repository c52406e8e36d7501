/**
 * Every word the model-families explorer shows, in English and Simplified Chinese, and
 * the sample translation pairs (the reader's language first, the other as the target).
 *
 * The view contains no prose; a reader switching language gets the
 * same widget with every label, notice and table header from here.
 */
import type { Locale } from '@/lib/i18n/locales';

export type FamilyId = 'encoder' | 'decoder' | 'encoderDecoder';

export interface FamilyText {
  name: string;
  attention: string;
  objective: string;
  tasks: string;
}

export interface FamiliesStrings {
  title: string;
  sample: string;
  custom: string;
  sentence: string;
  target: string;
  targetHint: string;
  families: Record<FamilyId, FamilyText>;
  examples: string;
  objectiveLabel: string;
  tasksLabel: string;
  encoderSide: string;
  decoderSide: string;
  encoderSelf: string;
  decoderSelf: string;
  cross: string;
  /** The button that opens the encoder-decoder's maps on a slide (components/widget/SlideFold.tsx). */
  mapsFold: string;
  selfAttention: string;
  tokenButton: (token: string, index: number, sees: number, total: number) => string;
  stripLabel: (family: string) => string;
  sees: (count: number, total: number) => string;
  selectedSees: (token: string, index: number, encoder: number, decoder: number, total: number) => string;
  maskLabel: (title: string, rows: number, cols: number, allowed: number) => string;
  allowed: string;
  blocked: string;
  queries: string;
  keys: string;
  masked: (input: string, target: string) => string;
  next: (context: string, target: string | null) => string;
  span: (input: string, target: string) => string;
  tokenSummary: (token: string, sees: string) => string;
  decoderSummary: (token: string, self: string, cross: string) => string;
  pickSource: string;
  truncated: (max: number) => string;
  tokenClamped: string;
  emptySentence: string;
  hint: string;
  tableSummary: string;
  tableTokens: string;
  columns: { attention: string; queries: string; keys: string; allowedPairs: string; rule: string; index: string; token: string };
  rules: { all: (n: number) => string; causal: (n: number) => string; cross: (m: number, n: number) => string };
  range: (from: number, to: number) => string;
  none: string;
}

const en: FamiliesStrings = {
  title: 'Three families, one sentence',
  sample: 'Sample',
  custom: 'Your own sentence',
  sentence: 'Sentence (encoder input)',
  target: 'Translation (decoder side)',
  targetHint: 'Type a translation to see the decoder side of the encoder-decoder.',
  families: {
    encoder: {
      name: 'Encoder-only',
      attention: 'bidirectional: every token sees every token',
      objective: 'Masked-token prediction',
      tasks: 'classification, extraction, embeddings for search',
    },
    decoder: {
      name: 'Decoder-only',
      attention: 'causal: each token sees itself and what came before',
      objective: 'Next-token prediction',
      tasks: 'open-ended generation, chat, almost any task posed as a prompt',
    },
    encoderDecoder: {
      name: 'Encoder-decoder',
      attention: 'encoder bidirectional, decoder causal, plus cross-attention',
      objective: 'Span corruption (denoising)',
      tasks: 'translation, summarisation, other text-to-text rewrites',
    },
  },
  examples: 'Example',
  objectiveLabel: 'Training objective',
  tasksLabel: 'Suits',
  encoderSide: 'Encoder reads',
  decoderSide: 'Decoder writes',
  encoderSelf: 'Encoder self-attention',
  decoderSelf: 'Decoder self-attention',
  cross: 'Cross-attention (decoder → encoder)',
  mapsFold: 'Its three attention maps',
  selfAttention: 'Self-attention',
  tokenButton: (token, i, sees, total) => `Token ${i + 1}, “${token}”: sees ${sees} of ${total}`,
  stripLabel: (family) => `${family}: tokens (arrow keys move, Enter selects)`,
  sees: (c, n) => `sees ${c} of ${n}`,
  selectedSees: (token, i, e, d, n) => `“${token}” (token ${i + 1}): encoder-only sees ${e} of ${n}, decoder-only sees ${d} of ${n}`,
  maskLabel: (title, r, c, a) => `${title}: mask of ${r} queries (rows) by ${c} keys (columns), ${a} allowed pairs.`,
  allowed: 'allowed',
  blocked: 'blocked',
  queries: 'queries',
  keys: 'keys',
  masked: (input, target) => `${input} → predict “${target}” from both sides`,
  next: (context, target) => (target === null ? `${context} → predict what comes next` : `${context} → predict “${target}”`),
  span: (input, target) => `encoder reads: ${input} · decoder writes: ${target}`,
  tokenSummary: (token, sees) => `“${token}”: ${sees}`,
  decoderSummary: (token, self, cross) => `“${token}”: decoder self-attention ${self}; cross-attention ${cross}`,
  pickSource: 'Pick a token of the sentence to compare the families.',
  truncated: (max) => `Only the first ${max} tokens are shown.`,
  tokenClamped: 'The linked token is past the end of the sentence, so the last token is selected.',
  emptySentence: 'Type a sentence to see its masks.',
  hint: 'Point at or focus a token to see its view in all three families; click or press Enter to keep it.',
  tableSummary: 'Attention masks of the three families for this sentence',
  tableTokens: 'What each token of the sentence sees',
  columns: { attention: 'attention', queries: 'queries', keys: 'keys', allowedPairs: 'allowed pairs', rule: 'count', index: '#', token: 'token' },
  rules: { all: (n) => `${n}² = ${n * n}`, causal: (n) => `${n}·${n + 1}/2 = ${(n * (n + 1)) / 2}`, cross: (m, n) => `${m}·${n} = ${m * n}` },
  range: (a, b) => (a === b ? `token ${a}` : `tokens ${a}–${b}`),
  none: 'nothing',
};

const zh: FamiliesStrings = {
  title: '三个家族，同一个句子',
  sample: '示例',
  custom: '你自己的句子',
  sentence: '句子（编码器输入）',
  target: '译文（解码器一侧）',
  targetHint: '输入译文，即可看到编码器-解码器中解码器的一侧。',
  families: {
    encoder: {
      name: '仅编码器',
      attention: '双向：每个词元都看得见所有词元',
      objective: '掩码语言建模',
      tasks: '分类、信息抽取、用于检索的嵌入',
    },
    decoder: {
      name: '仅解码器',
      attention: '因果：每个词元只看得见自己和前面的词元',
      objective: '下一个词元预测',
      tasks: '开放式生成、对话，以及几乎任何能写成提示的任务',
    },
    encoderDecoder: {
      name: '编码器-解码器',
      attention: '编码器双向，解码器因果，另加交叉注意力',
      objective: '片段破坏（去噪）',
      tasks: '翻译、摘要及其他文本到文本的改写',
    },
  },
  examples: '代表模型',
  objectiveLabel: '训练目标',
  tasksLabel: '适合',
  encoderSide: '编码器读入',
  decoderSide: '解码器写出',
  encoderSelf: '编码器自注意力',
  decoderSelf: '解码器自注意力',
  cross: '交叉注意力（解码器 → 编码器）',
  mapsFold: '它的三张注意力矩阵',
  selfAttention: '自注意力',
  tokenButton: (token, i, sees, total) => `第 ${i + 1} 个词元“${token}”：看得见 ${total} 个中的 ${sees} 个`,
  stripLabel: (family) => `${family}：词元（方向键移动，回车选定）`,
  sees: (c, n) => `看得见 ${n} 个中的 ${c} 个`,
  selectedSees: (token, i, e, d, n) => `“${token}”（第 ${i + 1} 个词元）：仅编码器看得见 ${n} 个中的 ${e} 个，仅解码器看得见 ${n} 个中的 ${d} 个`,
  maskLabel: (title, r, c, a) => `${title}：${r} 个查询（行）× ${c} 个键（列）的掩码，允许 ${a} 对。`,
  allowed: '允许',
  blocked: '屏蔽',
  queries: '查询',
  keys: '键',
  masked: (input, target) => `${input} → 根据两侧预测“${target}”`,
  next: (context, target) => (target === null ? `${context} → 预测接下来的内容` : `${context} → 预测“${target}”`),
  span: (input, target) => `编码器读入：${input} · 解码器写出：${target}`,
  tokenSummary: (token, sees) => `“${token}”：${sees}`,
  decoderSummary: (token, self, cross) => `“${token}”：解码器自注意力${self}；交叉注意力${cross}`,
  pickSource: '选句子中的一个词元，比较三个家族。',
  truncated: (max) => `只显示前 ${max} 个词元。`,
  tokenClamped: '链接中的词元超出了句子末尾，已改为选中最后一个词元。',
  emptySentence: '输入一个句子，即可看到它的掩码。',
  hint: '指向或聚焦一个词元，就能看到它在三个家族中的视野；点击或按回车选定。',
  tableSummary: '这个句子在三个家族中的注意力掩码',
  tableTokens: '句子中每个词元看得见什么',
  columns: { attention: '注意力', queries: '查询', keys: '键', allowedPairs: '允许的对数', rule: '计数', index: '序号', token: '词元' },
  rules: { all: (n) => `${n}² = ${n * n}`, causal: (n) => `${n}·${n + 1}/2 = ${(n * (n + 1)) / 2}`, cross: (m, n) => `${m}·${n} = ${m * n}` },
  range: (a, b) => (a === b ? `第 ${a} 个词元` : `第 ${a}–${b} 个词元`),
  none: '无',
};

export const familiesStrings: Record<Locale, FamiliesStrings> = { en, zh };
