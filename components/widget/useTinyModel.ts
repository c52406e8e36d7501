'use client';
/**
 * `useTinyModel(locale)`: the page's tiny GPT for that language, for any widget.
 *
 * Several widgets on one page (attention explorer,
 * next-token playground, block explorer, …) run the same
 * model. The first widget to ask starts the download through lib/model's
 * loadModel; every other widget on the page shares that one download and that
 * one parsed model (a module-level cache per locale, ./localeStore.ts), and they all
 * see the same progress. A failed load can be retried; the next attempt starts afresh.
 *
 * Usage:
 *   const tiny = useTinyModel(locale);
 *   if (!tiny.model) return <ModelStatus locale={locale} state={tiny} />;
 *   const trace = forward(tiny.model, encode(tiny.model, text).ids);
 *
 * Returns { model, progress, error, retry }:
 * - model: the TinyModel once loaded, else null;
 * - progress: 0…1 while downloading (1 once loaded);
 * - error: a localised message for the reader if loading failed, else null
 *   (`detail` holds the technical reason, for the console and tests);
 * - retry(): starts a new attempt after a failure.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { forward } from '@/lib/model/forward';
import { loadModel, type LoadProgress } from '@/lib/model/load';
import type { ForwardTrace, TinyModel } from '@/lib/model/types';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { createLocaleStore, IDLE, type LocaleAsset, type LocaleStore } from './localeStore';
import { modelBase } from './modelFiles';

export { modelBase } from './modelFiles';

/** A snapshot of one locale's model download. */
export interface ModelState {
  model: TinyModel | null;
  progress: number;
  /** Technical reason of the last failure, or null. */
  detail: string | null;
}

export interface TinyModelHandle extends ModelState {
  /** Localised message for the reader when loading failed, else null. */
  error: string | null;
  retry: () => void;
}

type Loader = (base: string, onProgress: (p: LoadProgress) => void) => Promise<TinyModel>;

/**
 * The page's model downloads, one per locale (components/widget/localeStore.ts), with
 * model.json counted as the first 2% and the weights as the rest. Exported so tests can
 * make one with a fake loader.
 */
export function createModelStore(loader: Loader): LocaleStore<TinyModel> {
  return createLocaleStore((locale, report) =>
    loader(modelBase(locale), (p) => {
      if (p.phase === 'config') report(0.02);
      else if (p.total > 0) report(0.02 + 0.97 * Math.min(1, p.loaded / p.total));
    }),
  );
}

const store = createModelStore((base, onProgress) => loadModel(base, { onProgress }));

/**
 * A model the reader trained on this page ("use my model" in the training widget):
 * while set, every widget of that locale that asks for the page's model gets this
 * one instead; null goes back to the shipped model.
 */
const readerModels = new Map<Locale, LocaleAsset<TinyModel>>();
const readerListeners = new Set<() => void>();

export function setReaderModel(locale: Locale, model: TinyModel | null): void {
  if (model) readerModels.set(locale, { value: model, progress: 1, detail: null });
  else readerModels.delete(locale);
  readerListeners.forEach((listener) => listener());
}

export function useTinyModel(locale: Locale): TinyModelHandle {
  const subscribe = useCallback(
    (listener: () => void) => {
      const off = store.subscribe(locale, listener);
      readerListeners.add(listener);
      return () => {
        off();
        readerListeners.delete(listener);
      };
    },
    [locale],
  );
  const state = useSyncExternalStore(
    subscribe,
    () => readerModels.get(locale) ?? store.snapshot(locale),
    () => IDLE,
  );
  useEffect(() => store.ensure(locale), [locale]);
  const retry = useCallback(() => store.retry(locale), [locale]);
  return { model: state.value, progress: state.progress, detail: state.detail, error: state.detail === null ? null : widgetStrings[locale].modelFailed, retry };
}

/** Name of the User Timing entry that {@link measuredForward} records (read by `npm run bench`). */
export const FORWARD_MEASURE = 'tiny-model:forward';

/**
 * forward() that also records how long it took as a performance measure named
 * FORWARD_MEASURE with `detail.tokens`, so benchmarks can read the in-page time
 * (with a PerformanceObserver; only the latest entry is kept in the buffer).
 */
export function measuredForward(model: TinyModel, ids: readonly number[]): ForwardTrace {
  const start = performance.now();
  const trace = forward(model, ids);
  performance.clearMeasures(FORWARD_MEASURE);
  performance.measure(FORWARD_MEASURE, { start, end: performance.now(), detail: { tokens: ids.length } });
  return trace;
}
