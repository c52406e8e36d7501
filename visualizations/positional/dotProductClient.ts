/**
 * The page's side of the distance view's worker (dotProductWorker.ts): one worker per
 * page, started on first use, answering requests by id. When there is no worker (no URL
 * in this bundle, no Worker in this browser) `topRowsWorker()` is null; when it fails
 * (its script does not load, it throws) every open request is rejected and no more are
 * sent, so the caller computes those rows itself.
 */

/** Rows 0 … to−1 of the matrix of a positions × dims sinusoidal table. */
export interface TopRowsRequest {
  id: number;
  positions: number;
  dims: number;
  to: number;
}

export type TopRowsReply = { id: number; packed: Float64Array; ms: number } | { id: number; error: string };

/** The worker's rows and how long it took them, in ms. */
export interface TopRows {
  packed: Float64Array;
  ms: number;
}

/** What the client needs of a Worker (a fake in tests). */
export interface TopRowsPort {
  postMessage(message: TopRowsRequest): void;
  onmessage: ((event: { data: TopRowsReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface TopRowsClient {
  /** The packed rows (lib/math/gramShare's packUpperRows), or a rejection if the worker failed. */
  request(positions: number, dims: number, to: number): Promise<TopRows>;
  /** False once the worker has failed. */
  readonly working: boolean;
}

export function createTopRowsClient(port: TopRowsPort): TopRowsClient {
  let nextId = 1;
  let working = true;
  const open = new Map<number, { resolve: (rows: TopRows) => void; reject: (error: Error) => void }>();
  const fail = (reason: string) => {
    working = false;
    port.terminate();
    for (const { reject } of open.values()) reject(new Error(reason));
    open.clear();
  };
  port.onmessage = ({ data }) => {
    const waiting = open.get(data.id);
    if (!waiting) return;
    open.delete(data.id);
    if ('packed' in data) waiting.resolve({ packed: data.packed, ms: data.ms });
    else waiting.reject(new Error(data.error));
  };
  port.onerror = () => fail('the dot-product worker failed');
  return {
    get working() {
      return working;
    },
    request(positions, dims, to) {
      if (!working) return Promise.reject(new Error('the dot-product worker failed'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        open.set(id, { resolve, reject });
        port.postMessage({ id, positions, dims, to });
      });
    },
  };
}

/** Replaced by the worker's URL when scripts/build/build-client.ts bundles the site. */
declare const __POSITIONAL_WORKER_URL__: string | undefined;

let pageClient: TopRowsClient | null | undefined;

/** The page's worker client, started on first call; null without a worker or once it has failed. */
export function topRowsWorker(): TopRowsClient | null {
  if (pageClient === undefined) {
    const url = typeof __POSITIONAL_WORKER_URL__ === 'string' ? __POSITIONAL_WORKER_URL__ : null;
    try {
      pageClient = url && typeof Worker !== 'undefined' ? createTopRowsClient(new Worker(url, { type: 'module' }) as unknown as TopRowsPort) : null;
    } catch (error) {
      console.warn('positional explorer: no worker for the dot products, computing them on the page', error);
      pageClient = null;
    }
  }
  return pageClient?.working ? pageClient : null;
}
