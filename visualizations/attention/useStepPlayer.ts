'use client';
/**
 * Play, pause and step through a fixed number of stages, starting at `initial`
 * (clamped to the stages; a link restores the stage it was copied at). Playing advances one
 * stage every `interval` ms and stops at the last one; playing from the last
 * stage starts again from the first. The motion itself is CSS, which the
 * reduced-motion rule in globals.css turns into instant changes.
 *
 * The clock is requestAnimationFrame (no timer fires while the tab is hidden or
 * a frame is late), and every change of stage renders as a transition, which
 * React splits into short slices: a stage that adds a column to 64 rows never
 * holds the main thread for a long task, and clicks and keys are handled between
 * slices.
 *
 * Because a stage renders in a transition, `step` can lag behind presses that come
 * quickly (a clicker, a held key): `latest()` is the stage last asked for, which is
 * what the next press must start from, so no press is lost or counted twice.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';

export function useStepPlayer(count: number, interval = 1600, initial = 0) {
  const [step, setStepNow] = useState(() => Math.max(0, Math.min(count - 1, initial)));
  const [playing, setPlaying] = useState(false);
  // every change goes through setStep, so this is the stage asked for last (rendered or not)
  const requested = useRef(step);
  const setStep = useCallback((next: number | ((s: number) => number)) => {
    const value = typeof next === 'function' ? next(requested.current) : next;
    requested.current = value;
    startTransition(() => setStepNow(value));
  }, []);
  const latest = useCallback(() => requested.current, []);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      if (now - last >= interval) {
        last = now;
        setStep((s) => Math.min(count - 1, s + 1));
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, count, interval, setStep]);

  useEffect(() => {
    if (playing && step >= count - 1) setPlaying(false);
  }, [playing, step, count]);

  const play = useCallback(() => {
    setStep((s) => (s >= count - 1 ? 0 : s));
    setPlaying(true);
  }, [count, setStep]);
  const pause = useCallback(() => setPlaying(false), []);
  const forward = useCallback(() => {
    setPlaying(false);
    setStep((s) => Math.min(count - 1, s + 1));
  }, [count, setStep]);
  const back = useCallback(() => {
    setPlaying(false);
    setStep((s) => Math.max(0, s - 1));
  }, [setStep]);
  const restart = useCallback(() => {
    setPlaying(false);
    setStep(0);
  }, [setStep]);
  return { step, latest, playing, play, pause, forward, back, restart, setStep };
}
