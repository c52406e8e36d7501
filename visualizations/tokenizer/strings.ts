/** Every word the tokenizer playground shows, in both languages. */
import type { Locale } from '@/lib/i18n/locales';
import type { TokenizerId } from './state';

export interface TokenizerStrings {
  title: string;
  text: string;
  samples: string;
  english: string;
  chinese: string;
  tokenizer: string;
  tokenizerName: Record<TokenizerId, string>;
  /** Shorter names for the chart's row labels. */
  chartName: Record<TokenizerId, string>;
  tokenizerNote: Record<TokenizerId, string>;
  loadingVocab: (name: string, done: number, total: number) => string;
  loadFailed: string;
  retry: string;
  modelWaiting: string;
  tokens: (n: number) => string;
  charsPerToken: (v: string) => string;
  chipsLabel: (tokenizer: string, n: number) => string;
  chipLabel: (text: string, id: number) => string;
  fragmentLabel: (bytes: string, char: string, allBytes: string) => string;
  fragmentNote: string;
  splitChar: (char: string, bytes: string, tokens: number) => string;
  spaceNote: string;
  summaryTitle: string;
  table: { tokenizer: string; vocabulary: string; tokens: string; charsPerToken: string; characters: string; language: string; text: string };
  compareTitle: string;
  pairs: string;
  chartTitle: string;
  chartDesc: string;
  notLoaded: string;
  // Embeddings
  vectorsTitle: string;
  selectToken: string;
  embeddingOf: (token: string, id: number) => string;
  normLabel: (v: string) => string;
  nearest: string;
  /** Read after a neighbour's glyph and similarity: its id, and what the number is. */
  neighbourNote: (id: number) => string;
  textTokens: string;
  textTokensLabel: string;
  onlyFirst: (n: number) => string;
  scatterTitle: string;
  scatterDesc: (variance: string) => string;
  scatterHelp: string;
  pointLabel: (token: string, id: number, x: string, y: string) => string;
  inText: string;
  dims: (d: number) => string;
  positive: string;
  negative: string;
  vectorTable: { token: string; id: string; pc1: string; pc2: string; norm: string; nearest: string };
}

export const tokenizerStrings: Record<Locale, TokenizerStrings> = {
  en: {
    title: 'Tokenizer playground',
    text: 'Text',
    samples: 'Samples',
    english: 'English',
    chinese: 'Chinese',
    tokenizer: 'Tokenizer',
    tokenizerName: { tiny: 'Tiny model', r50k_base: 'GPT-2 (r50k_base)', cl100k_base: 'cl100k_base', o200k_base: 'o200k_base' },
    chartName: { tiny: 'Tiny model', r50k_base: 'GPT-2', cl100k_base: 'cl100k_base', o200k_base: 'o200k_base' },
    tokenizerNote: {
      tiny: 'the site’s own model: subwords learned from its training text, with byte fallback',
      r50k_base: 'byte-level BPE, GPT-2 and the first GPT-3',
      cl100k_base: 'byte-level BPE, GPT-3.5 and GPT-4',
      o200k_base: 'byte-level BPE, GPT-4o',
    },
    loadingVocab: (name, done, total) => `Loading the ${name} vocabulary (${done} of ${total} loaded)…`,
    loadFailed: 'A vocabulary could not be loaded.',
    retry: 'Try again',
    modelWaiting: 'The tiny model is still loading.',
    tokens: (n) => `${n} ${n === 1 ? 'token' : 'tokens'}`,
    charsPerToken: (v) => `${v} characters per token`,
    chipsLabel: (tokenizer, n) => `${tokenizer}: the text as ${n} tokens`,
    chipLabel: (text, id) => `“${text}”, id ${id}`,
    fragmentLabel: (bytes, char, allBytes) => `bytes ${bytes}, part of the character ${char} (${allBytes})`,
    fragmentNote: 'A chip like ‹E4 B9› is a token that holds only some of a character’s UTF-8 bytes. On its own it is not a character at all; only together with the next token does it spell one.',
    splitChar: (char, bytes, tokens) => `${char} = ${bytes} (UTF-8), split across ${tokens} tokens`,
    spaceNote: '␣ marks a space, ↵ a line break.',
    summaryTitle: 'Token counts for this text',
    table: { tokenizer: 'Tokenizer', vocabulary: 'Vocabulary', tokens: 'Tokens', charsPerToken: 'Characters per token', characters: 'Characters', language: 'Language', text: 'Text' },
    compareTitle: 'The same meaning in English and Chinese',
    pairs: 'Sentence pairs',
    chartTitle: 'Tokens needed for the same meaning',
    chartDesc: 'Grouped bar chart: for each tokenizer, the number of tokens of the English and the Chinese sentence.',
    notLoaded: 'not loaded yet',
    vectorsTitle: 'From tokens to vectors',
    selectToken: 'Token',
    embeddingOf: (token, id) => `Embedding of “${token}” (id ${id})`,
    normLabel: (v) => `length ${v}`,
    nearest: 'Most similar tokens (cosine similarity)',
    neighbourNote: (id) => ` (id ${id}, similarity)`,
    textTokens: 'Embeddings of the text’s tokens',
    textTokensLabel: 'One row per token of the text, one column per dimension; darker cells are larger values, blue positive and orange negative.',
    onlyFirst: (n) => `The first ${n} tokens of the text are shown.`,
    scatterTitle: 'The whole embedding table, projected to 2-D',
    scatterDesc: (variance) =>
      `Every token of the tiny model as a point: its embedding projected on the two directions of greatest variance (PCA, computed in this page; together ${variance} of the variance). Tokens used in a similar way tend to lie close together.`,
    scatterHelp: 'Focus the picture and use the arrow keys to move from token to token, or point at a token.',
    pointLabel: (token, id, x, y) => `“${token}” (id ${id}): PC1 ${x}, PC2 ${y}`,
    inText: 'in your text',
    dims: (d) => `${d} dimensions`,
    positive: 'positive',
    negative: 'negative',
    vectorTable: { token: 'Token', id: 'Id', pc1: 'PC1', pc2: 'PC2', norm: 'Length', nearest: 'Nearest tokens' },
  },
  zh: {
    title: '分词演示台',
    text: '文本',
    samples: '示例',
    english: '英文',
    chinese: '中文',
    tokenizer: '分词器',
    tokenizerName: { tiny: '小模型', r50k_base: 'GPT-2（r50k_base）', cl100k_base: 'cl100k_base', o200k_base: 'o200k_base' },
    chartName: { tiny: '小模型', r50k_base: 'GPT-2', cl100k_base: 'cl100k_base', o200k_base: 'o200k_base' },
    tokenizerNote: {
      tiny: '本站自己的小模型：单字、常用词，外加字节回退',
      r50k_base: '字节级 BPE，GPT-2 和最初的 GPT-3 使用',
      cl100k_base: '字节级 BPE，GPT-3.5 和 GPT-4 使用',
      o200k_base: '字节级 BPE，GPT-4o 使用',
    },
    loadingVocab: (name, done, total) => `正在加载 ${name} 词表（已加载 ${done}/${total}）……`,
    loadFailed: '有词表加载失败。',
    retry: '重试',
    modelWaiting: '小模型仍在加载。',
    tokens: (n) => `${n} 个词元`,
    charsPerToken: (v) => `每个词元 ${v} 个字符`,
    chipsLabel: (tokenizer, n) => `${tokenizer}：文本切分为 ${n} 个词元`,
    chipLabel: (text, id) => `“${text}”，编号 ${id}`,
    fragmentLabel: (bytes, char, allBytes) => `字节 ${bytes}，是字符“${char}”（${allBytes}）的一部分`,
    fragmentNote: '形如 ‹E4 B9› 的词元只包含某个字符 UTF-8 编码的一部分字节。它单独不构成任何字符，要和下一个词元拼在一起才是一个字。',
    splitChar: (char, bytes, tokens) => `${char} = ${bytes}（UTF-8），被拆成 ${tokens} 个词元`,
    spaceNote: '␣ 表示空格，↵ 表示换行。',
    summaryTitle: '这段文本的词元数',
    table: { tokenizer: '分词器', vocabulary: '词表大小', tokens: '词元数', charsPerToken: '每词元字符数', characters: '字符数', language: '语言', text: '文本' },
    compareTitle: '同一个意思，英文和中文',
    pairs: '句子对',
    chartTitle: '表达同一个意思所需的词元数',
    chartDesc: '分组条形图：每个分词器下，英文句子和中文句子的词元数。',
    notLoaded: '尚未加载',
    vectorsTitle: '从词元到向量',
    selectToken: '词元',
    embeddingOf: (token, id) => `“${token}”（编号 ${id}）的嵌入向量`,
    normLabel: (v) => `长度 ${v}`,
    nearest: '最相似的词元（余弦相似度）',
    neighbourNote: (id) => `（编号 ${id}，相似度）`,
    textTokens: '文本中各词元的嵌入',
    textTokensLabel: '每行是文本中的一个词元，每列是一个维度；颜色越深数值越大，蓝色为正，橙色为负。',
    onlyFirst: (n) => `只显示文本的前 ${n} 个词元。`,
    scatterTitle: '整张嵌入表投影到二维',
    scatterDesc: (variance) => `小模型的每个词元是一个点：它的嵌入向量投影到方差最大的两个方向上（主成分分析，在本页中计算；两者合计占方差的 ${variance}）。用法相近的词元往往靠在一起。`,
    scatterHelp: '让图获得焦点后用方向键在词元之间移动，或把指针移到某个词元上。',
    pointLabel: (token, id, x, y) => `“${token}”（编号 ${id}）：第一主成分 ${x}，第二主成分 ${y}`,
    inText: '在你的文本中',
    dims: (d) => `${d} 维`,
    positive: '正',
    negative: '负',
    vectorTable: { token: '词元', id: '编号', pc1: '第一主成分', pc2: '第二主成分', norm: '长度', nearest: '最近的词元' },
  },
};
