/**
 * The training worker's entry (bundled on its own by scripts/build/build-client.ts):
 * it owns one {@link TrainerLoop} and forwards messages to it.
 */
import type { FromWorker, ToWorker } from './protocol';
import { TrainerLoop } from './loop';

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const loop = new TrainerLoop((message) => scope.postMessage(message));
scope.onmessage = (event) => loop.handle(event.data);
