/**
 * The head gallery's shareable state: `sentence` (cut to MAX_TEXT characters,
 * never rejected), the opened head, `layer` and `head`, and `query`, the row of the
 * opened head's map that is outlined (0, the default, is the last token), all counted
 * from 1 as the reader sees them and checked against the model once it is loaded.
 *
 * The URL schema and the check that needs the model are
 * plain data and functions, tested without a browser.
 */
import { intParam, type ParamSpec, type Schema, type StateOf } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';
import type { ModelConfig } from '@/lib/model/types';
import { gallerySamples } from './samples';

/** Characters kept from a sentence (the model reads at most its context). */
export const MAX_TEXT = 300;
/** Upper bounds before the model is known; the real sizes are checked by {@link checkAgainstModel}. */
const MAX_INDEX = 64;
const MAX_POSITIONS = 4096;

function sentenceParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => Array.from(raw).slice(0, MAX_TEXT).join(''), format: (v) => v };
}

function schemaFor(locale: Locale) {
  return {
    sentence: sentenceParam(gallerySamples[locale][0].text),
    layer: intParam(1, 1, MAX_INDEX),
    head: intParam(1, 1, MAX_INDEX),
    query: intParam(0, 0, MAX_POSITIONS),
  } satisfies Schema;
}

export type GallerySchema = ReturnType<typeof schemaFor>;
export type GalleryState = StateOf<GallerySchema>;

export const gallerySchema: Record<Locale, GallerySchema> = { en: schemaFor('en'), zh: schemaFor('zh') };

/**
 * A layer or head the model does not have goes back to 1, a query row past the
 * sentence's `tokenCount` tokens (or the model's context) to the last token; each is reported.
 */
export function checkAgainstModel(state: GalleryState, config: ModelConfig, tokenCount: number): { patch: Partial<GalleryState>; rejected: string[] } {
  const patch: Partial<GalleryState> = {};
  if (state.layer > config.nLayers) patch.layer = 1;
  if (state.head > config.nHeads) patch.head = 1;
  if (state.query > Math.min(tokenCount, config.contextLength)) patch.query = 0;
  return { patch, rejected: Object.keys(patch) };
}

/** The outlined query row (from 0) of a map with `tokenCount` rows: the chosen one, else the last. */
export function queryRow(query: number, tokenCount: number): number {
  return query > 0 ? Math.min(query, tokenCount) - 1 : tokenCount - 1;
}
