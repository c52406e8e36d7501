/**
 * Every word the next-token playground shows or speaks, in both languages:
 * labels, aria-labels, notices, explanations and table headers. Shared frame
 * words (copy link, download, table toggle) come from lib/i18n/widgetStrings.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { Mode } from './math';

export interface PlaygroundStrings {
  title: string;
  prompt: string;
  tryPrompt: string;
  emptyHint: string;
  truncated: (max: number) => string;
  temperature: string;
  temperatureHint: string;
  topK: string;
  topKAll: string;
  topKHint: (vocab: number) => string;
  choose: string;
  modes: Record<Mode, string>;
  seed: string;
  redraw: string;
  addOne: string;
  generate: (n: number) => string;
  stop: string;
  undo: string;
  clear: string;
  text: string;
  tokensHint: string;
  upcoming: string;
  upcomingName: string;
  generatedToken: (token: string, step: number) => string;
  chartFor: string;
  chartLabel: (context: string, rows: number) => string;
  nextAfter: (context: string) => string;
  stepAt: (step: number, token: string) => string;
  legendShaped: string;
  legendModel: string;
  cut: string;
  drawn: string;
  pickedSample: (token: string, rank: number, prob: string, u: string) => string;
  pickedGreedy: (token: string, prob: string) => string;
  pickedTemperatureZero: (token: string) => string;
  whyTitle: string;
  why: Record<Mode, string>;
  ruler: string;
  rulerLabel: (u: string | null, token: string | null) => string;
  rulerNoDraw: string;
  tableCaption: (where: string) => string;
  col: { rank: string; token: string; logit: string; model: string; shaped: string };
  contextNote: (n: number, max: number) => string;
}

const en: PlaygroundStrings = {
  title: 'Next-token playground',
  prompt: 'Prompt',
  tryPrompt: 'Try',
  emptyHint: 'Type a prompt above to see which tokens the tiny model expects next.',
  truncated: (max) => `The model reads only the last ${max} tokens of the prompt and the text it added.`,
  temperature: 'Temperature',
  temperatureHint: '0 always takes the top token; below 1 sharpens, above 1 flattens.',
  topK: 'Top-k',
  topKAll: 'all',
  topKHint: (vocab) => `Keep only the k most likely tokens (the model knows ${vocab}).`,
  choose: 'Choose the next token by: greedy (always the most likely) or sampling (at random)',
  modes: { greedy: 'Greedy', sample: 'Sampling' },
  seed: 'Seed',
  redraw: 'Draw again',
  addOne: 'Add one token',
  generate: (n) => `Generate ${n}`,
  stop: 'Stop',
  undo: 'Remove last',
  clear: 'Clear',
  text: 'Prompt and generated text',
  tokensHint: 'Choose a generated token to see the choice behind it; arrow keys move between them.',
  upcoming: '?',
  upcomingName: 'the next token',
  generatedToken: (token, step) => `Generated token ${step}: ${token}`,
  chartFor: 'Showing',
  chartLabel: (context, rows) => `Bar chart of the ${rows} most likely next tokens ${context}`,
  nextAfter: (context) => `after “${context}”`,
  stepAt: (step, token) => `for generated token ${step} (“${token}”)`,
  legendShaped: 'after temperature and top-k',
  legendModel: 'the model’s own probability',
  cut: 'cut by top-k',
  drawn: 'chosen',
  pickedSample: (token, rank, prob, u) => `Drew ${token}: the model’s number ${rank} choice, with probability ${prob}. The random number was u = ${u}.`,
  pickedGreedy: (token, prob) => `Greedy took ${token}, the most likely token (probability ${prob}).`,
  pickedTemperatureZero: (token) => `At temperature 0 sampling always takes the top token: ${token}.`,
  whyTitle: 'Why isn’t the output always the most likely token?',
  why: {
    sample:
      'Sampling draws a token at random, in proportion to its probability: a token at 30% is chosen about 3 times in 10, so second and third choices appear all the time. That keeps text varied; always taking the top token tends to loop. Lower the temperature or k to make surprises rarer. The seed fixes the random numbers, so a shared link gives the same text.',
    greedy:
      'Greedy decoding always takes the top token, so the same prompt always gives the same text, and it often repeats itself. Real chat models usually sample instead: switch to sampling to see less likely tokens chosen.',
  },
  ruler: 'How a random number picks the token',
  rulerLabel: (u, token) => (u === null ? 'The tokens laid end to end, each as long as its probability.' : `The tokens laid end to end, each as long as its probability; u = ${u} falls on ${token}.`),
  rulerNoDraw: 'Add a token to draw a random number u between 0 and 1: the token whose stretch holds u is chosen.',
  tableCaption: (where) => `Most likely next tokens ${where}: the logit, the model’s probability, and the probability after temperature and top-k.`,
  col: { rank: 'Rank', token: 'Token', logit: 'Logit', model: 'Model’s probability', shaped: 'After T and top-k' },
  contextNote: (n, max) => `The model reads ${n} of at most ${max} tokens.`,
};

const zh: PlaygroundStrings = {
  title: '下一个词元实验台',
  prompt: '提示',
  tryPrompt: '试试',
  emptyHint: '在上面输入提示，看看小模型认为下一个词元是什么。',
  truncated: (max) => `模型只读取提示和已生成文本的最后 ${max} 个词元。`,
  temperature: '温度',
  temperatureHint: '温度为 0 时总取概率最高的词元；小于 1 时分布更集中，大于 1 时更平坦。',
  topK: 'top-k',
  topKAll: '全部',
  topKHint: (vocab) => `只保留概率最高的 k 个词元（模型共认识 ${vocab} 个）。`,
  choose: '下一个词元的选法：贪心（总取最可能的）或采样（随机抽取）',
  modes: { greedy: '贪心', sample: '采样' },
  seed: '随机种子',
  redraw: '重新抽取',
  addOne: '添加一个词元',
  generate: (n) => `生成 ${n} 个`,
  stop: '停止',
  undo: '删除最后一个',
  clear: '清除',
  text: '提示和生成的文本',
  tokensHint: '选择一个生成的词元，查看它是怎样被选出来的；方向键可在词元之间移动。',
  upcoming: '？',
  upcomingName: '下一个词元',
  generatedToken: (token, step) => `生成的第 ${step} 个词元：${token}`,
  chartFor: '当前显示',
  chartLabel: (context, rows) => `条形图：${context}最可能的 ${rows} 个下一个词元`,
  nextAfter: (context) => `“${context}”之后`,
  stepAt: (step, token) => `生成第 ${step} 个词元（“${token}”）时`,
  legendShaped: '经过温度和 top-k 之后',
  legendModel: '模型本身给出的概率',
  cut: '被 top-k 截掉',
  drawn: '被选中',
  pickedSample: (token, rank, prob, u) => `抽到了 ${token}：它在模型的候选中排第 ${rank}，概率为 ${prob}。这次的随机数是 u = ${u}。`,
  pickedGreedy: (token, prob) => `贪心解码取了 ${token}，也就是最可能的词元（概率 ${prob}）。`,
  pickedTemperatureZero: (token) => `温度为 0 时，采样总是取概率最高的词元：${token}。`,
  whyTitle: '为什么输出不总是最可能的词元？',
  why: {
    sample:
      '采样按概率随机抽取词元：概率为 30% 的词元大约每 10 次被选中 3 次，所以排第二、第三的候选经常出现。这让文本更多样；总是取最可能的词元则容易陷入重复。调低温度或 k，意外的选择就会变少。随机种子固定了随机数，所以分享的链接会得到同样的文本。',
    greedy: '贪心解码总是取概率最高的词元，所以同一个提示总是得到同样的文本，而且常常自我重复。实际的聊天模型通常使用采样：切换到采样，就能看到不那么可能的词元被选中。',
  },
  ruler: '随机数怎样选出词元',
  rulerLabel: (u, token) => (u === null ? '各个词元首尾相接排开，每段的长度等于它的概率。' : `各个词元首尾相接排开，每段的长度等于它的概率；u = ${u} 落在 ${token} 上。`),
  rulerNoDraw: '添加一个词元时会抽取一个 0 到 1 之间的随机数 u：u 落在哪个词元的区段里，就选中哪个词元。',
  tableCaption: (where) => `${where}最可能的下一个词元：logit、模型给出的概率，以及经过温度和 top-k 之后的概率。`,
  col: { rank: '排名', token: '词元', logit: 'logit', model: '模型的概率', shaped: '经过温度和 top-k 后' },
  contextNote: (n, max) => `模型读取了 ${n} 个词元（最多 ${max} 个）。`,
};

export const playgroundStrings: Record<Locale, PlaygroundStrings> = { en, zh };
