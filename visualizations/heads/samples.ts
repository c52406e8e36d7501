/**
 * Sample sentences for the head gallery, per language: a plain sentence, one
 * with repeated words (where a copying head would show), and a longer one.
 * Chosen from the kind of text the tiny model was trained on (data/README.md).
 */
import type { Locale } from '@/lib/i18n/locales';
import type { SampleChoice } from '@/components/widget/attention/SentenceInput';

export const gallerySamples: Record<Locale, SampleChoice[]> = {
  en: [
    { text: 'The cat sat on the mat.', label: 'a short sentence' },
    { text: 'I like green tea. You like green tea. We like green tea.', label: 'repeated words' },
    { text: 'She gave him the book because he asked for it.', label: 'a longer sentence' },
  ],
  zh: [
    { text: '我喜欢读书，也喜欢写字。', label: '一个短句' },
    { text: '小明放学以后先写作业，然后去楼下踢足球。小明放学以后先写作业，然后去楼下踢足球。', label: '重复出现的词' },
    { text: '老师把书给了学生，因为他想读。', label: '一个较长的句子' },
  ],
};
