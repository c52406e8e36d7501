/** Every word the transformer block explorer shows, in both languages. */
import type { Locale } from '@/lib/i18n/locales';
import { punctuation, type Punctuation } from '@/lib/i18n/punctuation';
import type { PartId } from './math';

export interface PartText {
  /** Short label drawn in the diagram. */
  label: string;
  /** Full name for the detail panel and screen readers. */
  name: string;
  /** What the part does, in plain words. */
  does: string;
  /** Its parameter count as a formula in the size names (plain text). */
  count: string;
}

export interface BlockStrings {
  title: string;
  presets: string;
  tinyModel: string;
  tinyLoading: string;
  sizes: string;
  size: Record<'layers' | 'dModel' | 'heads' | 'dFF' | 'vocab' | 'context', string>;
  invalidSize: string;
  headsDontDivide: (d: number, h: number) => string;
  total: string;
  totalFormula: string;
  published: (figure: string, diff: string) => string;
  gpt2Note: string;
  bertNote: string;
  tinyNote: string;
  diagramLabel: string;
  repeat: (layers: number) => string;
  residual: string;
  parts: Record<PartId, PartText>;
  whatItDoes: string;
  formula: string;
  shapes: string;
  /** Punctuation for text assembled from these strings. */
  punct: Punctuation;
  input: string;
  output: string;
  /** The diagram's ends: the input and output with their shapes. */
  inputShape: string;
  outputShape: string;
  inner: Record<'perHead' | 'attentionMap' | 'hidden' | 'logits', string>;
  shapeNote: (n: number) => string;
  parameters: string;
  perBlock: (layers: number, total: string) => string;
  noParameters: string;
  parameterUnit: string;
  table: { part: string; formula: string; once: string; times: string; total: string; embedding: string; blocks: string; head: string };
  // Residual stream
  streamTitle: string;
  sentence: string;
  samples: string;
  stage: Record<'embed' | 'attn' | 'ffn', (layer: number) => string>;
  streamLabel: string;
  scrollHint: string;
  normOf: (token: string, stage: string, value: string) => string;
  truncated: (n: number) => string;
  unknownChars: string;
  token: string;
  tokenPosition: (i: number) => string;
}

export const blockStrings: Record<Locale, BlockStrings> = {
  en: {
    title: 'Transformer block explorer',
    presets: 'Model sizes',
    tinyModel: 'Tiny model',
    tinyLoading: 'Tiny model (loading…)',
    sizes: 'Sizes',
    size: { layers: 'Layers L', dModel: 'Width d_model', heads: 'Heads h', dFF: 'Feed-forward width d_ff', vocab: 'Vocabulary V', context: 'Context T' },
    invalidSize: 'Not a whole number in range; the previous value is kept.',
    headsDontDivide: (d, h) => `${h} heads do not divide d_model = ${d} evenly: each head would need ${(d / h).toFixed(2)} dimensions. Real models choose d_model as a multiple of h.`,
    total: 'Total parameters',
    totalFormula: 'embeddings + L × one block + output head',
    published: (figure, diff) => `Published: ${figure} (computed differs by ${diff}).`,
    gpt2Note:
      'GPT-2 small is listed as 117M in its paper; OpenAI later wrote that the paper’s counts were wrong and gives 124M, the size of the released checkpoint. This calculator counts every stored weight (embeddings included, output layer tied to the token embedding), which is the 124M convention.',
    bertNote: 'BERT also has two segment embeddings and a pooler layer (about 0.6M) that a GPT-style stack does not have; they make up most of the 1% gap.',
    tinyNote: 'The tiny model also has a bias on its output layer, one number per vocabulary entry.',
    diagramLabel: 'Parts of one pre-LN transformer block. Use the arrow keys to choose a part.',
    repeat: (layers) => `× ${layers} blocks`,
    residual: 'residual',
    parts: {
      embed: {
        label: 'Embedding',
        name: 'Token and position embedding',
        does: 'Looks up a learned vector for each token id and adds a learned vector for its position. This is the residual stream’s starting value.',
        count: 'V·d_model + T·d_model',
      },
      ln1: {
        label: 'LayerNorm 1',
        name: 'Layer normalisation before attention',
        does: 'Rescales each token’s vector to mean 0 and variance 1, then applies a learned gain and bias. It only changes the copy that attention reads, not the stream itself.',
        count: '2·d_model',
      },
      attn: {
        label: 'Multi-head self-attention',
        name: 'Multi-head self-attention',
        does: 'The only place where tokens exchange information. Each head compares every token’s query with earlier tokens’ keys and mixes their values; the heads are concatenated and projected back to d_model.',
        count: '4·d_model² + 4·d_model',
      },
      add1: { label: '+', name: 'Residual add after attention', does: 'Adds attention’s output to the block’s input, so attention only has to learn a change. No parameters.', count: '0' },
      ln2: {
        label: 'LayerNorm 2',
        name: 'Layer normalisation before the feed-forward network',
        does: 'Normalises the updated stream again, with its own gain and bias, for the feed-forward network to read.',
        count: '2·d_model',
      },
      ffn: {
        label: 'Feed-forward',
        name: 'Position-wise feed-forward network',
        does: 'A two-layer network applied to every token on its own: widen to d_ff, apply GELU, narrow back to d_model. It holds about two thirds of a block’s parameters.',
        count: '2·d_model·d_ff + d_ff + d_model',
      },
      add2: {
        label: '+',
        name: 'Residual add after the feed-forward network',
        does: 'Adds the feed-forward output to the stream. The result has the input’s shape and goes to the next block. No parameters.',
        count: '0',
      },
      head: {
        label: 'Output head',
        name: 'Final layer norm and output layer',
        does: 'After the last block, a final layer norm, then a multiplication by the token embedding table (shared, “tied”) gives one score per vocabulary entry for the next token.',
        count: '2·d_model (+ V for an output bias)',
      },
    },
    whatItDoes: 'What it does',
    formula: 'Formula',
    shapes: 'Shapes',
    punct: punctuation.en,
    input: 'In',
    output: 'Out',
    inputShape: 'In: [n]',
    outputShape: 'Out: [n × V]',
    inner: { perHead: 'per head', attentionMap: 'attention weights', hidden: 'hidden layer', logits: 'scores' },
    shapeNote: (n) => `for a sequence of n = ${n} tokens (the full context)`,
    parameters: 'Parameters',
    perBlock: (layers, total) => `per block; × ${layers} blocks = ${total}`,
    noParameters: 'none: a sum has nothing to learn',
    parameterUnit: 'parameters',
    table: { part: 'Part', formula: 'Count formula', once: 'Once', times: 'Times', total: 'Total', embedding: 'Embeddings', blocks: 'Blocks', head: 'Output head' },
    streamTitle: 'The residual stream through the tiny model',
    sentence: 'Sentence',
    samples: 'Samples',
    stage: { embed: () => 'embedding', attn: (l) => `block ${l} + attention`, ffn: (l) => `block ${l} + FFN` },
    streamLabel: 'Heat map: rows are stages of the residual stream, columns are tokens; the shade and the number in each cell give the vector norm.',
    scrollHint: 'Scroll sideways (or use the arrow keys) for the remaining tokens.',
    normOf: (token, stage, value) => `${token}, ${stage}: norm ${value}`,
    truncated: (n) => `Only the first ${n} tokens fit the tiny model’s context; the rest is left out.`,
    unknownChars: 'Characters the tiny model has no token for are read as the bytes of their UTF-8 encoding, one token per byte.',
    token: 'Token',
    tokenPosition: (i) => `position ${i}`,
  },
  zh: {
    title: 'Transformer 块探索器',
    presets: '模型规模',
    tinyModel: '小模型',
    tinyLoading: '小模型（加载中……）',
    sizes: '尺寸',
    size: { layers: '层数 L', dModel: '宽度 d_model', heads: '头数 h', dFF: '前馈宽度 d_ff', vocab: '词表大小 V', context: '上下文 T' },
    invalidSize: '不是范围内的整数，已保留原来的值。',
    headsDontDivide: (d, h) => `${h} 个头不能整除 d_model = ${d}：每个头要分到 ${(d / h).toFixed(2)} 维。实际模型都把 d_model 取为 h 的倍数。`,
    total: '参数总量',
    totalFormula: '嵌入 + L × 单个块 + 输出头',
    published: (figure, diff) => `公布值：${figure}（计算值相差 ${diff}）。`,
    gpt2Note:
      'GPT-2 small 在论文里写的是 1.17 亿；OpenAI 后来说明论文中的参数量有误，给出 1.24 亿，即发布的模型文件的大小。本计算器统计所有存储的权重（包括嵌入，输出层与词元嵌入共享），采用的就是 1.24 亿的口径。',
    bertNote: 'BERT 另有两个句段嵌入和一个池化层（约 60 万个参数），GPT 式的堆叠没有这些；约 1% 的差距主要来自它们。',
    tinyNote: '小模型的输出层还有偏置，每个词表条目一个数。',
    diagramLabel: '一个 pre-LN Transformer 块的各个部分。用方向键选择部分。',
    repeat: (layers) => `× ${layers} 个块`,
    residual: '残差',
    parts: {
      embed: { label: '嵌入', name: '词元嵌入与位置嵌入', does: '为每个词元编号查出一个学到的向量，再加上它所在位置的学到的向量。这就是残差流的起点。', count: 'V·d_model + T·d_model' },
      ln1: {
        label: '层归一化 1',
        name: '注意力之前的层归一化',
        does: '把每个词元的向量缩放到均值 0、方差 1，再乘以学到的增益、加上偏置。它只改变注意力读到的那份副本，不改变残差流本身。',
        count: '2·d_model',
      },
      attn: {
        label: '多头自注意力',
        name: '多头自注意力',
        does: '块中唯一让词元之间交换信息的地方。每个头把每个词元的查询与前面词元的键比较，按权重混合它们的值；各头拼接后再投影回 d_model。',
        count: '4·d_model² + 4·d_model',
      },
      add1: { label: '+', name: '注意力之后的残差相加', does: '把注意力的输出加到块的输入上，所以注意力只需学习一个“改变量”。没有参数。', count: '0' },
      ln2: { label: '层归一化 2', name: '前馈网络之前的层归一化', does: '用自己的增益和偏置，再次对更新后的残差流做归一化，供前馈网络读取。', count: '2·d_model' },
      ffn: {
        label: '前馈网络',
        name: '逐位置前馈网络',
        does: '对每个词元单独作用的两层网络：先扩展到 d_ff，经过 GELU，再收缩回 d_model。它约占一个块参数的三分之二。',
        count: '2·d_model·d_ff + d_ff + d_model',
      },
      add2: { label: '+', name: '前馈网络之后的残差相加', does: '把前馈网络的输出加到残差流上。结果与输入形状相同，送往下一个块。没有参数。', count: '0' },
      head: {
        label: '输出头',
        name: '最终层归一化与输出层',
        does: '最后一个块之后，先做一次层归一化，再乘以词元嵌入表（共享，即“绑定”），为词表中每个条目给出下一个词元的分数。',
        count: '2·d_model（有输出偏置时 + V）',
      },
    },
    whatItDoes: '作用',
    formula: '公式',
    shapes: '形状',
    punct: punctuation.zh,
    input: '输入',
    output: '输出',
    inputShape: '输入：[n]',
    outputShape: '输出：[n × V]',
    inner: { perHead: '每个头', attentionMap: '注意力权重', hidden: '隐藏层', logits: '分数' },
    shapeNote: (n) => `序列长度 n = ${n}（整个上下文）`,
    parameters: '参数',
    perBlock: (layers, total) => `（每个块）；× ${layers} 个块 = ${total}`,
    noParameters: '没有：求和不需要学习任何东西',
    parameterUnit: '个参数',
    table: { part: '部分', formula: '计数公式', once: '每份参数', times: '重复次数', total: '合计', embedding: '嵌入', blocks: '各块', head: '输出头' },
    streamTitle: '小模型中的残差流',
    sentence: '句子',
    samples: '示例',
    stage: { embed: () => '嵌入', attn: (l) => `第 ${l} 块 + 注意力`, ffn: (l) => `第 ${l} 块 + 前馈` },
    streamLabel: '热图：行是残差流的各个阶段，列是词元；每格的深浅和数字给出向量范数。',
    scrollHint: '横向滚动（或用方向键）查看其余词元。',
    normOf: (token, stage, value) => `${token}，${stage}：范数 ${value}`,
    truncated: (n) => `小模型的上下文只容得下前 ${n} 个词元，其余部分未计入。`,
    unknownChars: '小模型词表里没有的字符，会被拆成 UTF-8 字节来读，一个字节一个词元。',
    token: '词元',
    tokenPosition: (i) => `位置 ${i}`,
  },
};
