/**
 * Entry of the model worker (bundled on its own by scripts/build/build-client.ts): the
 * forward pass runs here, off the page's main thread, with the one copy of the model
 * code in lib/model.
 */
import { createWorkerHandler } from './handler';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The buffers of an answer in flat arrays, moved to the page instead of copied. */
function transfers(message: FromWorker): ArrayBuffer[] {
  if (message.type !== 'result' || message.result.kind !== 'attention-rows') return [];
  return message.result.rows.layers.flatMap((layer) => [layer.attention.buffer, layer.q.buffer, layer.k.buffer, layer.v.buffer] as ArrayBuffer[]);
}

const handle = createWorkerHandler(
  (message: FromWorker) => scope.postMessage(message, transfers(message)),
  (fn) => setTimeout(fn, 0),
);
scope.addEventListener('message', (event: MessageEvent<ToWorker>) => handle(event.data));
