/**
 * Sample texts for the tokenizer playground: pairs with the same meaning in
 * English and Chinese (so token counts by language can be compared), plus the
 * chapter's own example sentence first.
 *
 * The samples are content, kept apart from the code that
 * draws them; the tests and the browser tests reuse them.
 */
import type { Locale } from '@/lib/i18n/locales';

export interface SamplePair {
  id: string;
  /** Button label in each interface language. */
  label: Record<Locale, string>;
  en: string;
  zh: string;
}

export const samplePairs: SamplePair[] = [
  { id: 'llm', label: { en: 'Language models', zh: '语言模型' }, en: 'Large language models learn from text.', zh: '大型语言模型从文本中学习。' },
  { id: 'cat', label: { en: 'A sleeping cat', zh: '睡觉的小猫' }, en: 'The little cat is sleeping on the warm sofa.', zh: '小猫在温暖的沙发上睡觉。' },
  { id: 'window', label: { en: 'Context window', zh: '上下文窗口' }, en: 'The tokenizer decides how much text fits into the context window.', zh: '分词器决定了上下文窗口能装下多少文字。' },
  { id: 'numbers', label: { en: 'Numbers and emoji', zh: '数字和表情' }, en: 'Prices rose 3.5% in 2024 🙂', zh: '价格在2024年上涨了3.5% 🙂' },
];

export const pairIds = samplePairs.map((p) => p.id);
