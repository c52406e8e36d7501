/**
 * The distance view's worker (bundled on its own by scripts/build/build-client.ts, a
 * module worker): computes the top rows of the dot-product matrix while the page
 * computes the rest (dotProducts.ts), and sends them back packed, the buffer transferred,
 * with the time they took (the page balances the next split by it).
 */
import { DotProductBuffers, topRows } from './dotProducts';
import type { TopRowsReply, TopRowsRequest } from './dotProductClient';

const scope = self as unknown as { postMessage(message: TopRowsReply, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<TopRowsRequest>) => void) | null };
const buffers = new DotProductBuffers();

scope.onmessage = ({ data: { id, positions, dims, to } }) => {
  try {
    const start = performance.now();
    const packed = topRows(buffers, positions, dims, to);
    scope.postMessage({ id, packed, ms: performance.now() - start }, [packed.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []);
  }
};
