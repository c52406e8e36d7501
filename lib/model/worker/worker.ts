/**
 * Entry of the model worker (bundled on its own by scripts/build/build-client.ts): the
 * forward pass runs here, off the page's main thread, with the one copy of the model
 * code in lib/model.
 */
import { createWorkerHandler } from './handler';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler(
  (message: FromWorker) => scope.postMessage(message),
  (fn) => setTimeout(fn, 0),
);
scope.addEventListener('message', (event: MessageEvent<ToWorker>) => handle(event.data));
