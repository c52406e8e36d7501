/** Interface words shared by every widget frame, in both languages. */
import type { Locale } from './locales';

export interface WidgetStrings {
  copyView: string;
  viewCopied: string;
  downloadSvg: string;
  downloadPng: string;
  showTable: string;
  hideTable: string;
  loading: string;
  needsScript: string;
  loadFailed: string;
  retry: string;
  rejected: (names: string[]) => string;
  /** Said when the reader's text has characters the tiny model has no token for (`chars` quoted, space-separated). */
  unknownCharacters: (chars: string) => string;
  whatIf: string;
  /** Shown while the tiny model downloads; `percent` is 0…100. */
  modelLoading: (percent: number) => string;
  /** Shown when the tiny model could not be loaded (with a retry button). */
  modelFailed: string;
  /** Buttons that open a widget's folded panels on a slide (components/widget/SlideFold.tsx). */
  foldDetails: string;
  foldSettings: string;
  foldExplanation: string;
}

export const widgetStrings: Record<Locale, WidgetStrings> = {
  en: {
    copyView: 'Copy link to this view',
    viewCopied: 'Link to this view copied',
    downloadSvg: 'SVG',
    downloadPng: 'PNG',
    showTable: 'Show numbers as a table',
    hideTable: 'Hide table',
    loading: 'Loading the interactive figure…',
    needsScript: 'This interactive figure needs JavaScript. The text around it explains the same idea.',
    loadFailed: 'The interactive figure could not be loaded.',
    retry: 'Try again',
    rejected: (names) => `The link's value for ${names.join(', ')} was not valid, so the default is shown instead.`,
    unknownCharacters: (chars) =>
      `The model has no token of its own for ${chars}: it spells each as the bytes of its UTF-8 encoding, one token per byte (a model trained here on characters reads it as “�”).`,
    whatIf: 'What if: this changes the real model’s computation for exploration only.',
    modelLoading: (percent) => `Loading the tiny model… ${percent}%`,
    modelFailed: 'The tiny model could not be loaded. Check your connection and try again.',
    foldDetails: 'Details',
    foldSettings: 'More settings',
    foldExplanation: 'Explanation',
  },
  zh: {
    copyView: '复制当前视图的链接',
    viewCopied: '已复制当前视图的链接',
    downloadSvg: 'SVG',
    downloadPng: 'PNG',
    showTable: '以表格显示数值',
    hideTable: '隐藏表格',
    loading: '正在加载交互图……',
    needsScript: '这个交互图需要 JavaScript。周围的正文讲的是同一个概念。',
    loadFailed: '交互图加载失败。',
    retry: '重试',
    rejected: (names) => `链接中 ${names.join('、')} 的取值无效，已改用默认值。`,
    unknownCharacters: (chars) => `模型的词表里没有 ${chars}：它把每个这样的字拆成 UTF-8 字节来读，一个字节一个词元（在本页按字符训练的模型则把它读成“�”）。`,
    whatIf: '假设实验：此处改动了真实模型的计算，仅供探索。',
    modelLoading: (percent) => `正在加载小模型……${percent}%`,
    modelFailed: '小模型加载失败。请检查网络连接后重试。',
    foldDetails: '详细信息',
    foldSettings: '更多设置',
    foldExplanation: '说明',
  },
};
