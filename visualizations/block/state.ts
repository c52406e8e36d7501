/**
 * The block explorer's shareable state: the sizes (layers, dmodel, heads, dff,
 * vocab, context), the selected part, and the sentence whose residual stream is
 * shown. Defaults: GPT-2 small's sizes, the attention part, and the attention
 * explorer's first sample sentence in the page's language.
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
  } satisfies Schema;
}

export type BlockSchema = ReturnType<typeof schemaFor>;
export type BlockState = StateOf<BlockSchema>;

export const blockSchema: Record<Locale, BlockSchema> = { en: schemaFor('en'), zh: schemaFor('zh') };
