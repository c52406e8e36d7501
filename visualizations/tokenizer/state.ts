/**
 * The playground's shareable state: `text` (cut to MAX_TEXT characters, never
 * rejected), `tokenizer` (whose tokens are shown as chips) and `pair` (the
 * English–Chinese sample compared side by side). The default text is the
 * chapter's example sentence in the page's language.
 */
import { enumParam, type ParamSpec, type Schema, type StateOf } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';
import { pairIds, samplePairs } from './samples';

/** Characters kept from a text (a link stays a sensible length). */
export const MAX_TEXT = 500;

export const TOKENIZERS = ['tiny', 'r50k_base', 'cl100k_base', 'o200k_base'] as const;
export type TokenizerId = (typeof TOKENIZERS)[number];

function textParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => Array.from(raw).slice(0, MAX_TEXT).join(''), format: (v) => v };
}

function schemaFor(locale: Locale) {
  return {
    text: textParam(samplePairs[0][locale]),
    tokenizer: enumParam<TokenizerId>('cl100k_base', TOKENIZERS),
    pair: enumParam(pairIds[0], pairIds),
  } satisfies Schema;
}

export type TokenizerSchema = ReturnType<typeof schemaFor>;
export type TokenizerState = StateOf<TokenizerSchema>;

export const tokenizerSchema: Record<Locale, TokenizerSchema> = { en: schemaFor('en'), zh: schemaFor('zh') };
