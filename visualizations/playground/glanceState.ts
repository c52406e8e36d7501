/**
 * The home page instrument's link: the text, and the layer and head whose attention is
 * drawn (counting from 1; layer 0, the default, means the last layer; both are clamped
 * to the loaded model). The text starts as the playground's first sample prompt.
 */
import { intParam, type ParamSpec, type Schema } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_PROMPT, prompts } from './state';

export interface GlanceState {
  text: string;
  layer: number;
  head: number;
}

function textParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => Array.from(raw).slice(0, MAX_PROMPT).join(''), format: (v) => v };
}

/** Upper bound before the model is known. */
const MAX_LAYERS = 64;

const schemaFor = (locale: Locale): Schema<GlanceState> => ({
  text: textParam(prompts[locale][0]),
  layer: intParam(0, 0, MAX_LAYERS),
  head: intParam(1, 1, MAX_LAYERS),
});

export const glanceSchema: Record<Locale, Schema<GlanceState>> = { en: schemaFor('en'), zh: schemaFor('zh') };
