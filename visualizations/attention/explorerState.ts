/**
 * The explorer's shareable state and how it is read from a link: `sentence`,
 * `layer`, `head`, `focus`, `view`, the "what if" settings `temperature` and
 * `mask` (the causal mask on or off), and `step`, the stage of the step-through
 * (layer, head, focus and step count from 1, as the reader sees them; focus 0
 * means "the sample's word, or the last token").
 *
 * The URL schema and the checks that need the loaded
 * model (is layer 3 a real layer? is token 40 in this sentence?) are plain
 * functions, tested without a browser.
 */
import { boolParam, enumParam, intParam, numberParam, type ParamSpec, type Schema } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';
import type { ModelConfig } from '@/lib/model/types';
import { REAL, STEPS, type WhatIf } from './math';
import { sampleFor, samples, tokenOfWord } from '@/lib/widgets/attentionSamples';
import type { View } from '@/components/widget/attention/strings';

/** Characters kept from the reader's text: more than a full context of tokens (the model reads at most its context; the rest waits in the box). */
export const MAX_TEXT = 1500;

export interface ExplorerState {
  sentence: string;
  layer: number;
  head: number;
  focus: number;
  view: View;
  /** Softmax temperature of the "what if" box (the model's is 1). */
  temperature: number;
  /** Whether the causal mask is on (the model's is). */
  mask: boolean;
  /** Stage of the step-through, 1 to STEPS.length. */
  step: number;
}

/** Temperatures the "what if" slider reaches: 2^-3 to 2^3. */
export const TEMPERATURE_RANGE = [1 / 8, 8] as const;

/** Free text; a longer link is cut to MAX_TEXT (the truncation note then explains), never rejected. */
function sentenceParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => raw.slice(0, MAX_TEXT), format: (v) => v };
}

/** Upper bounds before the model is known; the real sizes are checked by {@link checkAgainstModel}. */
const MAX_LAYERS = 64;
const MAX_POSITIONS = 4096;

function schemaFor(locale: Locale): Schema<ExplorerState> {
  return {
    sentence: sentenceParam(samples[locale][0].text),
    layer: intParam(samples[locale][0].layer, 1, MAX_LAYERS),
    head: intParam(samples[locale][0].head, 1, MAX_LAYERS),
    focus: intParam(0, 1, MAX_POSITIONS),
    view: enumParam<View>('arcs', ['arcs', 'heatmap', 'heads']),
    temperature: numberParam(REAL.temperature, ...TEMPERATURE_RANGE),
    mask: boolParam(REAL.causal),
    step: intParam(1, 1, STEPS.length),
  };
}

export const explorerSchema: Record<Locale, Schema<ExplorerState>> = { en: schemaFor('en'), zh: schemaFor('zh') };

/**
 * Values of a restored state that do not fit the loaded model or the sentence:
 * returns the corrected fields and the names of those that were out of range.
 */
export function checkAgainstModel(state: ExplorerState, config: ModelConfig, tokenCount: number): { patch: Partial<ExplorerState>; rejected: string[] } {
  const patch: Partial<ExplorerState> = {};
  if (state.layer > config.nLayers) patch.layer = 1;
  if (state.head > config.nHeads) patch.head = 1;
  if (state.focus > Math.min(tokenCount, config.contextLength)) patch.focus = 0;
  return { patch, rejected: Object.keys(patch) };
}

/**
 * The query token shown: the chosen one (clamped to the sentence), else the token of the
 * sample's word, else the last token. `tokenByteLengths` are the UTF-8 byte lengths of
 * the sentence's tokens, in order.
 */
export function selectedToken(state: ExplorerState, locale: Locale, tokenByteLengths: readonly number[]): number {
  const tokenCount = tokenByteLengths.length;
  if (tokenCount === 0) return 0;
  if (state.focus > 0) return Math.min(state.focus, tokenCount) - 1;
  const sample = sampleFor(locale, state.sentence);
  return sample ? tokenOfWord(sample.text, sample.focus, tokenByteLengths) : tokenCount - 1;
}

/** The "what if" settings a state describes. */
export function whatIfOf(state: Pick<ExplorerState, 'temperature' | 'mask'>): WhatIf {
  return { temperature: state.temperature, causal: state.mask };
}

/** The compact explorer's link: layer, head and the chosen query row (0: the last token). */
export interface CompactState {
  layer: number;
  head: number;
  query: number;
}

export const compactSchema: Schema<CompactState> = {
  layer: intParam(1, 1, MAX_LAYERS),
  head: intParam(1, 1, MAX_LAYERS),
  query: intParam(0, 0, MAX_POSITIONS),
};
