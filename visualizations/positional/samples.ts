/** Sample sentences for the order and add views, per language (Chinese splits into characters). */
import type { Locale } from '@/lib/i18n/locales';

export const SAMPLE_SENTENCES: Record<Locale, string[]> = {
  en: ['dog bites man', 'the cat chased the mouse', 'she gave him a book'],
  zh: ['狗咬人', '猫追老鼠', '她给他一本书'],
};
