'use client';
/**
 * The harness every widget that runs the page's tiny model on the reader's input
 * shares: the model (useTinyModel), the widget's state in the URL (useUrlState),
 * and one check of that state against the model once it has loaded, since a link
 * can name a layer, head or token the model does not have and the schema cannot
 * know the model's sizes. Values that fail either check are reported together, in
 * `rejected`, and {@link inputNotices} turns them into the frame's notices with the
 * two things every such widget says about its input: it was cut, and some of its
 * characters have no token of their own.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { charactersWithoutToken } from '@/lib/model/tokenizer';
import type { TinyModel } from '@/lib/model/types';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import type { Schema, StateOf } from '@/lib/widgets/urlState';
import { useTinyModel } from './useTinyModel';
import { useUrlState } from './useUrlState';

/** Corrections to a restored state that does not fit the model, and the names of the fields corrected. */
export interface ModelCheck<S> {
  patch: Partial<S>;
  rejected: string[];
}

/**
 * Checks `state` against `model` once, the first time a model is there: corrected
 * fields go through `update`, and their names come back with `urlRejected` (each name
 * once) for the widget to mention.
 */
export function useModelCheck<S>(
  model: TinyModel | null,
  state: S,
  update: (patch: Partial<S>) => void,
  check: (state: S, model: TinyModel) => ModelCheck<S>,
  urlRejected: readonly string[],
): string[] {
  const [modelRejected, setModelRejected] = useState<string[]>([]);
  const checked = useRef(false);
  useEffect(() => {
    if (!model || checked.current) return;
    checked.current = true;
    const { patch, rejected } = check(state, model);
    if (rejected.length) {
      update(patch);
      setModelRejected(rejected);
    }
  }, [model, state, update, check]);
  return useMemo(() => [...new Set([...urlRejected, ...modelRejected])], [urlRejected, modelRejected]);
}

const fitsAnyModel = <S>(): ModelCheck<S> => ({ patch: {}, rejected: [] });

/**
 * The model, the URL state and the values rejected by the URL or the model, for one
 * model widget; `check` can be left out when every value the schema accepts fits any model.
 */
export function useModelWidget<T extends Schema>(locale: Locale, schema: T, check: (state: StateOf<T>, model: TinyModel) => ModelCheck<StateOf<T>> = fitsAnyModel) {
  const tiny = useTinyModel(locale);
  const { state, update, rejected: urlRejected } = useUrlState(schema);
  const rejected = useModelCheck(tiny.model, state, update, check, urlRejected);
  return { tiny, state, update, rejected };
}

/** What a model widget's view gets from its wrapper once the model is there. */
export interface ModelViewProps<S> {
  locale: Locale;
  model: TinyModel;
  state: S;
  update: (patch: Partial<S>) => void;
  /** Link values rejected by the URL or the model (useModelWidget). */
  rejected: string[];
}

interface InputNoticeOptions {
  /** Names of the values that were rejected (from useModelWidget). */
  rejected: readonly string[];
  /** The text the model reads, for the characters it has no token for. */
  text: string;
  /** What to say when the input was cut to the model's context, or null when it was not. */
  truncated: string | null;
}

/** The notices of a model widget's input: rejected link values, a cut input, characters spelled as bytes. */
export function inputNotices(locale: Locale, model: TinyModel, { rejected, text, truncated }: InputNoticeOptions): string[] {
  const t = widgetStrings[locale];
  const unknown = charactersWithoutToken(model, text);
  return [...(rejected.length ? [t.rejected([...rejected])] : []), ...(truncated ? [truncated] : []), ...(unknown.length ? [t.unknownCharacters(unknown.map((c) => `“${c}”`).join(' '))] : [])];
}
