/**
 * Every word "Train it yourself" shows or speaks, in both languages. The start
 * button's name contains "Train" / "训练", and while training the status line
 * reads "step N" and "loss X.XX" / "第 N 步" and "损失 X.XX" (tests rely on these).
 */
import type { Locale } from '@/lib/i18n/locales';
import type { ModelSize } from '@/lib/train/recipes';
import type { TaskKind } from './setup';

export interface TrainingStrings {
  title: string;
  task: string;
  tasks: Record<TaskKind, string>;
  taskHints: Record<TaskKind, string>;
  size: string;
  sizes: Record<ModelSize, string>;
  layers: string;
  seed: string;
  steps: string;
  speed: string;
  speedValue: (n: number) => string;
  train: string;
  pause: string;
  resume: string;
  reset: string;
  step: (n: number) => string;
  loss: (x: string) => string;
  heldOut: (x: string) => string;
  copyLoss: (x: string) => string;
  rate: (tokens: string, steps: string) => string;
  idle: string;
  paused: string;
  done: string;
  cost: string;
  parameters: (n: string) => string;
  lossChart: string;
  lossAxis: string;
  stepAxis: string;
  trainCurve: string;
  heldOutCurve: string;
  copyCurve: string;
  inductionChart: string;
  inductionAxis: string;
  threshold: string;
  becameInduction: (head: string, step: number) => string;
  noInductionYet: string;
  head: (layer: number, head: number) => string;
  attentionTitle: (step: number) => string;
  /** Caption of the empty head maps shown before training, where the maps will appear. */
  attentionBefore: string;
  attentionLabel: (layer: number, head: number, score: string | null) => string;
  textSource: string;
  pasteText: string;
  pasteLabel: string;
  chapterText: string;
  tooShort: (need: number) => string;
  samples: string;
  sampleAt: (step: number) => string;
  loraRank: string;
  fullFineTune: string;
  rankValue: (r: number) => string;
  trainable: string;
  optimiserMemory: string;
  gradientMemory: string;
  ofModel: (pct: string) => string;
  before: string;
  after: string;
  loadingModel: string;
  useModel: string;
  usingModel: string;
  stopUsing: string;
  save: string;
  load: string;
  loadFailed: (why: string) => string;
  loaded: (step: number) => string;
  workerFailed: (why: string) => string;
  colStep: string;
  colTrain: string;
  colHeldOut: string;
}

const en: TrainingStrings = {
  title: 'Train it yourself',
  task: 'Task',
  tasks: { copy: 'Copy the pattern', text: 'Your own text', finetune: "Customise the site's model" },
  taskHints: {
    copy: 'Random letters in which a random span repeats. Only a model that looks back for the earlier copy can predict the repeats.',
    text: 'A small model learns your text one character at a time. Samples below show what it writes as it learns.',
    finetune: "The site's tiny model, trained further on your text: every weight, or only a LoRA adapter of the rank you choose.",
  },
  size: 'Model size',
  sizes: { xs: 'tiny (width 16)', s: 'small (width 32)', m: 'medium (width 48)' },
  layers: 'Layers',
  seed: 'Seed',
  steps: 'Train until step',
  speed: 'Steps per update',
  speedValue: (n) => `${n} step${n === 1 ? '' : 's'}`,
  train: 'Train',
  pause: 'Pause',
  resume: 'Resume training',
  reset: 'Reset',
  step: (n) => `step ${n}`,
  loss: (x) => `loss ${x}`,
  heldOut: (x) => `held-out ${x}`,
  copyLoss: (x) => `held-out on the repeats ${x}`,
  rate: (tokens, steps) => `${tokens} tokens/s · ${steps} steps/s`,
  idle: 'Press Train to start. Training runs in the background of this page and uses one CPU core while it runs.',
  paused: 'Paused.',
  done: 'Reached the step target. Raise it and resume to train further.',
  cost: 'Uses one CPU core while training; pause to stop.',
  parameters: (n) => `${n} parameters`,
  lossChart: 'Loss over training steps',
  lossAxis: 'loss (nats)',
  stepAxis: 'step',
  trainCurve: 'training batch',
  heldOutCurve: 'held-out',
  copyCurve: 'held-out, repeats only',
  inductionChart: 'Induction score of every head over training steps',
  inductionAxis: 'induction score',
  threshold: 'induction head (0.4)',
  becameInduction: (head, step) => `${head} became an induction head at step ${step}.`,
  noInductionYet: 'No head has reached an induction score of 0.4 yet.',
  head: (layer, head) => `layer ${layer + 1} head ${head + 1}`,
  attentionTitle: (step) => `Attention of every head on a held-out sequence, step ${step}`,
  attentionBefore: 'Attention of every head on a held-out sequence: the maps fill in once training starts.',
  attentionLabel: (layer, head, score) => `Layer ${layer + 1}, head ${head + 1}${score === null ? '' : `, induction score ${score}`}`,
  textSource: 'Text',
  pasteText: 'Paste your own',
  pasteLabel: 'Text to learn',
  chapterText: 'This chapter',
  tooShort: (need) => `The text is too short: paste at least ${need} characters.`,
  samples: 'What it writes',
  sampleAt: (step) => `step ${step}`,
  loraRank: 'What to train',
  fullFineTune: 'every weight (full fine-tuning)',
  rankValue: (r) => `LoRA, rank ${r}`,
  trainable: 'trainable parameters',
  optimiserMemory: 'AdamW state (2 float64 per trainable parameter)',
  gradientMemory: 'gradients (float32)',
  ofModel: (pct) => `${pct}% of the model`,
  before: 'before',
  after: 'after',
  loadingModel: "Loading the site's model…",
  useModel: 'Use my model in the other widgets',
  usingModel: 'The other widgets on this page now run your model.',
  stopUsing: "Back to the site's model",
  save: 'Save to file',
  load: 'Load from file',
  loadFailed: (why) => `Could not load that file: ${why}`,
  loaded: (step) => `Loaded a model trained for ${step} steps.`,
  workerFailed: (why) => `Training stopped: ${why}`,
  colStep: 'step',
  colTrain: 'training loss',
  colHeldOut: 'held-out loss',
};

const zh: TrainingStrings = {
  title: '亲手训练一个',
  task: '任务',
  tasks: { copy: '复制规律', text: '你自己的文本', finetune: '定制本站的模型' },
  taskHints: {
    copy: '随机字母中有一段随机片段不断重复。只有会回头找到前一份副本的模型，才能预测重复的部分。',
    text: '一个小模型逐字学习你的文本。下面的样本展示它在学习过程中写出的内容。',
    finetune: '在你的文本上继续训练本站的小模型：训练全部权重，或者只训练你选定秩的 LoRA 适配器。',
  },
  size: '模型大小',
  sizes: { xs: '极小（宽度 16）', s: '小（宽度 32）', m: '中（宽度 48）' },
  layers: '层数',
  seed: '随机种子',
  steps: '训练到第几步',
  speed: '每次更新的步数',
  speedValue: (n) => `${n} 步`,
  train: '开始训练',
  pause: '暂停',
  resume: '继续训练',
  reset: '重置',
  step: (n) => `第 ${n} 步`,
  loss: (x) => `损失 ${x}`,
  heldOut: (x) => `留出集 ${x}`,
  copyLoss: (x) => `留出集重复部分 ${x}`,
  rate: (tokens, steps) => `每秒 ${tokens} 个词元 · 每秒 ${steps} 步`,
  idle: '点击“开始训练”。训练在本页后台运行，运行时占用一个 CPU 核心。',
  paused: '已暂停。',
  done: '已到达目标步数。调高目标再继续即可接着训练。',
  cost: '训练时占用一个 CPU 核心；暂停即可停止。',
  parameters: (n) => `${n} 个参数`,
  lossChart: '损失随训练步数的变化',
  lossAxis: '损失（奈特）',
  stepAxis: '步',
  trainCurve: '训练批次',
  heldOutCurve: '留出集',
  copyCurve: '留出集，仅重复部分',
  inductionChart: '每个注意力头的归纳分数随训练步数的变化',
  inductionAxis: '归纳分数',
  threshold: '归纳头（0.4）',
  becameInduction: (head, step) => `${head}在第 ${step} 步成为归纳头。`,
  noInductionYet: '还没有注意力头的归纳分数达到 0.4。',
  head: (layer, head) => `第 ${layer + 1} 层第 ${head + 1} 个头`,
  attentionTitle: (step) => `第 ${step} 步时每个头在一条留出序列上的注意力`,
  attentionBefore: '每个头在一条留出序列上的注意力：开始训练后，这些图会逐一填上。',
  attentionLabel: (layer, head, score) => `第 ${layer + 1} 层第 ${head + 1} 个头${score === null ? '' : `，归纳分数 ${score}`}`,
  textSource: '文本',
  pasteText: '粘贴你自己的',
  pasteLabel: '要学习的文本',
  chapterText: '本章正文',
  tooShort: (need) => `文本太短：请至少粘贴 ${need} 个字符。`,
  samples: '它写出的内容',
  sampleAt: (step) => `第 ${step} 步`,
  loraRank: '训练哪些参数',
  fullFineTune: '全部权重（全量微调）',
  rankValue: (r) => `LoRA，秩 ${r}`,
  trainable: '可训练参数',
  optimiserMemory: 'AdamW 状态（每个可训练参数 2 个 float64）',
  gradientMemory: '梯度（float32）',
  ofModel: (pct) => `占模型的 ${pct}%`,
  before: '训练前',
  after: '训练后',
  loadingModel: '正在加载本站的模型……',
  useModel: '在其他组件中使用我的模型',
  usingModel: '本页的其他组件现在运行的是你的模型。',
  stopUsing: '换回本站的模型',
  save: '保存到文件',
  load: '从文件加载',
  loadFailed: (why) => `无法加载这个文件：${why}`,
  loaded: (step) => `已加载一个训练了 ${step} 步的模型。`,
  workerFailed: (why) => `训练已停止：${why}`,
  colStep: '步',
  colTrain: '训练损失',
  colHeldOut: '留出集损失',
};

export const trainingStrings: Record<Locale, TrainingStrings> = { en, zh };
