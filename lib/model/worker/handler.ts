/**
 * The model worker's logic, apart from the worker global so that tests can drive it:
 * keeps the models it was given, queues tasks at most one per channel
 * (LatestPerChannel) and runs one task per turn of the event loop, so messages that
 * arrive during a long forward pass can still replace what waits behind it.
 */
import { forward } from '../forward';
import { encode } from '../tokenizer';
import type { TinyModel } from '../types';
import { LatestPerChannel } from './latest';
import type { FromWorker, ModelTask, ToWorker, TraceResult } from './protocol';

type RunMessage = Extract<ToWorker, { type: 'run' }>;

/** Runs one task on a model (also what the page does when there is no worker). */
export function runTask(model: TinyModel, task: ModelTask, now: () => number = () => performance.now()): TraceResult {
  const encoded = encode(model, task.text, { keep: task.keep });
  const start = now();
  const trace = forward(model, encoded.ids);
  return { encoded, trace, ms: now() - start };
}

/**
 * Returns the worker's message handler. `post` sends an answer to the page; `later`
 * runs a function on a later turn of the event loop (setTimeout in the worker).
 */
export function createWorkerHandler(post: (message: FromWorker) => void, later: (fn: () => void) => void): (message: ToWorker) => void {
  const models = new Map<number, TinyModel>();
  const queue = new LatestPerChannel<RunMessage>();
  let scheduled = false;

  const serveOne = () => {
    scheduled = false;
    const request = queue.take();
    if (!request) return;
    const { id, channel } = request;
    try {
      const model = models.get(request.key);
      if (!model) throw new Error(`model ${request.key} was never sent to the worker`);
      post({ type: 'result', id, channel, result: runTask(model, request.task) });
    } catch (error) {
      post({ type: 'error', id, channel, message: error instanceof Error ? error.message : String(error) });
    }
    schedule();
  };
  const schedule = () => {
    if (scheduled || queue.size === 0) return;
    scheduled = true;
    later(serveOne);
  };

  return (message) => {
    if (message.type === 'model') models.set(message.key, message.model);
    else {
      queue.put(message);
      schedule();
    }
  };
}
