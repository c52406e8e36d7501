'use client';
/**
 * Model work for widgets, in the model worker (lib/model/worker) so that typing,
 * sliders and animations keep the main thread while a long sentence or continuation
 * computes:
 *
 *   const run = useModelAttention(model, sentence);    // run.encoded, run.trace (attention, q, k, v)
 *   const gen = useModelContinuation(model, prompt, settings, count); // gen.steps, gen.next
 *
 * `pending` is true while the result shown is for older inputs than the current ones.
 * The first result is computed in place, so a widget draws on its first render (a
 * continuation starts without its generated tokens). After that, a task that the
 * page's own pass runs within lib/model/cost's IN_PLACE_MS, at the speed the page has
 * measured (a typed character is a row or two; a new 64-token sentence about 3 ms here),
 * is computed in place too, in the input handler that asks for it, so the keystroke
 * and its picture are drawn in the same frame. Anything larger goes to the worker, and
 * only the answer for the latest input is drawn (a slower answer for older input is
 * dropped). Where there is no worker (Node, component tests) or it failed, every input
 * is computed in place.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FORWARD_MEASURE } from '@/components/widget/useTinyModel';
import type { Settings } from '@/lib/model/continuation';
import { modelClient } from '@/lib/model/worker/client';
import type { AttentionResult, AttentionTask, ContinueResult, ContinueTask, ModelResult, ModelTask, ResultOf } from '@/lib/model/worker/protocol';
import { WantedTask, type TaskAnswer } from '@/lib/model/worker/wanted';
import { runTask, taskCost } from '@/lib/model/worker/tasks';
import type { TinyModel } from '@/lib/model/types';
import { PassSpeed } from '@/lib/model/cost';
import { createPass, warmUpIds, WARM_UP_PASSES, type ModelPass } from '@/lib/model/pass';

/**
 * Records a task's forward passes for `npm run bench` and the browser tests: a User
 * Timing measure as long as one pass took on average, with the number of passes, the
 * prompt's tokens and where they ran.
 */
function record(result: ModelResult, where: 'page' | 'worker'): void {
  if (typeof performance === 'undefined' || !performance.measure || result.passes === 0) return;
  const end = performance.now();
  performance.clearMeasures(FORWARD_MEASURE);
  performance.measure(FORWARD_MEASURE, { start: end - result.ms / result.passes, end, detail: { tokens: result.encoded.ids.length, passes: result.passes, where } });
}

/**
 * The page's own pass of a model, and how fast the page runs it. The pass keeps its last
 * run, so text typed at the end computes only the new rows. The widgets' models are
 * loaded ones, whose weights never change, so its products may run in WebAssembly SIMD.
 */
interface PagePass {
  pass: ModelPass;
  speed: PassSpeed;
  warmUpStarted: boolean;
  /** Whether the warm-up is over: passes before then are not timed (cold code runs several times slower). */
  warm: boolean;
}
const pagePasses = new WeakMap<TinyModel, PagePass>();

function pagePass(model: TinyModel): PagePass {
  let page = pagePasses.get(model);
  if (!page) pagePasses.set(model, (page = { pass: createPass(model, { fixedWeights: true }), speed: new PassSpeed(), warmUpStarted: false, warm: false }));
  return page;
}

/**
 * Runs the page's pass a dozen times on short inputs while the page is idle, one or a
 * few per idle period, so that V8 has compiled it before the reader's first keystroke:
 * the first passes run several times slower (a 24-token pass took 4–10 ms for its first
 * six runs, 1 ms after). The worker warms its own pass up (lib/model/worker/handler.ts).
 */
function warmUp(model: TinyModel): void {
  const page = pagePass(model);
  if (page.warmUpStarted || typeof window === 'undefined') return;
  page.warmUpStarted = true;
  let left = WARM_UP_PASSES;
  // The window it began in, held: a later step must not look up a global `window` that a
  // closed document (or a test's torn-down environment) no longer has.
  const host = window;
  const idle = (work: (deadline?: IdleDeadline) => void) => (host.requestIdleCallback ? host.requestIdleCallback(work) : host.setTimeout(work, 50));
  const step = (deadline?: IdleDeadline) => {
    do {
      // the whole path of a task: tokenizer, pass (attention only, or in full) and the trace
      const text = warmUpIds(model, left)
        .map((id) => model.vocab[id])
        .join('');
      runTask(model, { kind: left % 2 === 0 ? 'attention' : 'trace', text }, undefined, page.pass);
      left--;
    } while (left > 0 && deadline && deadline.timeRemaining() > 8);
    if (left > 0) idle(step);
    else page.warm = true;
  };
  idle(step);
}

function computeHere<T extends ModelTask>(model: TinyModel, task: T, key: string): TaskAnswer<T> {
  const { pass, speed, warm } = pagePass(model);
  const result = runTask(model, task, undefined, pass) as ResultOf<T>;
  if (result.kind !== 'continue' && warm) speed.record(result.multiplyAdds, result.ms);
  record(result, 'page');
  return { model, key, task, result };
}

/** Whether `task` should take at most IN_PLACE_MS on this page (lib/model/cost.ts). */
function fitsInPlace(model: TinyModel, task: ModelTask): boolean {
  const { pass, speed } = pagePass(model);
  return speed.fits(taskCost(model, task, pass));
}

/**
 * What the first render computes in place: the task itself, except that a continuation
 * starts with no generated token (one forward pass) and gets the rest from the worker.
 */
function firstTask<T extends ModelTask>(task: T): T {
  return task.kind === 'continue' ? { ...task, count: 0 } : task;
}

/**
 * The latest result of `task` on `model`, computed in the worker when there is one.
 * `ask` sends a task that is about to be wanted (from an input handler, before React
 * renders the input) so that the worker starts on it at once; the render that then
 * wants it does not ask again.
 */
export function useModelTask<T extends ModelTask>(model: TinyModel, task: T): { result: ResultOf<T>; task: T; pending: boolean; ask: (task: T) => void } {
  const key = JSON.stringify(task);
  const client = useMemo(() => modelClient(), []);
  const [answer, setAnswer] = useState<TaskAnswer<T>>(() => {
    const first = client ? firstTask(task) : task;
    return computeHere(model, first, JSON.stringify(first));
  });
  const [failed, setFailed] = useState(false);
  const inPlace = !client || failed;
  const current = answer.model === model && answer.key === key;
  // keyed on the task's JSON: the task object is new on every render, its key is not
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const here = useMemo(() => (inPlace && !current ? computeHere(model, task, key) : null), [inPlace, current, model, key]);
  const requests = useRef<WantedTask<T> | null>(null);
  // what `ask` compares with: the model and the answer on screen as of the last render
  const latest = useRef({ model, answer, inPlace });
  useLayoutEffect(() => {
    latest.current = { model, answer, inPlace };
  });

  useEffect(() => warmUp(model), [model]);

  useEffect(() => {
    if (!client) return;
    const channel = client.open();
    client.prepare(model);
    requests.current = new WantedTask<T>(
      channel,
      (arrived) => {
        record(arrived.result, 'worker');
        // the worker runs the same kernels on the same machine: its passes time the page's too
        if (arrived.result.kind !== 'continue') pagePass(arrived.model).speed.record(arrived.result.multiplyAdds, arrived.result.ms);
        // drawn in the task that receives the answer, not in a task React would queue after
        // it (and after any frame that comes due in between)
        flushSync(() => setAnswer(arrived));
      },
      (message) => {
        console.error(`Model worker: ${message}; computing on the page instead`);
        setFailed(true);
      },
    );
    return () => {
      channel.close();
      requests.current = null;
    };
    // the model the widget opened with; a later one is sent with its first task
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  // a task nobody asked for in an input handler (a link, the back button): in place if
  // cheap (one more render), else from the worker
  /**
   * `task` is what the widget shows next: computed here if it is cheap, else asked of the
   * worker unless its answer is on screen (`shown`). Either way it is wanted from now on,
   * so that an older answer still on its way is dropped.
   */
  const wantTask = useCallback((model: TinyModel, task: T, key: string, shown: boolean) => {
    const cheap = !shown && fitsInPlace(model, task);
    requests.current?.want(model, task, shown || cheap, key);
    if (cheap) setAnswer(computeHere(model, task, key));
  }, []);

  useEffect(() => {
    if (!inPlace) wantTask(model, JSON.parse(key) as T, key, current);
  }, [inPlace, current, model, key, wantTask]);

  const ask = useCallback(
    (next: T) => {
      const { model, answer, inPlace } = latest.current;
      if (inPlace) return;
      const nextKey = JSON.stringify(next);
      // in an input handler, the answer computed here is batched with the handler's own
      // state update: one render draws the input and its answer
      wantTask(model, next, nextKey, answer.model === model && answer.key === nextKey);
    },
    [wantTask],
  );

  const shown = here ?? answer;
  return { result: shown.result, task: shown.task, pending: shown.model !== model || shown.key !== key, ask };
}

export interface AttentionRun {
  /** The text these tokens and this trace are for (the latest text, unless pending). */
  text: string;
  encoded: AttentionResult['encoded'];
  trace: AttentionResult['trace'];
  pending: boolean;
  /** Starts the pass for a text the widget is about to show (call it in the input handler, before the state update). */
  ask: (text: string) => void;
}

const attentionTask = (text: string, keep?: AttentionTask['keep']): AttentionTask => (keep ? { kind: 'attention', text, keep } : { kind: 'attention', text });

/** The model's tokens and every head's attention, queries, keys and values for `text` (no logits: cheaper to compute and to post). */
export function useModelAttention(model: TinyModel, text: string, keep?: AttentionTask['keep']): AttentionRun {
  const { result, task: shown, pending, ask: askTask } = useModelTask(model, attentionTask(text, keep));
  const ask = useCallback((next: string) => askTask(attentionTask(next, keep)), [askTask, keep]);
  return { text: shown.text, encoded: result.encoded, trace: result.trace, pending, ask };
}

/** `text` continued by `count` tokens with `settings` (lib/model/continuation). */
export function useModelContinuation(model: TinyModel, text: string, settings: Settings, count: number): ContinueResult & { text: string; pending: boolean } {
  const task: ContinueTask = { kind: 'continue', text, settings: { temperature: settings.temperature, topK: settings.topK, mode: settings.mode, seed: settings.seed }, count };
  const { result, task: shown, pending } = useModelTask(model, task);
  return { ...result, text: shown.text, pending };
}
