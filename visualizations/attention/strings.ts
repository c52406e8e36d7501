/**
 * Every word the attention explorer and its compact version show or speak, in
 * both languages: labels, aria-labels, notices, step explanations and table
 * headers. Shared frame words (copy link, download, table toggle) come from
 * lib/i18n/widgetStrings; the words of the attention views that the head gallery
 * and the playground share too come from components/widget/attention/strings.
 */
import type { Locale } from '@/lib/i18n/locales';
import { attentionViewStrings, type AttentionViewStrings } from '@/components/widget/attention/strings';
import type { Step } from './math';

export interface AttentionStrings extends AttentionViewStrings {
  title: string;
  compactTitle: string;
  /** Joins the parts of a list in running text. */
  listJoin: string;
  emptyHint: string;
  layerHead: (layer: number, head: number) => string;
  tokens: string;
  tokensHint: string;
  /** "“t”, position 5" — how a token is named in sentences and headers. */
  tokenAt: (token: string, position: number) => string;
  summary: (query: string, parts: string) => string;
  arcsCaption: string;
  modelNote: (layers: number, heads: number, width: number) => string;
  overviewHint: string;
  /** On a slide that shows one layer's heads at a time: which layer, and how to see the others. */
  overviewPage: (layer: number, nLayers: number) => string;
  openHead: (layer: number, head: number, pattern: string) => string;
  tile: (layer: number, head: number) => string;
  whatIf: string;
  temperature: string;
  causal: string;
  backToReal: string;
  stepTitle: string;
  stepFor: (token: string, layer: number, head: number) => string;
  steps: Record<Step, string>;
  explain: Record<Step, (dK: number) => string>;
  stepOf: (step: number, total: number, name: string) => string;
  play: string;
  pause: string;
  back: string;
  forward: string;
  restart: string;
  /** "Play through heads / layers": show the query's attention in each head (or layer) in turn. */
  playThrough: { heads: string; layers: string; stop: string; label: string; at: (layer: number, head: number) => string };
  queryVector: (dK: number) => string;
  output: (dK: number) => string;
  col: { key: string; keyVector: string; dot: string; scaled: string; masked: string; weight: string; contribution: string };
  hiddenLater: (count: number) => string;
  stepTableLabel: string;
  maskedValue: string;
  tableCaption: (layer: number, head: number) => string;
  queryKey: string;
  block: { name: (layer: number) => string; ln1: string; attention: string; add: string; ln2: string; ffn: string };
  blockCaption: string;
}

const en: AttentionStrings = {
  ...attentionViewStrings.en,
  title: 'Attention explorer',
  compactTitle: 'Attention inside a block',
  listJoin: ', ',
  emptyHint: 'Type a sentence above, or choose a sample, to see where each head of the tiny model looks.',
  layerHead: (layer, head) => `Layer ${layer}, head ${head}`,
  tokens: 'Tokens',
  tokensHint: 'Each chip is one token of the tiny model (a leading space is part of the word it starts). Choose one to make it the query; arrow keys move between tokens.',
  tokenAt: (token, position) => `“${token}” (position ${position})`,
  summary: (query, parts) => `${query} attends most to ${parts}.`,
  modelNote: (layers, heads, width) =>
    `The tiny model reads subword tokens: ${layers} layers × ${heads} heads, width ${width}, trained on tens of millions of tokens of simple text. Its heads look at the previous token, at their own token and at punctuation, one copies a repeated passage, and some find a verb’s subject or the name to give something to, in sentences built like the ones they practised; large models link words by meaning far more reliably.`,
  arcsCaption: 'Arcs from the chosen query to every token it reads; thicker means more weight. Faint arcs show the other tokens’ strongest links.',
  overviewHint: 'Each small map is one head (rows: queries, columns: keys). Choose one to open it.',
  overviewPage: (layer, nLayers) => `Layer ${layer} of ${nLayers}: the Layer menu above shows the others.`,
  openHead: (layer, head, pattern) => `Open layer ${layer}, head ${head}${pattern ? `: ${pattern}` : ''}`,
  tile: (layer, head) => `L${layer} · H${head}`,
  whatIf: 'What if…',
  temperature: 'Softmax temperature T',
  causal: 'Causal mask (hide later tokens)',
  backToReal: 'Back to the real model',
  stepTitle: 'Step by step, for one query',
  stepFor: (token, layer, head) => `Query ${token}, layer ${layer}, head ${head}`,
  steps: {
    query: 'The query',
    keys: 'The keys',
    dot: 'Dot products',
    scale: 'Divide by √d_k',
    mask: 'Causal mask',
    softmax: 'Softmax',
    sum: 'Weighted sum of values',
  },
  explain: {
    query: (d) => `The query token's vector (after layer normalisation) times W^Q gives its query: ${d} numbers.`,
    keys: () => 'Every token gets a key the same way, with W^K. The strips show each key’s numbers (blue positive, orange negative).',
    dot: () => 'Multiply the query with each key, number by number, and add up: a large dot product means a good match.',
    scale: (d) => `Divide every score by √${d} = ${Math.sqrt(d).toFixed(2)}, so that scores do not grow with the width d_k.`,
    mask: () => 'Tokens after the query are hidden: their score becomes −∞, so they will get zero weight.',
    softmax: () => 'Softmax turns the scores into weights: all positive, adding up to 1. Bigger gaps give sharper weights.',
    sum: (d) => `The output is the weighted average of the value vectors: ${d} numbers that go on to the next part of the block.`,
  },
  stepOf: (step, total, name) => `Step ${step} of ${total}: ${name}`,
  play: 'Play',
  pause: 'Pause',
  back: 'Previous step',
  forward: 'Next step',
  restart: 'Start again',
  playThrough: {
    heads: 'Play through heads',
    layers: 'Play through layers',
    stop: 'Stop',
    label: 'Play the attention through heads or layers',
    at: (layer, head) => `Showing layer ${layer}, head ${head}`,
  },
  queryVector: (d) => `q (${d} numbers)`,
  output: (d) => `z, the output (${d} numbers)`,
  col: { key: 'Key token', keyVector: 'k', dot: 'q·k', scaled: '÷√d_k', masked: 'mask', weight: 'weight α', contribution: 'α·v' },
  hiddenLater: (count) => `…and ${count} later ${count === 1 ? 'token' : 'tokens'}, all hidden by the mask`,
  maskedValue: '−∞',
  stepTableLabel: 'The numbers of each key, step by step',
  tableCaption: (layer, head) => `Attention weights of layer ${layer}, head ${head}. Each row is a query token, each column a key token; each row adds up to 1.`,
  queryKey: 'query ↓ / key →',
  block: { name: (layer) => `Block ${layer}`, ln1: 'Norm', attention: 'Attention', add: '+', ln2: 'Norm', ffn: 'Feed-forward' },
  blockCaption: 'Where this map comes from: the attention sublayer of the chosen block.',
};

const zh: AttentionStrings = {
  ...attentionViewStrings.zh,
  title: '注意力探索器',
  compactTitle: '块中的注意力',
  listJoin: '、',
  emptyHint: '在上面输入一个句子，或者选一个示例，看看小模型的每个注意力头在看哪里。',
  layerHead: (layer, head) => `第 ${layer} 层，第 ${head} 个头`,
  tokens: '词元',
  tokensHint: '每一块是小模型的一个词元（一个字或一个常用词）。选中一个作为查询；方向键可以在词元之间移动。',
  tokenAt: (token, position) => `“${token}”（第 ${position} 个）`,
  summary: (query, parts) => `${query}最关注${parts}。`,
  modelNote: (layers, heads, width) =>
    `这个小模型按字和常用词阅读：${layers} 层 × ${heads} 个头，宽度 ${width}，在几千万个词元的简单文本上训练过。它的头会关注前一个词元和最近的标点，最后一层有两个头会回头看刚提到的名字，还有一个较弱的归纳头会照抄重复的片段。大型模型还会按意思把词联系起来，可靠得多。`,
  arcsCaption: '弧线从选中的查询连到它读取的每个词元；越粗表示权重越大。浅色弧线是其他词元最强的连接。',
  overviewHint: '每张小图是一个头（行：查询，列：键）。点选一个即可打开。',
  overviewPage: (layer, nLayers) => `第 ${layer} 层（共 ${nLayers} 层）：用上方的“层”菜单查看其他层。`,
  openHead: (layer, head, pattern) => `打开第 ${layer} 层第 ${head} 个头${pattern ? `：${pattern}` : ''}`,
  tile: (layer, head) => `第 ${layer} 层·头 ${head}`,
  whatIf: '假设实验……',
  temperature: 'softmax 温度 T',
  causal: '因果掩码（遮住后面的词元）',
  backToReal: '回到真实模型',
  stepTitle: '逐步计算一个查询',
  stepFor: (token, layer, head) => `查询 ${token}，第 ${layer} 层，第 ${head} 个头`,
  steps: {
    query: '查询向量',
    keys: '键向量',
    dot: '点积',
    scale: '除以 √d_k',
    mask: '因果掩码',
    softmax: 'softmax',
    sum: '值向量的加权和',
  },
  explain: {
    query: (d) => `查询词元的向量（经过层归一化）乘以 W^Q，得到它的查询向量：${d} 个数。`,
    keys: () => '每个词元用同样的方法乘以 W^K 得到键向量。色条显示每个键的数值（蓝色为正，橙色为负）。',
    dot: () => '把查询和每个键逐个数相乘再相加：点积越大，匹配得越好。',
    scale: (d) => `每个分数都除以 √${d} = ${Math.sqrt(d).toFixed(2)}，这样分数不会随宽度 d_k 变大。`,
    mask: () => '查询之后的词元被遮住：它们的分数变成 −∞，权重因此为零。',
    softmax: () => 'softmax 把分数变成权重：全都为正，加起来等于 1。分数差距越大，权重越集中。',
    sum: (d) => `输出是值向量的加权平均：${d} 个数，传给块的下一部分。`,
  },
  stepOf: (step, total, name) => `第 ${step} 步（共 ${total} 步）：${name}`,
  play: '播放',
  pause: '暂停',
  back: '上一步',
  forward: '下一步',
  restart: '从头开始',
  playThrough: {
    heads: '逐个头播放',
    layers: '逐层播放',
    stop: '停止',
    label: '依次播放各个头或各层的注意力',
    at: (layer, head) => `正在显示第 ${layer} 层，第 ${head} 个头`,
  },
  queryVector: (d) => `q（${d} 个数）`,
  output: (d) => `z，输出（${d} 个数）`,
  col: { key: '键词元', keyVector: 'k', dot: 'q·k', scaled: '÷√d_k', masked: '掩码', weight: '权重 α', contribution: 'α·v' },
  hiddenLater: (count) => `……以及后面 ${count} 个词元，全部被掩码遮住`,
  maskedValue: '−∞',
  stepTableLabel: '每个键的数值，逐步计算',
  tableCaption: (layer, head) => `第 ${layer} 层第 ${head} 个头的注意力权重。每行是一个查询词元，每列是一个键词元；每行加起来等于 1。`,
  queryKey: '查询 ↓ / 键 →',
  block: { name: (layer) => `第 ${layer} 块`, ln1: '层归一化', attention: '注意力', add: '+', ln2: '层归一化', ffn: '前馈网络' },
  blockCaption: '这张图来自哪里：所选块中的注意力子层。',
};

export const attentionStrings: Record<Locale, AttentionStrings> = { en, zh };
