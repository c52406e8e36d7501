'use client';
/**
 * Keeps a widget's state in the page URL: read once after mount (the static HTML was
 * rendered with defaults), then every change is written back with replaceState, so the
 * address bar always holds a link to the current view. Rejected URL values come back as
 * `rejected` for the widget to mention.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { readState, writeState, type Schema, type StateOf } from '@/lib/widgets/urlState';

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

  useEffect(() => {
    if (!ready) return;
    const url = new URL(window.location.href);
    const search = writeState(schema, state, url.searchParams).toString();
    const next = `${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
    if (next !== `${url.pathname}${url.search}${url.hash}`) history.replaceState(history.state, '', next);
  }, [schema, state, ready]);

  const update = useCallback((patch: Partial<S>) => setState((current) => ({ ...current, ...patch })), []);
  return { state, update, rejected, ready };
}
