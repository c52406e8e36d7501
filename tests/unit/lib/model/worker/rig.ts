/**
 * A page and a model worker joined by two hand-delivered mailboxes, for tests of the
 * worker's protocol: the test decides when messages arrive and in which order, so
 * answers can come late and out of order.
 */
import { createModelClient, type ModelPort } from '@/lib/model/worker/client';
import { createWorkerHandler } from '@/lib/model/worker/handler';
import type { FromWorker, ToWorker } from '@/lib/model/worker/protocol';

/** A page and a worker joined by two hand-delivered mailboxes. */
export function rig() {
  const toWorker: ToWorker[] = [];
  const toPage: FromWorker[] = [];
  const timers: (() => void)[] = [];
  const handle = createWorkerHandler(
    (m) => toPage.push(m),
    (fn) => timers.push(fn),
  );
  const port: ModelPort = { postMessage: (m) => toWorker.push(m), onmessage: null, onerror: null };
  const client = createModelClient(port);
  return {
    client,
    port,
    toPage,
    /** Delivers every message waiting for the worker (as the event loop would, before any timer). */
    deliverToWorker: () => toWorker.splice(0).forEach(handle),
    /** How many turns the worker has scheduled and not run yet. */
    turnsWaiting: () => timers.length,
    /** Runs the worker's next scheduled turn. */
    workerTurn: () => timers.shift()?.(),
    /** Delivers the worker's answers to the page, in the order given (default: as sent). */
    deliverToPage: (order?: number[]) => {
      const all = toPage.splice(0);
      (order ?? all.map((_, i) => i)).forEach((i) => port.onmessage?.({ data: all[i] }));
    },
  };
}
