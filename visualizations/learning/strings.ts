/**
 * Every word "Watch it learn" shows or speaks, in both languages: labels,
 * aria-labels, notices, the heads chart's sentences and table headers.
 * Shared frame words come from lib/i18n/widgetStrings.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { ProbePattern, XScaleKind } from './math';

export interface LearningStrings {
  title: string;
  loadingLog: string;
  logFailed: string;
  chartLabel: (step: number, heldOut: string, unigram: string) => string;
  axisStep: string;
  axisLoss: string;
  train: string;
  heldOut: string;
  unigram: (loss: string) => string;
  scale: string;
  scales: Record<XScaleKind, string>;
  checkpoint: string;
  checkpointName: (step: number, final: boolean) => string;
  previous: string;
  next: string;
  play: string;
  pause: string;
  lossAt: (heldOut: string, ppl: string) => string;
  beforeTraining: string;
  samplesTitle: (step: string) => string;
  promptLabel: string;
  continuation: string;
  curveTable: string;
  sampleCaption: string;
  col: { step: string; train: string; heldOut: string; prompt: string; text: string };
  facts: (parameters: string, steps: number, batch: number, context: number, minutes: string) => string;
  /** The mark on both charts where a later training stage began, and the sentence under the heads chart. */
  /** Label of the rule where stage `stage` (2 for the first later stage) began. */
  stageMark: (stage: number) => string;
  /** One sentence on where the later stages began (`starts`: the log's stageStarts, at least one). */
  stagesLine: (starts: readonly number[]) => string;
  /** The heads chart: the best head's score of each pattern over training. */
  heads: {
    fold: string;
    axisScore: string;
    /** Legend of each pattern's bold line. */
    best: Record<ProbePattern, string>;
    /** A head's name, layer and head counting from 1. */
    headName: (layer: number, head: number) => string;
    threshold: (value: string) => string;
    formedMark: (step: number) => string;
    formed: (step: number, threshold: string, head: string) => string;
    neverFormed: (threshold: string, best: string, head: string) => string;
    atStep: (step: number, previous: string, previousHead: string, induction: string, inductionHead: string) => string;
    /** The line under the chart: the two sentences above, joined as the language joins sentences. */
    summary: (atStep: string, formed: string) => string;
    label: (summary: string) => string;
    table: string;
    col: { previous: string; previousHead: string; induction: string; inductionHead: string };
  };
}

const en: LearningStrings = {
  title: 'Watch it learn',
  loadingLog: 'Loading the training record…',
  logFailed: 'The training record could not be loaded. Check your connection and try again.',
  chartLabel: (step, heldOut, unigram) => `Loss curves of the tiny model's training. At step ${step} the held-out loss is ${heldOut} nats per token; the unigram baseline is ${unigram}.`,
  axisStep: 'Training step',
  axisLoss: 'Loss (nats per token)',
  train: 'training loss',
  heldOut: 'held-out loss',
  unigram: (loss) => `unigram baseline ${loss}`,
  scale: 'Steps axis',
  scales: { log: 'Log', linear: 'Linear' },
  checkpoint: 'Checkpoint',
  checkpointName: (step, final) => (final ? `step ${step} (final)` : `step ${step}`),
  previous: 'Earlier checkpoint',
  next: 'Later checkpoint',
  play: 'Play',
  pause: 'Pause',
  lossAt: (heldOut, ppl) => `Held-out loss ${heldOut} nats per token: as unsure as a choice among ${ppl} equally likely tokens.`,
  beforeTraining: 'Step 0 is the untrained model: random weights, so every token is about equally likely.',
  samplesTitle: (step) => `What the model writes at ${step}`,
  promptLabel: 'Prompt',
  continuation: 'continued by the model',
  curveTable: 'Training and held-out loss, in nats per token, at every step where it was measured.',
  sampleCaption: 'Each checkpoint continues the same prompts with the same random numbers, so only the model changes.',
  col: { step: 'Step', train: 'Training loss', heldOut: 'Held-out loss', prompt: 'Prompt', text: 'Generated text' },
  facts: (parameters, steps, batch, context, minutes) => `${parameters} parameters, ${steps} steps of ${batch} windows of ${context} tokens, about ${minutes} minutes of training.`,
  stageMark: (stage) => `stage ${stage}`,
  stagesLine: (starts) =>
    starts.length === 1
      ? `From step ${starts[0]}, a second stage went on training the same model with another mix of windows.`
      : `Stages 2 to ${starts.length + 1} began at steps ${starts.slice(0, -1).join(', ')} and ${starts[starts.length - 1]}, each going on training the same model with another mix of windows.`,
  heads: {
    fold: 'Heads over training',
    axisScore: 'Head score',
    best: { previousToken: 'best previous-token head', induction: 'best induction head' },
    headName: (layer, head) => `layer ${layer}, head ${head}`,
    threshold: (value) => `threshold ${value}`,
    formedMark: (step) => `induction head at step ${step}`,
    formed: (step, threshold, head) => `An induction head formed at step ${step}: the first score of ${threshold} or more, by ${head}.`,
    neverFormed: (threshold, best, head) => `No head reached the induction threshold of ${threshold} in this training run; the best score was ${best} (${head}).`,
    atStep: (step, previous, previousHead, induction, inductionHead) =>
      `At step ${step} the best previous-token head, ${previousHead}, scores ${previous}; the best induction head, ${inductionHead}, scores ${induction}.`,
    summary: (atStep, formed) => `${atStep} ${formed}`,
    label: (summary) => `Scores of the best previous-token and induction heads over training. ${summary}`,
    table:
      'The best previous-token head and the best induction head at every step where the heads were scored, with their scores: the mean attention each puts where its pattern looks, on text never trained on.',
    col: { previous: 'Best previous-token score', previousHead: 'Previous-token head', induction: 'Best induction score', inductionHead: 'Induction head' },
  },
};

const zh: LearningStrings = {
  title: '观察训练过程',
  loadingLog: '正在加载训练记录……',
  logFailed: '训练记录加载失败。请检查网络连接后重试。',
  chartLabel: (step, heldOut, unigram) => `小模型训练的损失曲线。第 ${step} 步时留出集损失为每词元 ${heldOut} 奈特；一元基线为 ${unigram}。`,
  axisStep: '训练步数',
  axisLoss: '损失（奈特/词元）',
  train: '训练损失',
  heldOut: '留出集损失',
  unigram: (loss) => `一元基线 ${loss}`,
  scale: '步数坐标',
  scales: { log: '对数', linear: '线性' },
  checkpoint: '检查点',
  checkpointName: (step, final) => (final ? `第 ${step} 步（最终）` : `第 ${step} 步`),
  previous: '上一个检查点',
  next: '下一个检查点',
  play: '播放',
  pause: '暂停',
  lossAt: (heldOut, ppl) => `留出集损失为每词元 ${heldOut} 奈特：相当于在 ${ppl} 个同样可能的词元中猜一个。`,
  beforeTraining: '第 0 步是未训练的模型：权重是随机的，所以每个词元的可能性都差不多。',
  samplesTitle: (step) => `${step}时模型写出的文字`,
  promptLabel: '提示',
  continuation: '由模型续写',
  curveTable: '每个测量点的训练损失和留出集损失（奈特/词元）。',
  sampleCaption: '每个检查点用同样的提示和同样的随机数续写，所以变化的只有模型本身。',
  col: { step: '步数', train: '训练损失', heldOut: '留出集损失', prompt: '提示', text: '生成的文本' },
  facts: (parameters, steps, batch, context, minutes) => `${parameters} 个参数，训练 ${steps} 步，每步 ${batch} 个 ${context} 词元的窗口，训练约 ${minutes} 分钟。`,
  stageMark: (stage) => `第 ${stage} 阶段`,
  stagesLine: (starts) =>
    starts.length === 1
      ? `从第 ${starts[0]} 步起，第二阶段换了一种窗口组合，继续训练同一个模型。`
      : `第 2 至第 ${starts.length + 1} 阶段分别从第 ${starts.join('、')} 步开始，每个阶段换一种窗口组合，继续训练同一个模型。`,
  heads: {
    fold: '训练中的注意力头',
    axisScore: '头的得分',
    best: { previousToken: '最佳前一词元头', induction: '最佳归纳头' },
    headName: (layer, head) => `第 ${layer} 层第 ${head} 个头`,
    threshold: (value) => `阈值 ${value}`,
    formedMark: (step) => `第 ${step} 步出现归纳头`,
    formed: (step, threshold, head) => `归纳头在第 ${step} 步形成：${head}的得分首次达到 ${threshold} 或以上。`,
    neverFormed: (threshold, best, head) => `这次训练中没有头的归纳得分达到阈值 ${threshold}；最高只有 ${best}（${head}）。`,
    atStep: (step, previous, previousHead, induction, inductionHead) => `第 ${step} 步时，最佳前一词元头是${previousHead}，得分 ${previous}；最佳归纳头是${inductionHead}，得分 ${induction}。`,
    summary: (atStep, formed) => `${atStep}${formed}`,
    label: (summary) => `最佳前一词元头和最佳归纳头的得分随训练的变化。${summary}`,
    table: '每个测量点上最佳的前一词元头和最佳的归纳头及其得分：在从未训练过的文本上，它们放在各自模式所指位置上的平均注意力。',
    col: { previous: '最佳前一词元得分', previousHead: '前一词元头', induction: '最佳归纳得分', inductionHead: '归纳头' },
  },
};

export const learningStrings: Record<Locale, LearningStrings> = { en, zh };
