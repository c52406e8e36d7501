'use client';
/**
 * `useTween(target, instant)`: a number that glides to `target` (a position, as the
 * reader sweeps it), eased like the attention transitions (d3's cubic in-out, driven by
 * requestAnimationFrame through components/widget/animate). Jumps of more than
 * `maxGlide` (a rotation by hundreds of positions would only blur) and every change
 * under reduced motion (`instant`) are immediate.
 */
import { useEffect, useRef, useState } from 'react';
import { easeCubicInOut } from 'd3';
import { animate } from '@/components/widget/animate';

export function useTween(target: number, instant: boolean, duration = 450, maxGlide = 16): number {
  const [value, setValue] = useState(target);
  const from = useRef(target);
  useEffect(() => {
    const start = from.current;
    if (instant || Math.abs(target - start) > maxGlide || start === target) {
      from.current = target;
      setValue(target);
      return;
    }
    return animate(duration, (t) => {
      const v = start + (target - start) * easeCubicInOut(t);
      from.current = v;
      setValue(v);
    });
  }, [target, instant, duration, maxGlide]);
  return instant ? target : value;
}
