/**
 * The head gallery's shareable state: `sentence` (cut to MAX_TEXT characters,
 * never rejected) and the opened head, `layer` and `head`, counted from 1 as
 * the reader sees them and checked against the model once it is loaded.
 *
 * Why this file exists: the URL schema and the check that needs the model are
 * plain data and functions, tested without a browser.
 */
import { intParam, type ParamSpec, type Schema, type StateOf } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';
import type { ModelConfig } from '@/lib/model/types';
import { gallerySamples } from './samples';

/** Characters kept from a sentence (the model reads at most its context). */
export const MAX_TEXT = 300;
/** Upper bound before the model is known; the real sizes are checked by {@link checkAgainstModel}. */
const MAX_INDEX = 64;

function sentenceParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => Array.from(raw).slice(0, MAX_TEXT).join(''), format: (v) => v };
}

function schemaFor(locale: Locale) {
  return {
    sentence: sentenceParam(gallerySamples[locale][0].text),
    layer: intParam(1, 1, MAX_INDEX),
    head: intParam(1, 1, MAX_INDEX),
  } satisfies Schema;
}

export type GallerySchema = ReturnType<typeof schemaFor>;
export type GalleryState = StateOf<GallerySchema>;

export const gallerySchema: Record<Locale, GallerySchema> = { en: schemaFor('en'), zh: schemaFor('zh') };

/** A layer or head the model does not have goes back to 1, and is reported. */
export function checkAgainstModel(state: GalleryState, config: ModelConfig): { patch: Partial<GalleryState>; rejected: string[] } {
  const patch: Partial<GalleryState> = {};
  if (state.layer > config.nLayers) patch.layer = 1;
  if (state.head > config.nHeads) patch.head = 1;
  return { patch, rejected: Object.keys(patch) };
}
