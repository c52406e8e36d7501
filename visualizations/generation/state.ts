/**
 * The generation widget's shareable state. The parameter names carry a `g` so they
 * do not collide with the next-token playground's on the same page: `gprompt`,
 * `gsteps` (steps taken), `gseed`, `gtemp`, `gtopk`, and `gnocache` (show the work
 * without a cache). Together they reproduce a continuation exactly, so a teacher can
 * link step 7. The prompt is cut to MAX_PROMPT characters, never rejected.
 */
import { boolParam, intParam, numberParam, type ParamSpec, type Schema, type StateOf } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_SEED, MAX_TEMPERATURE } from '@/lib/widgets/samplingKnobs';

export const MAX_PROMPT = 200;
/** Most steps one continuation may take (each new token must still fit the context). */
export const MAX_STEPS = 32;

/** Prompts to start from; the first is the default. */
export const prompts: Record<Locale, string[]> = {
  en: ['The cat sat on the', 'Once upon a time,', 'The keys to the cabinet'],
  zh: ['小猫坐在', '从前有一座山，', '我喜欢读书，也喜欢'],
};

function promptParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => Array.from(raw).slice(0, MAX_PROMPT).join(''), format: (v) => v };
}

function schemaFor(locale: Locale) {
  return {
    gprompt: promptParam(prompts[locale][0]),
    gsteps: intParam(0, 0, MAX_STEPS),
    gseed: intParam(7, 0, MAX_SEED),
    gtemp: numberParam(0.8, 0, MAX_TEMPERATURE),
    gtopk: intParam(0, 0, 1_000_000),
    gnocache: boolParam(false),
  } satisfies Schema;
}

export type GenerationSchema = ReturnType<typeof schemaFor>;
export type GenerationState = StateOf<GenerationSchema>;

export const generationSchema: Record<Locale, GenerationSchema> = { en: schemaFor('en'), zh: schemaFor('zh') };

/** Steps this model allows: MAX_STEPS, or fewer when the context is short. */
export function maxStepsFor(contextLength: number): number {
  return Math.max(1, Math.min(MAX_STEPS, Math.floor(contextLength / 2)));
}
