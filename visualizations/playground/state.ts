/**
 * The playground's shareable state: `prompt`, `temperature`, `topk`, `mode`
 * (greedy | sample), `seed`, and `generated` (how many tokens were added).
 * Together they reproduce the continuation exactly, so a shared link shows
 * the same sample. `at` is the token whose distribution the chart shows, counted
 * from 1 after the prompt (generated + 1 is the token to come; 0, the default, the
 * latest one). The prompt is cut to MAX_PROMPT characters, never rejected.
 *
 * The URL schema, the sample prompts and the checks that
 * need the loaded model are plain data and functions, tested without a browser.
 */
import { enumParam, intParam, numberParam, type ParamSpec, type Schema, type StateOf } from '@/lib/widgets/urlState';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_SEED, MAX_TEMPERATURE } from '@/lib/widgets/samplingKnobs';
import type { Mode } from './math';

/** Characters kept from a prompt (the model itself reads the last contextLength of them). */
export const MAX_PROMPT = 300;
/** Most tokens one continuation may have (each costs a forward pass when the settings change). */
export const MAX_GENERATED = 60;
/** Tokens added by the "generate" button. */
export const GENERATE_RUN = 20;

/** Prompts to start from, in each language; the first is the default. */
export const prompts: Record<Locale, string[]> = {
  en: ['The cat sat on the', 'She gave him the book because', 'The keys to the cabinet'],
  zh: ['小猫没有过马路，因为它太', '我喜欢读书，也喜欢', '老师把书给了'],
};

function promptParam(defaultValue: string): ParamSpec<string> {
  return { default: defaultValue, parse: (raw) => Array.from(raw).slice(0, MAX_PROMPT).join(''), format: (v) => v };
}

function schemaFor(locale: Locale) {
  return {
    prompt: promptParam(prompts[locale][0]),
    temperature: numberParam(1, 0, MAX_TEMPERATURE),
    topk: intParam(0, 0, 100_000),
    mode: enumParam<Mode>('sample', ['greedy', 'sample']),
    seed: intParam(42, 0, MAX_SEED),
    generated: intParam(0, 0, MAX_GENERATED),
    at: intParam(0, 0, MAX_GENERATED + 1),
  } satisfies Schema;
}

export type PlaygroundSchema = ReturnType<typeof schemaFor>;
export type PlaygroundState = StateOf<PlaygroundSchema>;

export const playgroundSchema: Record<Locale, PlaygroundSchema> = { en: schemaFor('en'), zh: schemaFor('zh') };

/** A top-k above the vocabulary cannot be honoured: it is reset to "all" and reported. */
export function checkAgainstVocab(state: PlaygroundState, vocabSize: number): { patch: Partial<PlaygroundState>; rejected: string[] } {
  return state.topk > vocabSize ? { patch: { topk: 0 }, rejected: ['topk'] } : { patch: {}, rejected: [] };
}

/** A chosen token past the one to come goes back to the latest, and is reported. */
export function checkPosition(state: PlaygroundState): { patch: Partial<PlaygroundState>; rejected: string[] } {
  return state.at > state.generated + 1 ? { patch: { at: 0 }, rejected: ['at'] } : { patch: {}, rejected: [] };
}

/** The index (from 0) of the token whose distribution is shown, once `available` tokens have been generated. */
export function shownIndex(at: number, available: number): number {
  return at > 0 && at - 1 <= available ? at - 1 : Math.max(0, available - 1);
}
