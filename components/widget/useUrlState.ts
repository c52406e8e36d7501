'use client';
/**
 * Keeps a widget's state in the page URL, under the widget instance's prefix
 * (lib/widgets/widgetLink.ts): read once, when the widget is created (widgets are
 * islands, never server-rendered, so the URL is there from the first render), then every
 * change is written back with replaceState, so the address bar always holds a link to
 * the current view. Rejected URL values come back as `rejected` for the widget to mention.
 *
 * The write waits until the state has been still for URL_DELAY ms (and happens at once
 * when the widget unmounts, or when its copy-link button is pressed): replaceState costs
 * milliseconds, and a slider drag or typing makes dozens of changes a second, which
 * would otherwise each pay for it (Chromium also throttles pages that call it too often).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { readState, writeState, type Schema, type StateOf } from '@/lib/widgets/urlState';
import { scopedParams, withScopedParams } from '@/lib/widgets/widgetLink';
import { useWidgetInstance } from './widgetInstance';

/** Milliseconds of stillness before the URL is rewritten. */
export const URL_DELAY = 100;

export function useUrlState<T extends Schema>(schema: T) {
  type S = StateOf<T>;
  const instance = useWidgetInstance();
  const id = instance?.id;
  const [initial] = useState(() => {
    const search = new URLSearchParams(window.location.search);
    return readState(schema, id ? scopedParams(search, id) : search);
  });
  const [state, setState] = useState<S>(initial.state as S);
  const rejected = initial.rejected;

  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    const write = () => {
      pending.current = null;
      instance?.pending.delete(write);
      const url = new URL(window.location.href);
      const search = id ? withScopedParams(url.searchParams, id, writeState(schema, state, scopedParams(url.searchParams, id))) : writeState(schema, state, url.searchParams);
      const text = search.toString();
      const next = `${url.pathname}${text ? `?${text}` : ''}${url.hash}`;
      if (next !== `${url.pathname}${url.search}${url.hash}`) history.replaceState(history.state, '', next);
    };
    pending.current = write;
    instance?.pending.add(write);
    const timer = window.setTimeout(write, URL_DELAY);
    return () => {
      window.clearTimeout(timer);
      instance?.pending.delete(write);
    };
  }, [schema, state, id, instance]);
  // a change still waiting when the widget goes away is written at once
  useEffect(() => () => pending.current?.(), []);

  const update = useCallback((patch: Partial<S>) => setState((current) => ({ ...current, ...patch })), []);
  return { state, update, rejected };
}
