/**
 * The playground's shareable state: `text` (cut to MAX_TEXT characters, never
 * rejected), `tokenizer` (whose tokens are shown as chips), `pair` (the
 * English–Chinese sample compared side by side) and `token`, the tiny model's token
 * whose embedding is shown (its id, as printed under each chip; absent: the text's
 * first token). The default text is the chapter's example sentence in the page's
 * language. A token id the loaded model does not have is reported by
 * {@link checkToken} and the default is shown.
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

/** Upper bound of a token id before the model is known. */
const MAX_TOKEN_ID = 1_000_000;

/** A token id, or null for "the text's first token". */
function tokenParam(): ParamSpec<number | null> {
  return {
    default: null,
    parse: (raw) => (/^\d{1,7}$/.test(raw) && +raw < MAX_TOKEN_ID ? +raw : undefined),
    format: (v) => (v === null ? '' : String(v)),
  };
}

function schemaFor(locale: Locale) {
  return {
    text: textParam(samplePairs[0][locale]),
    tokenizer: enumParam<TokenizerId>('cl100k_base', TOKENIZERS),
    pair: enumParam(pairIds[0], pairIds),
    token: tokenParam(),
  } satisfies Schema;
}

export type TokenizerSchema = ReturnType<typeof schemaFor>;
export type TokenizerState = StateOf<TokenizerSchema>;

export const tokenizerSchema: Record<Locale, TokenizerSchema> = { en: schemaFor('en'), zh: schemaFor('zh') };

/** A linked token the model's vocabulary does not hold goes back to the default, and is reported. */
export function checkToken(token: number | null, vocabSize: number): { patch: Partial<TokenizerState>; rejected: string[] } {
  return token !== null && token >= vocabSize ? { patch: { token: null }, rejected: ['token'] } : { patch: {}, rejected: [] };
}
