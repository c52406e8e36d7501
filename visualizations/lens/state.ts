/**
 * The logit lens's shareable state: `lens` (the sentence, cut to MAX_TEXT
 * characters, never rejected) and the selected cell, `lpos` (position) and
 * `lrow` (stream: 0 = the embedding, l = after block l), both counted from 0 and
 * clamped to the sentence and the model once they are known.
 */
import { intParam, type ParamSpec, type Schema, type StateOf } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';

export const MAX_TEXT = 200;
/** Positions the grid shows; a longer sentence keeps its first tokens. */
export const MAX_POSITIONS = 24;

export const sentences: Record<Locale, string[]> = {
  en: ['The cat sat on the mat.', 'She gave him the book because he asked for it.', 'Once upon a time, there was a king.'],
  zh: ['小猫坐在椅子上。', '我喜欢读书，也喜欢写字。', '从前有一座山，山上有一座庙。'],
};

function textParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => Array.from(raw).slice(0, MAX_TEXT).join(''), format: (v) => v };
}

function schemaFor(locale: Locale) {
  return {
    lens: textParam(sentences[locale][0]),
    lpos: intParam(0, 0, MAX_POSITIONS - 1),
    lrow: intParam(0, 0, 1000),
  } satisfies Schema;
}

export type LensSchema = ReturnType<typeof schemaFor>;
export type LensState = StateOf<LensSchema>;

export const lensSchema: Record<Locale, LensSchema> = { en: schemaFor('en'), zh: schemaFor('zh') };
