'use client';
/** Small browser hooks every widget needs: its own width, and the reader's motion preference. */
import { useEffect, useState, type RefObject } from 'react';

/** Width of an element in CSS pixels, updated as it resizes (starts at `fallback`). */
export function useElementWidth(ref: RefObject<Element | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // the element's own layout width: a slide scales its stage with a transform and zooms its
    // widgets, and neither may change what a widget draws (the on-screen box would)
    const measure = () => {
      const style = getComputedStyle(element);
      const px = (value: string) => parseFloat(value) || 0;
      const frame = style.boxSizing === 'border-box' ? px(style.paddingLeft) + px(style.paddingRight) + px(style.borderLeftWidth) + px(style.borderRightWidth) : 0;
      setWidth(Math.round(px(style.width) - frame) || fallback);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}

/** True when the reader asked the system for reduced motion: animate in instant steps then. */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    setReduced(query.matches);
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}
