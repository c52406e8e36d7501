'use client';
/**
 * `value`, one painted frame late: a widget's secondary panel follows a new input once the
 * picture the reader asked for is on screen (afterNextPaint), in a transition, so the
 * keystroke's task and frame hold the picture alone. The first value is returned at once,
 * or, with `firstAtOnce` false, also only after the first paint (null until then).
 */
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './afterPaint';

export function useAfterPaint<T>(value: T): T;
export function useAfterPaint<T>(value: T, firstAtOnce: boolean): T | null;
export function useAfterPaint<T>(value: T, firstAtOnce = true): T | null {
  const [shown, setShown] = useState<T | null>(firstAtOnce ? value : null);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(value)));
  }, [value, shown]);
  return shown;
}
