'use client';
/**
 * Play, pause and step through a fixed number of stages, starting at `initial`
 * (clamped to the stages; a link restores the stage it was copied at). Playing advances one
 * stage every `interval` ms and stops at the last one; playing from the last
 * stage starts again from the first. The motion itself is CSS, which the
 * reduced-motion rule in globals.css turns into instant changes.
 */
import { useCallback, useEffect, useState } from 'react';

export function useStepPlayer(count: number, interval = 1600, initial = 0) {
  const [step, setStep] = useState(() => Math.max(0, Math.min(count - 1, initial)));
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => setStep((s) => Math.min(count - 1, s + 1)), interval);
    return () => window.clearInterval(timer);
  }, [playing, count, interval]);

  useEffect(() => {
    if (playing && step >= count - 1) setPlaying(false);
  }, [playing, step, count]);

  const play = useCallback(() => {
    setStep((s) => (s >= count - 1 ? 0 : s));
    setPlaying(true);
  }, [count]);
  const pause = useCallback(() => setPlaying(false), []);
  const forward = useCallback(() => {
    setPlaying(false);
    setStep((s) => Math.min(count - 1, s + 1));
  }, [count]);
  const back = useCallback(() => {
    setPlaying(false);
    setStep((s) => Math.max(0, s - 1));
  }, []);
  const restart = useCallback(() => {
    setPlaying(false);
    setStep(0);
  }, []);
  return { step, playing, play, pause, forward, back, restart, setStep };
}
