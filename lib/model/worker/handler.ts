/**
 * The model worker's logic, apart from the worker global so that tests can drive it:
 * keeps the models it was given (each with a cache of next-token logits, so a
 * regenerated continuation reuses every step before the first that changes, and the
 * rows of its last pass, so an edited sentence recomputes only the tokens after the
 * part that did not change), queues
 * tasks at most one per channel (LatestPerChannel), and works in slices of SLICE_MS,
 * one per turn of the event loop: messages that arrive meanwhile can replace what waits,
 * and a continuation whose channel has a newer request is abandoned half way.
 *
 * A model that arrives is warmed up on turns with nothing else to do, until its first
 * request: WARM_UP_PASSES short passes, one per turn, attention only and in full, so that V8 has compiled the
 * pass before the reader's first request (the page computes small tasks itself,
 * lib/model/cost.ts, so the worker's first request may be minutes later and large, and
 * a pass's first runs are several times slower than its later ones).
 */
import { createPass, warmUpIds, WARM_UP_PASSES, type ModelPass } from '../pass';
import type { TinyModel } from '../types';
import { LatestPerChannel } from './latest';
import type { AttentionRowsResult, FromWorker, ModelResult, ToWorker } from './protocol';
import { attentionRowsTask, logitsCache, startTask, type LogitsSource } from './tasks';

type RunMessage = Extract<ToWorker, { type: 'run' }>;

/** Work done per turn before the worker looks at its messages again. */
export const SLICE_MS = 12;

interface Model {
  model: TinyModel;
  logits: LogitsSource;
  /** The rows of the last trace or attention task, for the next one to reuse its prefix. */
  rows: ModelPass;
}

/**
 * Returns the worker's message handler. `post` sends an answer to the page; `later`
 * runs a function on a later turn of the event loop (setTimeout in the worker).
 */
export function createWorkerHandler(post: (message: FromWorker) => void, later: (fn: () => void) => void, now: () => number = () => performance.now()): (message: ToWorker) => void {
  const models = new Map<number, Model>();
  const queue = new LatestPerChannel<RunMessage>();
  let current: { request: RunMessage; job: { advance(budget: number): ModelResult | AttentionRowsResult | null } } | null = null;
  let scheduled = false;
  /** Models still to be warmed up, with the warm-up passes left: one per turn with nothing else to do. */
  const cold = new Map<number, number>();

  const warmUpOnce = (key: number) => {
    const left = cold.get(key)!;
    const { model, rows } = models.get(key)!;
    const ids = warmUpIds(model, left);
    // on the pass the requests use, from scratch: a later request that shares no prefix computes every row
    rows.run(ids, false, left % 2 === 0);
    rows.reset();
    if (left > 1) cold.set(key, left - 1);
    else cold.delete(key);
  };

  const fail = (request: RunMessage, error: unknown) => post({ type: 'error', id: request.id, channel: request.channel, message: error instanceof Error ? error.message : String(error) });

  const turn = () => {
    scheduled = false;
    // a newer request on the running job's channel replaces it
    if (current && queue.has(current.request.channel)) current = null;
    if (!current && queue.size === 0) {
      const [key] = cold.keys();
      if (key === undefined) return;
      warmUpOnce(key);
      return schedule();
    }
    if (!current) {
      const request = queue.take()!;
      cold.delete(request.key); // a request warms its pass up itself, and a warm-up would throw its rows away
      const entry = models.get(request.key);
      if (!entry) fail(request, new Error(`model ${request.key} was never sent to the worker`));
      else {
        const { task } = request;
        const job = task.kind === 'attention' ? attentionRowsTask(entry.model, task, entry.rows, now) : startTask(entry.model, task, entry.logits, now, entry.rows);
        current = { request, job };
      }
    }
    if (current) {
      const { request, job } = current;
      try {
        const result = job.advance(SLICE_MS);
        if (result) {
          current = null;
          post({ type: 'result', id: request.id, channel: request.channel, result });
        }
      } catch (error) {
        current = null;
        fail(request, error);
      }
    }
    schedule();
  };
  const schedule = () => {
    if (scheduled || (!current && queue.size === 0 && cold.size === 0)) return;
    scheduled = true;
    later(turn);
  };

  return (message) => {
    if (message.type === 'model') {
      // a model sent to the worker is a loaded one: its weights never change
      const fixed = { fixedWeights: true };
      models.set(message.key, { model: message.model, logits: logitsCache(message.model, fixed), rows: createPass(message.model, fixed) });
      cold.set(message.key, WARM_UP_PASSES);
      schedule();
    } else {
      queue.put(message);
      schedule();
    }
  };
}
