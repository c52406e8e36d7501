'use client';
/**
 * Transitions driven by requestAnimationFrame: `animate` calls a frame function with the
 * time fraction t ∈ [0, 1] once per frame, and two hooks build on it. Each frame does a
 * small, bounded piece of work (one canvas repaint, or one render of a few SVG elements),
 * so a transition never holds the main thread for long and input is handled between
 * frames. A new target starts from what is on screen, so quick changes never jump.
 * Under reduced motion (`instant`), every change is drawn at once.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { interpolateGrid, interpolateValues, type CellGrid } from '@/lib/widgets/cellGrid';

/** The length of attention transitions, in ms. */
export const TRANSITION_MS = 300;

/**
 * One animation-frame loop for every running transition: a head gallery gliding a dozen
 * maps at once asks for one frame callback per frame, not one per map, and its maps are
 * painted in one task.
 */
const running = new Set<(now: number) => void>();
let frameId = 0;

function runFrame(now: number): void {
  frameId = 0;
  for (const tick of [...running]) tick(now);
  if (running.size && !frameId) frameId = requestAnimationFrame(runFrame);
}

/** Calls `frame(t)` on animation frames for `duration` ms (t from 0 to 1, the last call with t = 1); returns a cancel function. */
export function animate(duration: number, frame: (t: number) => void): () => void {
  const start = performance.now();
  const tick = (now: number) => {
    const t = Math.min(1, Math.max(0, now - start) / duration);
    if (t >= 1) running.delete(tick);
    frame(t);
  };
  running.add(tick);
  if (!frameId) frameId = requestAnimationFrame(runFrame);
  return () => {
    running.delete(tick);
  };
}

/**
 * Paints `target` with `paint`, gliding from the grid last painted. `paint` is called
 * outside React's render (no re-render per frame); it must draw one frame synchronously.
 * `paintKey` forces a repaint without a transition (a theme or size change).
 */
export function useAnimatedGrid(target: CellGrid, instant: boolean, paint: (grid: CellGrid) => void, paintKey: unknown, duration = TRANSITION_MS): void {
  const shown = useRef<CellGrid | null>(null);
  const paintRef = useRef(paint);
  paintRef.current = paint;
  const lastKey = useRef<unknown>(paintKey);
  // A layout effect: a grid drawn at once is painted in the same commit as the SVG around
  // it, so no frame shows new axes over old cells, and no second task and frame follow.
  useLayoutEffect(() => {
    const from = shown.current;
    const keyChanged = lastKey.current !== paintKey;
    lastKey.current = paintKey;
    if (instant || !from || keyChanged || sameGrid(from, target)) {
      shown.current = target;
      paintRef.current(target);
      return;
    }
    const at = interpolateGrid(from, target);
    return animate(duration, (t) => {
      const grid = t >= 1 ? target : at(t);
      shown.current = grid;
      paintRef.current(grid);
    });
  }, [target, instant, paintKey, duration]);
}

function sameGrid(a: CellGrid, b: CellGrid): boolean {
  if (a === b) return true;
  if (a.rows !== b.rows || a.cols !== b.cols) return false;
  for (let i = 0; i < a.values.length; i++) if (!Object.is(a.values[i], b.values[i])) return false;
  return true;
}

/**
 * `target`, gliding from the values on screen to the new ones (one re-render per frame,
 * for small SVG pictures: a row of arcs and bars). Equal contents never animate, nor do
 * values of a new `subject` (say a new sentence, whose weights are not the old ones
 * moved: they are drawn at once, with no frames of a glide to pay for while typing).
 * The result always has `target`'s length.
 */
export function useAnimatedValues(target: readonly number[], instant: boolean, duration = TRANSITION_MS, subject?: unknown): readonly number[] {
  const [shown, setShown] = useState({ values: target, subject });
  // A new subject is drawn at once, and adopted while rendering: React renders again at
  // once, before committing, instead of a second render and commit after the effect.
  if (shown.subject !== subject) setShown({ values: target, subject });
  const current = useRef({ values: target, subject });
  useEffect(() => {
    const from = current.current;
    const newSubject = from.subject !== subject;
    if (instant || newSubject || (from.values.length === target.length && from.values.every((v, i) => v === target[i]))) {
      current.current = { values: target, subject };
      // the render has already adopted a new subject's values
      if (!newSubject) setShown(current.current);
      return;
    }
    const at = interpolateValues(from.values, target);
    return animate(duration, (t) => {
      current.current = { values: t >= 1 ? target : at(t), subject };
      setShown(current.current);
    });
  }, [target, instant, duration, subject]);
  if (instant || shown.subject !== subject) return target;
  // Until the effect runs, the values on screen are laid on the new length.
  return shown.values.length === target.length ? shown.values : target.map((_, i) => shown.values[i] ?? 0);
}
