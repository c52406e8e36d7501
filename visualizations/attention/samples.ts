/**
 * Sample sentences for the attention explorer, per language, each chosen to
 * test something: a pronoun and its noun, a verb and its subject, words that
 * repeat. The labels ask rather than promise: the tiny model's heads mostly
 * follow nearby characters, and the reader finds out what they really do. `focus` names the word whose last character is selected as the
 * query when the sample is chosen (its position is computed, not typed).
 *
 * Why this file exists: the samples are content, kept apart from the code that
 * draws them, and the tests and the benchmark reuse them.
 */
import type { Locale } from '@/lib/i18n/locales';

export interface Sample {
  /** The sentence the model reads. */
  text: string;
  /** Button label: the question the sentence lets the reader test. */
  label: string;
  /** A word in `text`; its last character becomes the query token. */
  focus: string;
}

export const samples: Record<Locale, Sample[]> = {
  en: [
    { text: "The animal didn't cross the street because it was too tired.", label: 'Does “it” find “animal”?', focus: ' it' },
    { text: 'The keys to the cabinet are on the table.', label: 'Does “are” find “keys”?', focus: ' are' },
    { text: 'I like green tea. You like green tea. We like green tea.', label: 'Repeated words', focus: 'We like green' },
  ],
  zh: [
    { text: '小猫没有过马路，因为它太累了。', label: '“它”能找到“小猫”吗？', focus: '它' },
    { text: '柜子的钥匙在桌子上。', label: '“在”能找到“钥匙”吗？', focus: '在' },
    { text: '我喜欢喝茶，你喜欢喝茶，他也喜欢喝茶。', label: '重复出现的词', focus: '他也喜欢' },
  ],
};

/** Index (in characters) of the last character of the first `word` in `text`, or the last character. */
export function focusIndex(text: string, word: string): number {
  const chars = Array.from(text);
  const at = text.indexOf(word);
  if (at < 0) return Math.max(0, chars.length - 1);
  return Array.from(text.slice(0, at + word.length)).length - 1;
}
