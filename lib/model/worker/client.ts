/**
 * The page's side of the model worker: one client per page, one channel per widget.
 *
 *   const channel = client.open();
 *   channel.run(model, { kind: 'trace', text }, (result) => draw(result), (message) => show(message));
 *   channel.close(); // on unmount
 *
 * A channel's callbacks fire only for its latest request (LatestRequests): an answer
 * to a request that a newer one replaced is dropped, so a stale picture is never
 * drawn. Each model is sent to the worker once, when a widget prepares it or the first
 * time a task names it.
 * `modelClient()` gives the page's client, or null where there is no worker (Node,
 * tests, a build without the worker bundle): callers then compute in place.
 */
import { unpackAttention } from '../forward';
import type { TinyModel } from '../types';
import { LatestRequests } from './latest';
import type { FromWorker, ModelResult, ModelTask, ResultOf, ToWorker } from './protocol';

/** What the client needs of a Worker (a fake in tests). */
export interface ModelPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface ModelChannel {
  /** Runs `task`; replaces any earlier request on this channel. */
  run<T extends ModelTask>(model: TinyModel, task: T, onResult: (result: ResultOf<T>) => void, onError: (message: string) => void): void;
  /** Drops every answer still on its way; the channel is not used again. */
  close(): void;
}

export interface ModelClient {
  open(): ModelChannel;
  /** Sends `model` to the worker ahead of any task, so that the worker compiles its pass while the page is idle. */
  prepare(model: TinyModel): void;
  /** False once the worker failed to start or crashed; callers then compute in place. */
  readonly healthy: boolean;
}

interface Waiting {
  onResult: (result: ModelResult) => void;
  onError: (message: string) => void;
}

export function createModelClient(port: ModelPort): ModelClient {
  const requests = new LatestRequests();
  const waiting = new Map<number, Waiting>();
  const keys = new WeakMap<TinyModel, number>();
  let nextKey = 1;
  let nextChannel = 1;
  let healthy = true;

  port.onmessage = ({ data }) => {
    const callbacks = waiting.get(data.channel);
    if (!callbacks || !requests.accept(data.channel, data.id)) return;
    if (data.type !== 'result') return callbacks.onError(data.message);
    const { result } = data;
    if (result.kind !== 'attention-rows') return callbacks.onResult(result);
    const { rows, ...rest } = result;
    callbacks.onResult({ ...rest, kind: 'attention', trace: unpackAttention(rows) });
  };
  port.onerror = () => {
    healthy = false;
    for (const callbacks of waiting.values()) callbacks.onError('the model worker stopped');
  };

  const keyOf = (model: TinyModel): number => {
    let key = keys.get(model);
    if (key === undefined) {
      key = nextKey++;
      keys.set(model, key);
      port.postMessage({ type: 'model', key, model });
    }
    return key;
  };

  return {
    get healthy() {
      return healthy;
    },
    prepare(model) {
      keyOf(model);
    },
    open() {
      const channel = nextChannel++;
      return {
        run(model, task, onResult, onError) {
          waiting.set(channel, { onResult: onResult as (result: ModelResult) => void, onError });
          const id = requests.begin(channel);
          port.postMessage({ type: 'run', id, channel, key: keyOf(model), task });
        },
        close() {
          requests.close(channel);
          waiting.delete(channel);
        },
      };
    },
  };
}

let pageClient: ModelClient | null | undefined;

/**
 * The page's model client, started on first use; null where no worker can run.
 * The worker's URL is put in at build time (scripts/build/build-client.ts).
 */
export function modelClient(): ModelClient | null {
  if (pageClient === undefined) {
    const url = process.env.MODEL_WORKER_URL;
    try {
      pageClient = url && typeof Worker !== 'undefined' ? createModelClient(new Worker(url) as unknown as ModelPort) : null;
    } catch {
      pageClient = null; // workers not allowed here: compute on the page
    }
  }
  return pageClient && pageClient.healthy ? pageClient : null;
}
