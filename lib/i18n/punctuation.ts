/**
 * Punctuation for text a widget assembles from pieces (a label and its value, a list of
 * items, a number in brackets): half-width with spaces in English, full-width without
 * them in Chinese, as Chinese typesetting writes it (："，“、”，“（）”，“。”).
 * Whole sentences keep their punctuation in each widget's strings table.
 */
import type { Locale } from './locales';

export interface Punctuation {
  /** Between a label and its text: "Input: [n]", "输入：[n]". */
  colon: string;
  /** Between items of a list: "cat (0.85), dog (0.80)", "猫（0.85）、狗（0.80）". */
  listSeparator: string;
  /** Between two clauses of one remark: "best: previous token 0.31, 2.1 × chance". */
  clauseSeparator: string;
  /** Ends a sentence. */
  period: string;
  /** A remark in brackets after what it explains (the English one brings its leading space). */
  aside: (text: string) => string;
}

export const punctuation: Record<Locale, Punctuation> = {
  en: { colon: ': ', listSeparator: ', ', clauseSeparator: ', ', period: '.', aside: (text) => ` (${text})` },
  zh: { colon: '：', listSeparator: '、', clauseSeparator: '，', period: '。', aside: (text) => `（${text}）` },
};
