'use client';
/**
 * Runs a training worker for the widget and turns its messages into state to
 * draw. Messages can arrive dozens of times a second; they are folded into a
 * ref and published to React in an animation frame at most every
 * PUBLISH_INTERVAL_MS, so the page does one small render ten times a second
 * while training, and leaves the rest of the CPU to the worker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModelConfig } from '@/lib/model';
import type { Evaluation } from '@/lib/train/session';
import { addEvaluation, addLosses, emptyHistory, type History } from './history';
import type { FromWorker, ToWorker } from './protocol';
import type { TrainSetup } from './setup';

declare const __TRAIN_WORKER_URL__: string;

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'error';

/** Least time between two renders of the run's progress. */
const PUBLISH_INTERVAL_MS = 100;

export interface TrainerState {
  status: RunStatus;
  step: number;
  lastLoss: number | null;
  tokensPerSecond: number;
  stepsPerSecond: number;
  history: History;
  latest: Evaluation | null;
  samples: { step: number; text: string }[];
  config: ModelConfig | null;
  vocab: string[];
  parameters: number;
  trainable: number;
  error: string | null;
}

const initial = (): TrainerState => ({
  status: 'idle',
  step: 0,
  lastLoss: null,
  tokensPerSecond: 0,
  stepsPerSecond: 0,
  history: emptyHistory(),
  latest: null,
  samples: [],
  config: null,
  vocab: [],
  parameters: 0,
  trainable: 0,
  error: null,
});

/** Folds one worker message into the state (pure; exported for tests). */
export function reduce(s: TrainerState, m: FromWorker): TrainerState {
  switch (m.type) {
    case 'ready':
      return { ...s, config: m.config, vocab: m.vocab, parameters: m.parameters, trainable: m.trainable };
    case 'progress': {
      if (!m.losses.length) return s;
      const seconds = m.elapsedMs / 1000;
      return {
        ...s,
        step: m.step,
        lastLoss: m.losses[m.losses.length - 1],
        history: addLosses(s.history, m.step - m.losses.length + 1, m.losses),
        tokensPerSecond: seconds > 0 ? m.tokens / seconds : 0,
        stepsPerSecond: seconds > 0 ? m.step / seconds : 0,
      };
    }
    case 'eval':
      return { ...s, latest: m.evaluation, history: addEvaluation(s.history, m.evaluation) };
    case 'sample':
      return { ...s, samples: [...s.samples.filter((x) => x.step !== m.step), { step: m.step, text: m.text }].slice(-6) };
    case 'paused':
      return { ...s, status: 'paused' };
    case 'done':
      return { ...s, status: 'done' };
    case 'error':
      return { ...s, status: 'error', error: m.message };
    default:
      return s;
  }
}

export function useTrainer() {
  const [state, setState] = useState<TrainerState>(initial);
  const worker = useRef<Worker | null>(null);
  const live = useRef<TrainerState>(state);
  const frame = useRef(0);
  const weightsWaiter = useRef<((m: Extract<FromWorker, { type: 'weights' }>) => void) | null>(null);

  const timer = useRef(0);
  const lastPublished = useRef(0);

  const publish = useCallback(() => {
    if (frame.current || timer.current) return;
    const draw = () => {
      timer.current = 0;
      frame.current = requestAnimationFrame((now) => {
        frame.current = 0;
        lastPublished.current = now;
        setState(live.current);
      });
    };
    const wait = lastPublished.current + PUBLISH_INTERVAL_MS - performance.now();
    if (wait > 0) timer.current = window.setTimeout(draw, wait);
    else draw();
  }, []);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    cancelAnimationFrame(frame.current);
    clearTimeout(timer.current);
    frame.current = 0;
    timer.current = 0;
  }, []);

  useEffect(() => stop, [stop]);

  const send = (m: ToWorker) => worker.current?.postMessage(m);

  const start = useCallback(
    (setup: TrainSetup, stepsPerTick: number) => {
      stop();
      live.current = { ...initial(), status: 'running' };
      setState(live.current);
      let w: Worker;
      try {
        w = new Worker(__TRAIN_WORKER_URL__, { type: 'module' });
      } catch (e) {
        live.current = { ...live.current, status: 'error', error: e instanceof Error ? e.message : String(e) };
        setState(live.current);
        return;
      }
      w.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === 'weights') {
          weightsWaiter.current?.(m);
          weightsWaiter.current = null;
          return;
        }
        live.current = reduce(live.current, m);
        publish();
      };
      w.onerror = (event) => {
        live.current = { ...live.current, status: 'error', error: event.message || 'worker error' };
        publish();
      };
      worker.current = w;
      w.postMessage({ type: 'speed', stepsPerTick } satisfies ToWorker);
      w.postMessage({ type: 'start', setup } satisfies ToWorker);
    },
    [publish, stop],
  );

  const pause = useCallback(() => send({ type: 'pause' }), []);
  const resume = useCallback((stepsTarget: number) => {
    live.current = { ...live.current, status: 'running' };
    setState(live.current);
    send({ type: 'resume', stepsTarget });
  }, []);
  const setSpeed = useCallback((stepsPerTick: number) => send({ type: 'speed', stepsPerTick }), []);
  const reset = useCallback(() => {
    stop();
    live.current = initial();
    setState(live.current);
  }, [stop]);

  /** The current weights (a copy), from the worker. */
  const weights = useCallback(
    () =>
      new Promise<Extract<FromWorker, { type: 'weights' }>>((resolve, reject) => {
        if (!worker.current) return reject(new Error('no model has been trained yet'));
        weightsWaiter.current = resolve;
        send({ type: 'weights' });
      }),
    [],
  );

  return { state, start, pause, resume, setSpeed, reset, weights };
}
