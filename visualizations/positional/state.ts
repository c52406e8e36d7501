/**
 * The explorer's shareable state: the view (`kind`), the sinusoidal table's `positions`,
 * `dims` and the picked `pos`, and each view's own choices, so a copied link shows the
 * same picture: the order view's `sentence` and `shuffle` (the shuffle's seed), the add
 * view's `word` and `step`, and the rotary view's `key` position (the query is `pos`).
 * Positions count from 0, as in the chapter's formulas; sentence, word and step count
 * from 1, as the reader sees them. A value out of range takes the default and is reported.
 */
import type { Locale } from '@/lib/i18n/locales';
import { enumParam, intParam, type ParamSpec, type Schema } from '@/lib/widgets/urlState';
import { VIEWS, type View } from './kinds';
import { LIMITS } from './math';
import { splitWords } from './orderDemo';
import { SAMPLE_SENTENCES } from './samples';

export interface PositionalState {
  kind: View;
  positions: number;
  dims: number;
  pos: number;
  /** The order view's sample sentence, from 1. */
  sentence: number;
  /** The seed of the order view's shuffle (each "shuffle again" adds one). */
  shuffle: number;
  /** The add view's word, from 1. */
  word: number;
  /** The add view's step, 1 to ADD_STEPS. */
  step: number;
  /** The rotary view's key position n. */
  key: number;
}

/** Number of steps of the add view's animation (its step parameter is 1 … ADD_STEPS). */
export const ADD_STEPS = 4;

/** The largest position any view reaches. */
export const MAX_POS = LIMITS.positions.max - 1;

/** The largest shuffle seed a link may carry. */
export const MAX_SHUFFLE = 999_999;

/** The words the add view offers: those of the page language's first sample sentence. */
export function addWords(locale: Locale): string[] {
  return splitWords(SAMPLE_SENTENCES[locale][0]);
}

/** An even integer in [min, max]. */
function evenParam(defaultValue: number, min: number, max: number): ParamSpec<number> {
  const base = intParam(defaultValue, min, max);
  return { ...base, parse: (raw) => ((v) => (v !== undefined && v % 2 === 0 ? v : undefined))(base.parse(raw)) };
}

/** The URL schema for a page's language; `kind` defaults to the view the chapter asked for. */
export function positionalSchema(locale: Locale, kind: View = 'sinusoidal'): Schema<PositionalState> {
  return {
    kind: enumParam<View>(kind, VIEWS),
    positions: intParam(64, LIMITS.positions.min, LIMITS.positions.max),
    dims: evenParam(128, LIMITS.dims.min, LIMITS.dims.max),
    pos: intParam(8, 0, MAX_POS),
    sentence: intParam(1, 1, SAMPLE_SENTENCES[locale].length),
    shuffle: intParam(1, 1, MAX_SHUFFLE),
    word: intParam(1, 1, addWords(locale).length),
    step: intParam(1, 1, ADD_STEPS),
    key: intParam(6, 0, MAX_POS),
  };
}
