/**
 * Every word the positional-encoding explorer shows, in English and Simplified Chinese:
 * labels, readouts, notices, table headers and accessible names.
 *
 * The views never contain prose; a reader switching language gets
 * the same widget with every string from here. Numbers arrive already formatted.
 */
import type { Locale } from '@/lib/i18n/locales';
import { punctuation, type Punctuation } from '@/lib/i18n/punctuation';
import type { View } from './kinds';

export interface PositionalStrings {
  title: string;
  viewsLabel: string;
  views: Record<View, string>;
  /** Punctuation for text assembled from these strings. */
  punct: Punctuation;
  /** "Used by …" line under a view, given the model list already joined. */
  usedBy: (models: string) => string;
  /** Joins model names ("A, B and C"). */
  joinModels: (names: string[]) => string;
  /** Suffix for the rotary list. */
  mostOpenModels: string;
  originalTransformer: string;
  positions: string;
  dims: string;
  pos: string;
  posClamped: (pos: number, max: number) => string;
  position: string;
  dimension: string;
  // sinusoidal
  heatmapTitle: (positions: number, dims: number) => string;
  heatmapLabel: (positions: number, dims: number) => string;
  cellLine: (pos: number, dim: number, value: string) => string;
  cellFormula: (fn: string, pos: number, twoI: number, d: number, angle: string) => string;
  formulaTitle: string;
  formulaWhere: string;
  formulaCell: (pos: number, dim: number, pair: number, d: number) => string;
  formulaWavelength: (lambda: string) => string;
  hint: string;
  wavesTitle: string;
  wavesLabel: string;
  waveLine: (dim: number, lambda: string) => string;
  waveRatio: (ratio: string) => string;
  // distance
  distanceTitle: (positions: number, dims: number) => string;
  distanceLabel: string;
  dotLine: (a: number, b: number, value: string) => string;
  offsetLine: (offset: string) => string;
  ropeOffset: (offset: string) => string;
  curveTitle: (pos: number) => string;
  curveLabel: (pos: number) => string;
  dotProduct: string;
  spread: (value: string) => string;
  // learned
  /** While the learned position table downloads. */
  loadingTable: string;
  /** When it could not be loaded (with a retry button). */
  tableFailed: string;
  retry: string;
  learnedVectorsTitle: (n: number, d: number) => string;
  learnedVectorsLabel: string;
  learnedCell: (pos: number, dim: number, value: string) => string;
  learnedSimTitle: string;
  sinusoidalSimTitle: (d: number) => string;
  cosineLine: (a: number, b: number, value: string) => string;
  cosineNote: string;
  learnedCurveTitle: (pos: number) => string;
  learnedLegend: string;
  /** Where the learned vectors come from, and what the site's current models use instead. */
  learnedSource: (n: number, d: number) => string;
  sinusoidalLegend: string;
  cosine: string;
  spreadCompare: (learned: string, sinusoidal: string) => string;
  // rotary
  queryPosition: string;
  keyPosition: string;
  previous: string;
  next: string;
  pairTitle: (i: number, theta: string) => string;
  pairAngle: (angle: string) => string;
  queryLegend: string;
  keyLegend: string;
  ropeScore: (m: number, n: number, score: string) => string;
  ropeGridTitle: string;
  ropeGridLabel: string;
  ropeCell: (m: number, n: number, score: string) => string;
  sameOffset: (offset: string) => string;
  ropeSpread: (value: string) => string;
  pairsLabel: string;
  // order
  sentence: string;
  shuffle: string;
  originalOrder: string;
  shuffledOrder: string;
  noPositions: string;
  withPositions: string;
  inOriginal: string;
  afterShuffle: string;
  difference: string;
  orderVerdictSame: (max: string) => string;
  orderVerdictDifferent: (max: string) => string;
  orderNote: (dim: number) => string;
  orderLabel: (setting: string) => string;
  /** The slide's table of the demo: its title, its description, and the fold holding the vectors. */
  orderSummaryTitle: string;
  orderSummaryLabel: string;
  orderVectors: string;
  // add
  word: string;
  back: string;
  nextStep: string;
  stepOf: (step: number, total: number) => string;
  addSteps: string[];
  embeddingRow: (word: string) => string;
  positionRow: (pos: number) => string;
  sumRow: string;
  addLabel: string;
  addNote: (dim: number) => string;
  /** The button that opens addNote on a slide (components/widget/SlideFold.tsx). */
  aboutExample: string;
  // tables
  tableCaption: Record<View, (pos: number) => string>;
  columns: {
    pair: string;
    fn: string;
    angle: string;
    value: string;
    wavelength: string;
    offset: string;
    learned: string;
    sinusoidal: string;
    setting: string;
    m: string;
    n: string;
    score: string;
    theta: string;
    qAngle: string;
    kAngle: string;
    e: string;
    p: string;
    sum: string;
  };
}

const en: PositionalStrings = {
  title: 'Positional encoding explorer',
  viewsLabel: 'What to explore',
  views: { order: 'Why order?', add: 'Adding a position', sinusoidal: 'Sinusoidal', distance: 'Distance', learned: 'Learned', rotary: 'Rotary (RoPE)' },
  punct: punctuation.en,
  usedBy: (models) => `Used by ${models}.`,
  joinModels: (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`),
  mostOpenModels: 'most open models since',
  originalTransformer: 'the original Transformer',
  positions: 'Positions',
  dims: 'Dimensions (d_model)',
  pos: 'Position',
  posClamped: (pos, max) => `Position ${pos} is outside this view, so position ${max} is shown.`,
  position: 'position',
  dimension: 'dimension',
  heatmapTitle: (p, d) => `PE for positions 0–${p - 1} × dimensions 0–${d - 1}`,
  heatmapLabel: (p, d) => `Heatmap of the sinusoidal encoding, ${p} positions (rows) by ${d} dimensions (columns). Arrow keys move the highlighted cell; its value is read out.`,
  cellLine: (pos, dim, value) => `PE(${pos}, ${dim}) = ${value}`,
  cellFormula: (fn, pos, twoI, d, angle) => `= ${fn}(${pos} / 10000^(${twoI}/${d})) = ${fn}(${angle})`,
  formulaTitle: 'The formula',
  formulaWhere: 'The highlighted cell, computed:',
  formulaCell: (pos, dim, pair, d) => `pos = ${pos}, dimension ${dim}: pair i = ${pair}, d_model = ${d}`,
  formulaWavelength: (lambda) => `This pair repeats every 2π·10000^(2i/d_model) ≈ ${lambda} positions.`,
  hint: 'Point at, tap or use the arrow keys on the heatmap.',
  wavesTitle: 'The waves of a few dimensions',
  wavesLabel: 'Line charts of a few sine dimensions of the encoding against position; each repeats with a longer wavelength than the one above.',
  waveLine: (dim, lambda) => `dim ${dim}: wavelength ${lambda}`,
  waveRatio: (ratio) => `Each wavelength is ${ratio} times the one above it: the wavelengths grow geometrically.`,
  distanceTitle: (p, d) => `PE(a) · PE(b) for ${p} positions, d_model = ${d}`,
  distanceLabel: 'Matrix of dot products between the encodings of every pair of positions. Arrow keys move the highlighted pair.',
  dotLine: (a, b, v) => `PE(${a}) · PE(${b}) = ${v}`,
  offsetLine: (k) => `offset b − a = ${k}`,
  ropeOffset: (k) => `offset n − m = ${k}`,
  curveTitle: (pos) => `Similarity of position ${pos} to every position`,
  curveLabel: (pos) => `Line chart of the dot product between position ${pos} and every other position; it peaks at ${pos} and is symmetric around it.`,
  dotProduct: 'dot product',
  spread: (v) => `Along every diagonal (a fixed offset b − a) the values agree to within ${v}: the dot product depends only on the distance.`,
  loadingTable: 'Loading the learned position table…',
  tableFailed: 'The learned position table could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  learnedVectorsTitle: (n, d) => `Learned position vectors: ${n} positions × ${d} dimensions`,
  learnedVectorsLabel: 'Heatmap of the learned position embeddings of a model built like the site’s own, positions as rows and dimensions as columns.',
  learnedCell: (pos, dim, v) => `P[${pos}][${dim}] = ${v}`,
  learnedSimTitle: 'Learned (trained)',
  sinusoidalSimTitle: (d) => `Sinusoidal (d_model = ${d})`,
  cosineLine: (a, b, v) => `cos(${a}, ${b}) = ${v}`,
  cosineNote: 'Both matrices show the cosine similarity of two position vectors (their dot product divided by both lengths), so the two are on the same scale.',
  learnedCurveTitle: (pos) => `Cosine similarity of position ${pos} to every position`,
  learnedLegend: 'learned',
  learnedSource: (n, d) =>
    `These ${n} position vectors of ${d} dimensions come from a model built like the site’s own (the same layers, widths and context) but trained with learned position embeddings. The site’s current models use rotary positions instead, as LLaMA does (see the Rotary view).`,
  sinusoidalLegend: 'sinusoidal',
  cosine: 'cosine',
  spreadCompare: (l, s) => `Largest spread along a diagonal: learned ${l}, sinusoidal ${s}. Training made nearby positions similar, but not as a function of the offset alone.`,
  queryPosition: 'Query position m',
  keyPosition: 'Key position n',
  previous: 'Previous position',
  next: 'Next position',
  pairTitle: (i, theta) => `pair ${i}: θ = ${theta}`,
  pairAngle: (a) => `turned ${a} rad`,
  queryLegend: 'query q, rotated by m·θ',
  keyLegend: 'key k, rotated by n·θ',
  ropeScore: (m, n, s) => `q rotated to ${m} · k rotated to ${n} = ${s}`,
  ropeGridTitle: 'qₘ · kₙ: each diagonal holds one value',
  ropeGridLabel: 'Matrix of rotated query-key dot products for a window of positions; every diagonal (fixed offset) holds a single value. Arrow keys move the highlighted pair.',
  ropeCell: (m, n, s) => `q at ${m} · k at ${n} = ${s}`,
  sameOffset: (k) => `The same offset n − m = ${k} at other positions:`,
  ropeSpread: (v) => `Largest spread along any diagonal of the window: ${v}, so the score depends only on n − m.`,
  pairsLabel: 'Four circles, one per pair of dimensions, each showing the query and key pair as arrows rotated by their positions.',
  sentence: 'Sentence',
  shuffle: 'Shuffle again',
  originalOrder: 'Original order',
  shuffledOrder: 'Shuffled',
  noPositions: 'Without position information',
  withPositions: 'With sinusoidal positions added',
  inOriginal: 'original',
  afterShuffle: 'shuffled',
  difference: 'largest |difference|',
  orderVerdictSame: (m) => `Every word keeps its output vector (largest difference ${m}): the outputs are the same vectors, only permuted.`,
  orderVerdictDifferent: (m) => `The words’ outputs change (largest difference ${m}): the model now sees the order.`,
  orderNote: (d) =>
    `One self-attention layer with fixed seeded projections W_Q, W_K, W_V on ${d}-dimensional toy word vectors, computed live. Each row compares a word’s output in the original sentence with its output after shuffling.`,
  orderLabel: (setting) => `Self-attention outputs of each word before and after shuffling, ${setting}.`,
  orderSummaryTitle: 'How far each word’s output moves when the sentence is shuffled (largest |difference|)',
  orderSummaryLabel: 'For each word, the largest difference between its self-attention output before and after shuffling, without and with sinusoidal positions.',
  orderVectors: 'The output vectors, number by number',
  word: 'Word',
  back: 'Back',
  nextStep: 'Next step',
  stepOf: (s, n) => `Step ${s} of ${n}`,
  addSteps: [
    'The token’s embedding e: a vector that says what the word is.',
    'The position vector p: the sinusoidal encoding of its position.',
    'Add them dimension by dimension: each p bar is stacked on the e bar.',
    'The result x = e + p enters the first layer: the same word at another position gives another vector.',
  ],
  embeddingRow: (w) => `e(“${w}”)`,
  positionRow: (pos) => `p(${pos})`,
  sumRow: 'x = e + p',
  addLabel: 'Bar charts of the token embedding, the position vector and their sum, one bar per dimension.',
  addNote: (d) => `A toy ${d}-dimensional embedding (seeded random numbers) and the sinusoidal encoding of the same width.`,
  aboutExample: 'About this example',
  tableCaption: {
    order: () => 'Self-attention outputs of each word, in the original order and after shuffling',
    add: (pos) => `Token embedding, position vector for position ${pos}, and their sum`,
    sinusoidal: (pos) => `The sinusoidal encoding of position ${pos}, every dimension`,
    distance: (pos) => `Dot product of PE(${pos}) with the encoding of every position`,
    learned: (pos) => `Cosine similarity of position ${pos} to every position, learned and sinusoidal`,
    rotary: () => 'Rotation of each pair, and rotated query-key scores at the same offset',
  },
  columns: {
    pair: 'pair i',
    fn: 'function',
    angle: 'angle (rad)',
    value: 'value',
    wavelength: 'wavelength',
    offset: 'offset',
    learned: 'learned',
    sinusoidal: 'sinusoidal',
    setting: 'setting',
    m: 'm',
    n: 'n',
    score: 'qₘ · kₙ',
    theta: 'θ_i',
    qAngle: 'query angle m·θ_i',
    kAngle: 'key angle n·θ_i',
    e: 'e',
    p: 'p',
    sum: 'e + p',
  },
};

const zh: PositionalStrings = {
  title: '位置编码探索器',
  viewsLabel: '要探索的内容',
  views: { order: '为什么需要顺序', add: '加上位置', sinusoidal: '正弦编码', distance: '距离结构', learned: '可学习嵌入', rotary: '旋转（RoPE）' },
  punct: punctuation.zh,
  usedBy: (models) => `采用者：${models}。`,
  joinModels: (names) => names.join('、'),
  mostOpenModels: '此后大多数开放模型',
  originalTransformer: '原始 Transformer',
  positions: '位置数',
  dims: '维度数（d_model）',
  pos: '位置',
  posClamped: (pos, max) => `位置 ${pos} 超出了当前视图，改为显示位置 ${max}。`,
  position: '位置',
  dimension: '维度',
  heatmapTitle: (p, d) => `位置 0–${p - 1} × 维度 0–${d - 1} 的 PE`,
  heatmapLabel: (p, d) => `正弦位置编码热图：${p} 个位置（行）× ${d} 个维度（列）。方向键移动高亮单元格，并读出它的数值。`,
  cellLine: (pos, dim, value) => `PE(${pos}, ${dim}) = ${value}`,
  cellFormula: (fn, pos, twoI, d, angle) => `= ${fn}(${pos} / 10000^(${twoI}/${d})) = ${fn}(${angle})`,
  formulaTitle: '公式',
  formulaWhere: '高亮单元格的计算：',
  formulaCell: (pos, dim, pair, d) => `pos = ${pos}，维度 ${dim}：第 i = ${pair} 对，d_model = ${d}`,
  formulaWavelength: (lambda) => `这一对每隔 2π·10000^(2i/d_model) ≈ ${lambda} 个位置重复一次。`,
  hint: '在热图上指向、轻点，或使用方向键。',
  wavesTitle: '几个维度的波形',
  wavesLabel: '编码中几个正弦维度随位置变化的折线图；越往下的维度，波长越长。',
  waveLine: (dim, lambda) => `维度 ${dim}：波长 ${lambda}`,
  waveRatio: (ratio) => `每条的波长是上一条的 ${ratio} 倍：波长按等比数列增长。`,
  distanceTitle: (p, d) => `${p} 个位置的 PE(a) · PE(b)，d_model = ${d}`,
  distanceLabel: '每一对位置的编码之间点积构成的矩阵。方向键移动高亮的位置对。',
  dotLine: (a, b, v) => `PE(${a}) · PE(${b}) = ${v}`,
  offsetLine: (k) => `偏移 b − a = ${k}`,
  ropeOffset: (k) => `偏移 n − m = ${k}`,
  curveTitle: (pos) => `位置 ${pos} 与每个位置的相似度`,
  curveLabel: (pos) => `位置 ${pos} 与其他每个位置的点积折线图；在 ${pos} 处最大，并且左右对称。`,
  dotProduct: '点积',
  spread: (v) => `每条对角线（固定偏移 b − a）上的数值相差不超过 ${v}：点积只取决于距离。`,
  loadingTable: '正在加载学到的位置表……',
  tableFailed: '学到的位置表加载失败。请检查网络连接后重试。',
  retry: '重试',
  learnedVectorsTitle: (n, d) => `学到的位置向量：${n} 个位置 × ${d} 个维度`,
  learnedVectorsLabel: '一个与本站模型结构相同的模型所学到的位置嵌入的热图，行是位置，列是维度。',
  learnedCell: (pos, dim, v) => `P[${pos}][${dim}] = ${v}`,
  learnedSimTitle: '可学习（训练所得）',
  sinusoidalSimTitle: (d) => `正弦（d_model = ${d}）`,
  cosineLine: (a, b, v) => `cos(${a}, ${b}) = ${v}`,
  cosineNote: '两个矩阵都显示两个位置向量的余弦相似度（点积除以两者的长度），因此两者尺度相同。',
  learnedCurveTitle: (pos) => `位置 ${pos} 与每个位置的余弦相似度`,
  learnedLegend: '可学习',
  learnedSource: (n, d) =>
    `这 ${n} 个 ${d} 维的位置向量来自一个与本站模型结构相同（层数、宽度和上下文长度都一样）、但使用可学习的位置嵌入训练的模型。本站现在的模型则和 LLaMA 一样使用旋转位置编码（见“旋转（RoPE）”视图）。`,
  sinusoidalLegend: '正弦',
  cosine: '余弦',
  spreadCompare: (l, s) => `对角线上的最大差异：可学习 ${l}，正弦 ${s}。训练让相邻位置彼此相似，但相似度并不只取决于偏移。`,
  queryPosition: '查询位置 m',
  keyPosition: '键位置 n',
  previous: '上一个位置',
  next: '下一个位置',
  pairTitle: (i, theta) => `第 ${i} 对：θ = ${theta}`,
  pairAngle: (a) => `转了 ${a} 弧度`,
  queryLegend: '查询 q，旋转 m·θ',
  keyLegend: '键 k，旋转 n·θ',
  ropeScore: (m, n, s) => `位置 ${m} 处旋转后的 q · 位置 ${n} 处旋转后的 k = ${s}`,
  ropeGridTitle: 'qₘ · kₙ：每条对角线上只有一个值',
  ropeGridLabel: '一段位置范围内旋转后查询与键点积的矩阵；每条对角线（固定偏移）上的值都相同。方向键移动高亮的位置对。',
  ropeCell: (m, n, s) => `位置 ${m} 的 q · 位置 ${n} 的 k = ${s}`,
  sameOffset: (k) => `同样的偏移 n − m = ${k} 出现在其他位置时：`,
  ropeSpread: (v) => `窗口内任一对角线上的最大差异：${v}，所以分数只取决于 n − m。`,
  pairsLabel: '四个圆，每对维度一个，用箭头表示按位置旋转后的查询和键。',
  sentence: '句子',
  shuffle: '重新打乱',
  originalOrder: '原来的顺序',
  shuffledOrder: '打乱后',
  noPositions: '没有位置信息',
  withPositions: '加上正弦位置编码',
  inOriginal: '原顺序',
  afterShuffle: '打乱后',
  difference: '最大 |差值|',
  orderVerdictSame: (m) => `每个词的输出向量都没变（最大差值 ${m}）：输出还是那些向量，只是换了顺序。`,
  orderVerdictDifferent: (m) => `各词的输出变了（最大差值 ${m}）：模型这时能看出顺序。`,
  orderNote: (d) => `一层自注意力，投影 W_Q、W_K、W_V 固定（由种子生成），作用在 ${d} 维的示例词向量上，实时计算。每一行比较一个词在原句中的输出和打乱后的输出。`,
  orderLabel: (setting) => `打乱前后每个词的自注意力输出，${setting}。`,
  orderSummaryTitle: '打乱句子后，每个词的输出变了多少（最大 |差值|）',
  orderSummaryLabel: '每个词在打乱前后的自注意力输出之间的最大差值，分别为没有位置信息和加上正弦位置编码时。',
  orderVectors: '逐个数字看输出向量',
  word: '词',
  back: '上一步',
  nextStep: '下一步',
  stepOf: (s, n) => `第 ${s} 步，共 ${n} 步`,
  addSteps: ['词元的嵌入 e：表示这个词是什么的向量。', '位置向量 p：它所在位置的正弦编码。', '逐维相加：把每根 p 柱叠到 e 柱上。', '结果 x = e + p 进入第一层：同一个词换个位置，就是另一个向量。'],
  embeddingRow: (w) => `e（“${w}”）`,
  positionRow: (pos) => `p(${pos})`,
  sumRow: 'x = e + p',
  addLabel: '词元嵌入、位置向量及其和的柱状图，每个维度一根柱子。',
  addNote: (d) => `一个 ${d} 维的示例嵌入（由种子生成的随机数），以及同样宽度的正弦位置编码。`,
  aboutExample: '关于这个示例',
  tableCaption: {
    order: () => '每个词在原顺序和打乱后的自注意力输出',
    add: (pos) => `词元嵌入、位置 ${pos} 的位置向量及两者之和`,
    sinusoidal: (pos) => `位置 ${pos} 的正弦编码，全部维度`,
    distance: (pos) => `PE(${pos}) 与每个位置编码的点积`,
    learned: (pos) => `位置 ${pos} 与每个位置的余弦相似度：可学习与正弦`,
    rotary: () => '每对维度的旋转角度，以及相同偏移下旋转后的查询-键分数',
  },
  columns: {
    pair: '第 i 对',
    fn: '函数',
    angle: '角度（弧度）',
    value: '数值',
    wavelength: '波长',
    offset: '偏移',
    learned: '可学习',
    sinusoidal: '正弦',
    setting: '设置',
    m: 'm',
    n: 'n',
    score: 'qₘ · kₙ',
    theta: 'θ_i',
    qAngle: '查询角度 m·θ_i',
    kAngle: '键角度 n·θ_i',
    e: 'e',
    p: 'p',
    sum: 'e + p',
  },
};

export const positionalStrings: Record<Locale, PositionalStrings> = { en, zh };
