/**
 * The block explorer's shareable state: the sizes (layers, dmodel, heads, dff,
 * vocab, context), the selected part, the sentence whose residual stream is
 * shown, and the residual heat map's cursor: `stage` (a row: `embed`, `attn1`,
 * `ffn1`, `attn2`, …, as in math.ts's residualNorms) and `token` (a column,
 * counted from 1). Defaults: GPT-2 small's sizes, the attention part, the attention
 * explorer's first sample sentence in the page's language, and the first cell.
 */
import { enumParam, intParam, type ParamSpec, type Schema, type StateOf } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';
import { samples } from '@/lib/widgets/attentionSamples';
import { PARTS } from './math';

/** Characters kept from a sentence in a link (the tiny model reads at most its context). */
export const MAX_SENTENCE = 300;

/** Free text; a longer link is cut to MAX_SENTENCE, never rejected. */
function sentenceParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => Array.from(raw).slice(0, MAX_SENTENCE).join(''), format: (v) => v };
}

/** Upper bound of a token position before the model is known. */
const MAX_POSITIONS = 4096;

/** A stage of the residual stream, by its id. */
function stageParam(): ParamSpec<string> {
  return { default: 'embed', parse: (raw) => (/^(embed|(attn|ffn)[1-9]\d?)$/.test(raw) ? raw : undefined), format: (v) => v };
}

function schemaFor(locale: Locale) {
  return {
    layers: intParam(12, 1, 1000),
    dmodel: intParam(768, 1, 1_000_000),
    heads: intParam(12, 1, 100_000),
    dff: intParam(3072, 1, 10_000_000),
    vocab: intParam(50257, 1, 100_000_000),
    context: intParam(1024, 1, 100_000_000),
    part: enumParam('attn', PARTS),
    sentence: sentenceParam(samples[locale][0].text),
    stage: stageParam(),
    token: intParam(1, 1, MAX_POSITIONS),
  } satisfies Schema;
}

export type BlockSchema = ReturnType<typeof schemaFor>;
export type BlockState = StateOf<BlockSchema>;

export const blockSchema: Record<Locale, BlockSchema> = { en: schemaFor('en'), zh: schemaFor('zh') };

/**
 * A cursor the loaded model cannot show (a stage past its `nLayers` blocks, a token past
 * the sentence's `tokenCount` tokens) goes back to the first row or column, and is reported.
 */
export function checkCursor(state: Pick<BlockState, 'stage' | 'token'>, nLayers: number, tokenCount: number): { patch: Partial<BlockState>; rejected: string[] } {
  const patch: Partial<BlockState> = {};
  const layer = state.stage === 'embed' ? 0 : Number(state.stage.replace(/^\D+/, ''));
  if (layer > nLayers) patch.stage = 'embed';
  if (state.token > Math.max(1, tokenCount)) patch.token = 1;
  return { patch, rejected: Object.keys(patch) };
}
