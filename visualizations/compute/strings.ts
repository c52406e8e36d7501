/** Every word the training compute calculator shows, in both languages. */
import type { Locale } from '@/lib/i18n/locales';

export interface ComputeStrings {
  title: string;
  model: string;
  tinyModel: string;
  tinyLoading: string;
  parameters: string;
  tokens: string;
  quantityHelp: string;
  invalidQuantity: string;
  hardware: string;
  accelerator: string;
  custom: string;
  peak: string;
  utilisation: string;
  gpus: string;
  price: string;
  scenarios: string;
  scenario: Record<'worked' | 'estimate2020', string>;
  notation: string;
  words: string;
  scientific: string;
  compute: string;
  time: string;
  cost: string;
  flop: string;
  flopPerSecond: string;
  hours: string;
  gpuHours: string;
  usd: (amount: string) => string;
  perHour: string;
  units: Record<'microseconds' | 'milliseconds' | 'seconds' | 'minutes' | 'hours' | 'days' | 'years', string>;
  seedTitle: string;
  seedArticle: string;
  seedOurs: (cost: string) => string;
  seedRatio: (ratio: string) => string;
  seedArticleShort: string;
  seedOursShort: string;
  priceWord: string;
  chartTitle: string;
  chartLabel: string;
  yours: string;
  table: { model: string; n: string; d: string; c: string; time: string; gpuHours: string; cost: string };
  sources: string;
}

export const computeStrings: Record<Locale, ComputeStrings> = {
  en: {
    title: 'Training compute calculator',
    model: 'Model and data',
    tinyModel: 'Tiny model',
    tinyLoading: 'Tiny model (loading…)',
    parameters: 'Parameters N',
    tokens: 'Training tokens D',
    quantityHelp: 'e.g. 175B, 1.75e11 or 175000000000',
    invalidQuantity: 'Not a number this calculator can read; the previous value is kept.',
    hardware: 'Hardware and price',
    accelerator: 'Accelerator',
    custom: 'Custom',
    peak: 'Peak per accelerator (TFLOP/s)',
    utilisation: 'Utilisation u (% of peak)',
    gpus: 'Accelerators G',
    price: 'Price per accelerator-hour (USD)',
    scenarios: 'Assumption sets',
    scenario: { worked: 'Chapter’s worked example (A100)', estimate2020: '2020-style estimate (V100, high price)' },
    notation: 'Number style',
    words: 'Words',
    scientific: 'Scientific',
    compute: 'Training compute',
    time: 'Wall-clock time',
    cost: 'Cost of one run',
    flop: 'FLOP',
    flopPerSecond: 'FLOP/s',
    hours: 'h',
    gpuHours: 'accelerator-hours',
    usd: (amount) => `${amount} US dollars`,
    perHour: 'USD per hour',
    units: { microseconds: 'microseconds', milliseconds: 'milliseconds', seconds: 'seconds', minutes: 'minutes', hours: 'hours', days: 'days', years: 'years' },
    seedTitle: 'Next to an often-quoted estimate',
    seedArticle:
      'An estimate from around 2020, still repeated in overviews such as NVIDIA’s “What Are Large Language Models?”: one GPT-3 training run cost above 12 million US dollars (its assumptions not stated).',
    seedOurs: (cost) => `This calculator, GPT-3 (175 billion parameters, 300 billion tokens) with the hardware and price above: ${cost}.`,
    seedRatio: (ratio) => `That is ${ratio} of the quoted 12 million. Change the accelerator, utilisation or price to see which assumptions reach it.`,
    seedArticleShort: 'Quoted estimate (≈2020)',
    seedOursShort: 'This calculator',
    priceWord: 'price',
    chartTitle: 'Training compute on a log scale',
    chartLabel: 'Bar chart on a logarithmic scale of training compute in FLOP for the preset models and the current input.',
    yours: 'Current input',
    table: { model: 'Model', n: 'Parameters N', d: 'Tokens D', c: 'Compute 6ND (FLOP)', time: 'Time', gpuHours: 'Accelerator-hours', cost: 'Cost' },
    sources: 'Sources',
  },
  zh: {
    title: '训练计算量计算器',
    model: '模型与数据',
    tinyModel: '小模型',
    tinyLoading: '小模型（加载中……）',
    parameters: '参数量 N',
    tokens: '训练词元数 D',
    quantityHelp: '例如 1750亿、175B、1.75e11',
    invalidQuantity: '无法识别这个数，已保留原来的值。',
    hardware: '硬件与单价',
    accelerator: '加速卡',
    custom: '自定义',
    peak: '单卡峰值（TFLOP/s）',
    utilisation: '利用率 u（占峰值的 %）',
    gpus: '加速卡数量 G',
    price: '每卡每小时单价（美元）',
    scenarios: '假设组合',
    scenario: { worked: '本章算例（A100）', estimate2020: '2020 年前后的估计（V100，高单价）' },
    notation: '数字写法',
    words: '万/亿单位',
    scientific: '科学计数法',
    compute: '训练计算量',
    time: '实际耗时',
    cost: '训练一次的成本',
    flop: 'FLOP',
    flopPerSecond: 'FLOP/s',
    hours: '小时',
    gpuHours: '卡时（GPU 小时）',
    // “140 万美元” after a unit, “12.5 美元” after a bare number, as in the chapters.
    usd: (amount) => `${amount}${/[万亿]$/.test(amount) ? '' : ' '}美元`,
    perHour: '美元/小时',
    units: { microseconds: '微秒', milliseconds: '毫秒', seconds: '秒', minutes: '分钟', hours: '小时', days: '天', years: '年' },
    seedTitle: '与 NVIDIA 文章的估计并列',
    seedArticle: 'NVIDIA《什么是大型语言模型》：训练一次 GPT-3 的成本超过 1200 万美元（2020 年前后的估计，未说明假设）。',
    seedOurs: (cost) => `本计算器：GPT-3（1750 亿参数、3000 亿词元），按上面的硬件与单价：${cost}。`,
    seedRatio: (ratio) => `相当于 NVIDIA 文章所引 1200 万美元的 ${ratio}。改变加速卡、利用率或单价，看看哪些假设能达到那个数。`,
    seedArticleShort: 'NVIDIA 文章（约 2020 年）',
    seedOursShort: '本计算器',
    priceWord: '单价',
    chartTitle: '训练计算量（对数刻度）',
    chartLabel: '对数刻度条形图：各预设模型与当前输入的训练计算量（FLOP）。',
    yours: '当前输入',
    table: { model: '模型', n: '参数量 N', d: '词元数 D', c: '计算量 6ND（FLOP）', time: '耗时', gpuHours: '卡时', cost: '成本' },
    sources: '来源',
  },
};
