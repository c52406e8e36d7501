/**
 * The sample translation pairs, in both directions: the reader's language is the
 * source the encoder reads, the other language the target the decoder writes.
 */
import type { Locale } from '@/lib/i18n/locales';

/** A translation pair: the reader's language is the source (encoder), the other the target (decoder). */
export interface SamplePair {
  source: string;
  target: string;
}

const PAIRS: { en: string; zh: string }[] = [
  { en: 'The cat sat on the mat.', zh: '猫坐在垫子上。' },
  { en: 'Attention lets every word look at the others.', zh: '注意力让每个词都能看到其他词。' },
  { en: 'I would like a cup of tea, please.', zh: '请给我一杯茶。' },
  { en: 'Language models learn from large amounts of text.', zh: '语言模型从大量文本中学习。' },
];

export const SAMPLE_PAIRS: Record<Locale, SamplePair[]> = {
  en: PAIRS.map((p) => ({ source: p.en, target: p.zh })),
  zh: PAIRS.map((p) => ({ source: p.zh, target: p.en })),
};
