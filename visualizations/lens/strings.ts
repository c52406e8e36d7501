/**
 * Every word the logit lens shows or speaks, in both languages. Shared frame words
 * come from lib/i18n/widgetStrings.
 */
import type { Locale } from '@/lib/i18n/locales';

export interface LensStrings {
  title: string;
  sentence: string;
  tryLabel: string;
  emptyHint: string;
  cut: (max: number) => string;
  stream: (row: number) => string;
  model: string;
  position: string;
  gridLabel: (rows: number, positions: number) => string;
  keysHint: string;
  cellSummary: (stream: string, pos: number, token: string, predicted: string, p: string) => string;
  detailTitle: (stream: string, token: string) => string;
  actualNext: (token: string, rank: string) => string;
  lastPosition: string;
  notInTop: string;
  tableCaption: string;
}

export const lensStrings: Record<Locale, LensStrings> = {
  en: {
    title: 'Logit lens: what each layer would predict',
    sentence: 'Sentence',
    tryLabel: 'Try',
    emptyHint: 'Type a sentence to see the grid.',
    cut: (max) => `Only the first ${max} tokens are shown.`,
    stream: (row) => (row === 0 ? 'embedding' : `after block ${row}`),
    model: 'model’s output',
    position: 'position',
    gridLabel: (rows, positions) =>
      `A grid of ${rows} rows and ${positions} columns: for each token of the sentence (columns) and each depth (rows, from the embedding down to the last block), the token the model would predict next if it stopped there, with its probability. The last row is the model’s real prediction.`,
    keysHint: 'Arrow keys move through the grid; Home and End jump along a row.',
    cellSummary: (stream, pos, token, predicted, p) => `${stream}, position ${pos} (“${token}”): predicts “${predicted}”, ${p}.`,
    detailTitle: (stream, token) => `Top 5 ${stream}, after “${token}”`,
    actualNext: (token, rank) => `The sentence continues with “${token}”: ${rank}.`,
    lastPosition: 'This is the last token: nothing follows it in the sentence.',
    notInTop: 'not among the top 5 here',
    tableCaption: 'The most likely next token at every depth and position, with its probability',
  },
  zh: {
    title: 'Logit lens：每一层会预测什么',
    sentence: '句子',
    tryLabel: '试试',
    emptyHint: '输入一个句子，就能看到网格。',
    cut: (max) => `只显示前 ${max} 个词元。`,
    stream: (row) => (row === 0 ? '嵌入' : `第 ${row} 块之后`),
    model: '模型的输出',
    position: '位置',
    gridLabel: (rows, positions) =>
      `一个 ${rows} 行 ${positions} 列的网格：对句子里的每个词元（列）和每个深度（行，从嵌入一直到最后一块），显示模型如果就此停下会预测的下一个词元及其概率。最后一行就是模型真正的预测。`,
    keysHint: '用方向键在网格中移动；Home 和 End 跳到一行的两端。',
    cellSummary: (stream, pos, token, predicted, p) => `${stream}，位置 ${pos}（“${token}”）：预测“${predicted}”，${p}。`,
    detailTitle: (stream, token) => `${stream}，“${token}”之后的前 5 名`,
    actualNext: (token, rank) => `句子里接下来是“${token}”：${rank}。`,
    lastPosition: '这是最后一个词元，句子里它后面没有词元了。',
    notInTop: '不在这里的前 5 名中',
    tableCaption: '每个深度、每个位置上最可能的下一个词元及其概率',
  },
};
