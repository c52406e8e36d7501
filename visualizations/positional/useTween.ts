'use client';
/**
 * `useTween(target, instant)`: a number that glides to `target` over a short time, for
 * animations driven by a changing value (a position advancing by one). Jumps of more
 * than `maxGlide` and every change under reduced motion (`instant`) are immediate.
 */
import { useEffect, useRef, useState } from 'react';

export function useTween(target: number, instant: boolean, duration = 450, maxGlide = 1): number {
  const [value, setValue] = useState(target);
  const from = useRef(target);
  useEffect(() => {
    const start = from.current;
    if (instant || Math.abs(target - start) > maxGlide || start === target) {
      from.current = target;
      setValue(target);
      return;
    }
    let frame = 0;
    const t0 = performance.now();
    const tick = (now: number) => {
      const u = Math.min(1, (now - t0) / duration);
      const eased = u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2;
      const v = start + (target - start) * eased;
      from.current = v;
      setValue(v);
      if (u < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [target, instant, duration, maxGlide]);
  return value;
}
