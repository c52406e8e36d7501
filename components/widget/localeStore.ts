'use client';
/**
 * A file (or set of files) that every widget of a page needs once per language, fetched
 * once and shared: the tiny model (useTinyModel), the positional explorer's position
 * table. The first widget to ask starts the download; every other widget of the page
 * shares it and sees the same progress. A failure stays until a retry asks again, so
 * widgets do not hammer a server that is down; the next attempt starts afresh.
 *
 * `createLocaleStore(load)` keeps one entry per locale with subscribe/snapshot functions
 * for React's useSyncExternalStore; `useLocaleAsset(store, locale)` is that hook.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/locales';

/** A snapshot of one locale's download. */
export interface LocaleAsset<T> {
  value: T | null;
  /** 0…1 while downloading, 1 once loaded. */
  progress: number;
  /** Technical reason of the last failure (for the console and tests), or null. */
  detail: string | null;
}

/** Loads a locale's asset, reporting progress as a fraction 0…1 when it can. */
export type LocaleLoader<T> = (locale: Locale, onProgress: (fraction: number) => void) => Promise<T>;

export interface LocaleStore<T> {
  /** Starts loading unless loaded, loading, or failed (failures wait for retry). */
  ensure: (locale: Locale) => void;
  retry: (locale: Locale) => void;
  subscribe: (locale: Locale, listener: () => void) => () => void;
  snapshot: (locale: Locale) => LocaleAsset<T>;
}

interface Entry<T> {
  state: LocaleAsset<T>;
  loading: boolean;
  listeners: Set<() => void>;
}

/** The state before anything was asked (also the server's snapshot). */
export const IDLE: LocaleAsset<never> = { value: null, progress: 0, detail: null };

export function createLocaleStore<T>(load: LocaleLoader<T>): LocaleStore<T> {
  const entries = new Map<Locale, Entry<T>>();
  const entry = (locale: Locale): Entry<T> => {
    let e = entries.get(locale);
    if (!e) {
      e = { state: IDLE, loading: false, listeners: new Set() };
      entries.set(locale, e);
    }
    return e;
  };
  const set = (e: Entry<T>, patch: Partial<LocaleAsset<T>>) => {
    e.state = { ...e.state, ...patch };
    e.listeners.forEach((listener) => listener());
  };
  const ensure = (locale: Locale, force = false) => {
    const e = entry(locale);
    if (e.loading || e.state.value !== null || (e.state.detail !== null && !force)) return;
    e.loading = true;
    set(e, { progress: 0, detail: null });
    load(locale, (fraction) => {
      if (fraction !== e.state.progress) set(e, { progress: fraction });
    })
      .then((value) => set(e, { value, progress: 1 }))
      .catch((error: unknown) => {
        console.error(error);
        set(e, { detail: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        e.loading = false;
      });
  };
  return {
    ensure: (locale) => ensure(locale),
    retry: (locale) => ensure(locale, true),
    subscribe: (locale, listener) => {
      const e = entry(locale);
      e.listeners.add(listener);
      return () => e.listeners.delete(listener);
    },
    snapshot: (locale) => entry(locale).state,
  };
}

const serverSnapshot = () => IDLE;

/** The store's state for `locale`, starting the download on mount, with a retry for failures. */
export function useLocaleAsset<T>(store: LocaleStore<T>, locale: Locale): LocaleAsset<T> & { retry: () => void } {
  const subscribe = useCallback((listener: () => void) => store.subscribe(locale, listener), [store, locale]);
  const state = useSyncExternalStore(subscribe, () => store.snapshot(locale), serverSnapshot);
  useEffect(() => store.ensure(locale), [store, locale]);
  const retry = useCallback(() => store.retry(locale), [store, locale]);
  return { ...state, retry };
}
