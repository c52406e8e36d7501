/**
 * Every word the generation widget shows or speaks, in both languages. Shared frame
 * words (copy link, download, table toggle) come from lib/i18n/widgetStrings.
 */
import type { Locale } from '@/lib/i18n/locales';

export interface GenerationStrings {
  title: string;
  compactTitle: string;
  prompt: string;
  tryPrompt: string;
  emptyHint: string;
  promptCut: (kept: number) => string;
  unknown: string;
  next: string;
  play: string;
  pause: string;
  back: string;
  restart: string;
  stepOf: (step: number, max: number) => string;
  temperature: string;
  temperatureHint: string;
  topK: string;
  topKAll: string;
  topKHint: (vocab: number) => string;
  seed: string;
  noCache: string;
  noCacheHint: string;
  text: string;
  embedding: string;
  layer: (l: number) => string;
  head: (h: number) => string;
  distribution: string;
  drawn: string;
  phases: { embed: string; layer: (l: number) => string; bars: string; append: string };
  idle: string;
  stepSummary: (processed: string, drawn: string, p: string) => string;
  pathLabel: (processed: string) => string;
  cacheTitle: string;
  cacheLabel: (layers: number, rows: number) => string;
  cacheKeys: string;
  cacheValues: string;
  cacheLegendReused: string;
  cacheLegendNew: string;
  cacheLegendRecomputed: string;
  memoryTitle: string;
  memoryThis: (tokens: number, bytes: string) => string;
  memoryOther: (name: string, kv: number, heads: number, bytes: string) => string;
  costTitle: string;
  costStep: (withCache: string, withoutCache: string) => string;
  costRun: (steps: number, saved: string, share: string) => string;
  costNoCacheOn: string;
  tableSteps: string;
  tableStep: string;
  tableProcessed: string;
  tableDrawn: string;
  tableProbability: string;
  tableRandom: string;
  tableCache: string;
  tableWith: string;
  tableWithout: string;
  tableAttention: (processed: string) => string;
  tableLayerHead: string;
}

/** “6500 万次” after a Chinese unit, “512 次” after a bare number, as the chapters write counts. */
const times = (count: string) => (/[万亿]$/.test(count) ? `${count}次` : `${count} 次`);

export const generationStrings: Record<Locale, GenerationStrings> = {
  en: {
    title: 'Generation, one token at a time',
    compactTitle: 'The key-value cache as it fills',
    prompt: 'Prompt',
    tryPrompt: 'Try',
    emptyHint: 'Type a prompt to start.',
    promptCut: (kept) => `The prompt is long: only its last ${kept} tokens are kept, so the new tokens still fit in the model's context.`,
    unknown: 'Some characters have no token of their own in this model; it reads each as the bytes of its UTF-8 encoding.',
    next: 'Next token',
    play: 'Play',
    pause: 'Pause',
    back: 'Step back',
    restart: 'Start over',
    stepOf: (step, max) => `Step ${step} of at most ${max}`,
    temperature: 'Temperature',
    temperatureHint: '0 always takes the top token; higher flattens the distribution.',
    topK: 'Top-k',
    topKAll: 'all',
    topKHint: (vocab) => `Keep only the k most likely tokens (all = ${vocab}).`,
    seed: 'Seed',
    noCache: 'Without a cache',
    noCacheHint: 'Recompute every earlier token at every step, as a model with no cache must.',
    text: 'Text so far',
    embedding: 'embedding',
    layer: (l) => `layer ${l}`,
    head: (h) => `head ${h}`,
    distribution: 'Next-token probabilities',
    drawn: 'drawn',
    phases: {
      embed: 'The newest token’s embedding enters the model.',
      layer: (l) => `Layer ${l}: its query reads every cached key; its own key and value join the cache.`,
      bars: 'The output head turns the last layer’s vector into a probability for every token.',
      append: 'One token is drawn and appended to the text.',
    },
    idle: 'Press “Next token” to run the newest token through the model.',
    stepSummary: (processed, drawn, p) => `The model read “${processed}” and drew “${drawn}” (probability ${p}).`,
    pathLabel: (processed) => `How the newest token, “${processed}”, attends to the tokens before it in every layer and head, and the next-token probabilities it produces.`,
    cacheTitle: 'Key-value cache',
    cacheLabel: (layers, rows) => `The key-value cache: ${layers} layers, each holding keys and values for ${rows} tokens.`,
    cacheKeys: 'K',
    cacheValues: 'V',
    cacheLegendReused: 'reused from the cache',
    cacheLegendNew: 'added this step',
    cacheLegendRecomputed: 'recomputed (no cache)',
    memoryTitle: 'Memory of the cache',
    memoryThis: (tokens, bytes) => `This model, ${tokens} tokens: ${bytes} (fp32).`,
    memoryOther: (name, kv, heads, bytes) => `${name} (${kv} key-value heads for ${heads} query heads), same tokens: ${bytes} (fp16).`,
    costTitle: 'Work per step, in multiply-adds',
    costStep: (withCache, withoutCache) => `This step: ${withCache} with the cache, ${withoutCache} without it.`,
    costRun: (steps, saved, share) => `Over ${steps} steps the cache saved ${saved} multiply-adds (${share} of the work without it).`,
    costNoCacheOn: 'Without a cache, every earlier token is run through every layer again at every step.',
    tableSteps: 'Steps taken',
    tableStep: 'step',
    tableProcessed: 'token read',
    tableDrawn: 'token drawn',
    tableProbability: 'probability',
    tableRandom: 'random number',
    tableCache: 'cached tokens after',
    tableWith: 'multiply-adds with cache',
    tableWithout: 'without cache',
    tableAttention: (processed) => `Attention of the newest token, “${processed}”, by layer and head`,
    tableLayerHead: 'layer · head',
  },
  zh: {
    title: '逐个词元地生成',
    compactTitle: '逐步填满的键值缓存',
    prompt: '提示',
    tryPrompt: '试试',
    emptyHint: '输入提示后开始。',
    promptCut: (kept) => `提示太长：只保留最后 ${kept} 个词元，好让新生成的词元仍在模型的上下文之内。`,
    unknown: '有些字符在这个模型的词表里没有对应的词元，它把每个这样的字拆成 UTF-8 字节来读。',
    next: '下一个词元',
    play: '自动播放',
    pause: '暂停',
    back: '后退一步',
    restart: '从头开始',
    stepOf: (step, max) => `第 ${step} 步（最多 ${max} 步）`,
    temperature: '温度',
    temperatureHint: '为 0 时总取概率最高的词元；越高，分布越平。',
    topK: 'Top-k',
    topKAll: '全部',
    topKHint: (vocab) => `只保留概率最高的 k 个词元（全部 = ${vocab}）。`,
    seed: '随机种子',
    noCache: '不用缓存',
    noCacheHint: '每一步都把前面所有词元重新算一遍，没有缓存的模型只能这样做。',
    text: '目前的文本',
    embedding: '嵌入',
    layer: (l) => `第 ${l} 层`,
    head: (h) => `头 ${h}`,
    distribution: '下一个词元的概率',
    drawn: '抽中',
    phases: {
      embed: '最新词元的嵌入进入模型。',
      layer: (l) => `第 ${l} 层：它的查询读取缓存里的每个键；它自己的键和值加入缓存。`,
      bars: '输出层把最后一层的向量变成每个词元的概率。',
      append: '抽出一个词元，接到文本后面。',
    },
    idle: '按“下一个词元”，让最新的词元走一遍模型。',
    stepSummary: (processed, drawn, p) => `模型读入“${processed}”，抽中“${drawn}”（概率 ${p}）。`,
    pathLabel: (processed) => `最新词元“${processed}”在每一层、每个头里对前面词元的注意力，以及由此得到的下一个词元概率。`,
    cacheTitle: '键值缓存',
    cacheLabel: (layers, rows) => `键值缓存：共 ${layers} 层，每层存有 ${rows} 个词元的键和值。`,
    cacheKeys: 'K',
    cacheValues: 'V',
    cacheLegendReused: '取自缓存',
    cacheLegendNew: '本步新增',
    cacheLegendRecomputed: '重新计算（无缓存）',
    memoryTitle: '缓存占用的内存',
    memoryThis: (tokens, bytes) => `本站模型，${tokens} 个词元：${bytes}（fp32）。`,
    memoryOther: (name, kv, heads, bytes) => `${name}（${heads} 个查询头共用 ${kv} 个键值头），同样的词元：${bytes}（fp16）。`,
    costTitle: '每一步的计算量（乘加次数）',
    costStep: (withCache, withoutCache) => `这一步：有缓存 ${times(withCache)}，无缓存 ${times(withoutCache)}。`,
    costRun: (steps, saved, share) => `${steps} 步下来，缓存省下了 ${times(saved)}乘加（占无缓存时计算量的 ${share}）。`,
    costNoCacheOn: '没有缓存时，每一步都要把前面的每个词元重新送过每一层。',
    tableSteps: '已走的步',
    tableStep: '步',
    tableProcessed: '读入的词元',
    tableDrawn: '抽中的词元',
    tableProbability: '概率',
    tableRandom: '随机数',
    tableCache: '之后缓存的词元数',
    tableWith: '有缓存的乘加次数',
    tableWithout: '无缓存',
    tableAttention: (processed) => `最新词元“${processed}”的注意力，按层和头列出`,
    tableLayerHead: '层 · 头',
  },
};
