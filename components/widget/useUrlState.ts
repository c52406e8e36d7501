'use client';
/**
 * Keeps a widget's state in the page URL: read once after mount (the static HTML was
 * rendered with defaults), then every change is written back with replaceState, so the
 * address bar always holds a link to the current view. Rejected URL values come back as
 * `rejected` for the widget to mention.
 *
 * The write waits until the state has been still for URL_DELAY ms (and happens at once
 * when the widget unmounts): replaceState costs milliseconds, and a slider drag or typing
 * makes dozens of changes a second, which would otherwise each pay for it (Chromium also
 * throttles pages that call it too often).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { readState, writeState, type Schema, type StateOf } from '@/lib/widgets/urlState';

/** Milliseconds of stillness before the URL is rewritten. */
export const URL_DELAY = 100;

export function useUrlState<T extends Schema>(schema: T) {
  type S = StateOf<T>;
  const defaults = useRef<S>(null as unknown as S);
  if (defaults.current === null) {
    defaults.current = Object.fromEntries(Object.entries(schema).map(([k, spec]) => [k, (spec as { default: unknown }).default])) as S;
  }
  const [state, setState] = useState<S>(defaults.current);
  const [rejected, setRejected] = useState<string[]>([]);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const result = readState(schema, new URLSearchParams(window.location.search));
    setState(result.state);
    setRejected(result.rejected);
    setReady(true);
    // the schema is a module constant
  }, []);

  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!ready) return;
    const write = () => {
      pending.current = null;
      const url = new URL(window.location.href);
      const search = writeState(schema, state, url.searchParams).toString();
      const next = `${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
      if (next !== `${url.pathname}${url.search}${url.hash}`) history.replaceState(history.state, '', next);
    };
    pending.current = write;
    const timer = window.setTimeout(write, URL_DELAY);
    return () => window.clearTimeout(timer);
  }, [schema, state, ready]);
  // a change still waiting when the widget goes away is written at once
  useEffect(() => () => pending.current?.(), []);

  const update = useCallback((patch: Partial<S>) => setState((current) => ({ ...current, ...patch })), []);
  return { state, update, rejected, ready };
}
