/**
 * Fetches a model's files, or a position table taken from one, with streamed progress
 * and parses them.
 *
 * Widgets show a progress bar while a model downloads
 * and a clear message if it cannot be loaded; this is the one place that
 * talks to the network for models (only to the site's own files).
 */
import { parseModel } from './parse';
import { parsePositionTable, type PositionTable } from './positionTable';
import type { TinyModel } from './types';

/** Download progress: bytes of the weights file received so far. */
export interface LoadProgress {
  /** 'config' while model.json is fetched, 'weights' while the weights stream in. */
  phase: 'config' | 'weights';
  loaded: number;
  /** Total bytes expected (from model.json), or 0 while unknown. */
  total: number;
}

export interface LoadOptions {
  onProgress?: (p: LoadProgress) => void;
  signal?: AbortSignal;
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch;
}

async function get(url: string, opts: LoadOptions): Promise<Response> {
  const f = opts.fetch ?? globalThis.fetch;
  let res: Response;
  try {
    res = await f(url, { signal: opts.signal });
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    throw new Error(`Could not load ${url}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
  return res;
}

/** Reads a response body, reporting progress as chunks arrive. */
async function readWithProgress(res: Response, report: (loaded: number) => void): Promise<ArrayBuffer> {
  if (!res.body) {
    const buf = await res.arrayBuffer();
    report(buf.byteLength);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    report(loaded);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

/**
 * Loads `${base}/model.json` and the weights file it names, e.g.
 * loadModel('/models/en'). Rejects with an Error whose message names the URL
 * and the problem (HTTP status, invalid JSON, or what is wrong in the file);
 * rejects with the abort reason if `signal` aborts.
 */
export async function loadModel(base: string, opts: LoadOptions = {}): Promise<TinyModel> {
  const root = base.replace(/\/+$/, '');
  const jsonUrl = `${root}/model.json`;
  opts.onProgress?.({ phase: 'config', loaded: 0, total: 0 });
  const jsonRes = await get(jsonUrl, opts);
  let json: unknown;
  try {
    json = JSON.parse(await jsonRes.text());
  } catch {
    throw new Error(`Could not load ${jsonUrl}: not valid JSON`);
  }
  const file = json as { weightsFile?: unknown; weightsBytes?: unknown };
  if (typeof file.weightsFile !== 'string' || !/^[\w.-]+$/.test(file.weightsFile)) {
    throw new Error(`Bad model file: ${jsonUrl} names no valid weightsFile`);
  }
  const total = typeof file.weightsBytes === 'number' ? file.weightsBytes : 0;
  const weightsUrl = `${root}/${file.weightsFile}`;
  const weightsRes = await get(weightsUrl, opts);
  const buffer = await readWithProgress(weightsRes, (loaded) => opts.onProgress?.({ phase: 'weights', loaded, total }));
  return parseModel(json, buffer);
}

/**
 * Loads a position table (lib/model/positionTable.ts) from `url`, e.g.
 * '/models/en/learned-positions.json'. Progress is the fraction of the body received,
 * reported when the server gives the body's length (Content-Length of a response that is
 * not compressed: a compressed one counts other bytes than those the body yields). Rejects
 * like loadModel, naming the URL and the problem.
 */
export async function loadPositionTable(url: string, opts: Omit<LoadOptions, 'onProgress'> & { onProgress?: (fraction: number) => void } = {}): Promise<PositionTable> {
  const res = await get(url, { signal: opts.signal, fetch: opts.fetch });
  const length = res.headers.get('content-encoding') ? 0 : Number(res.headers.get('content-length') ?? 0);
  const buffer = await readWithProgress(res, (loaded) => {
    if (length > 0) opts.onProgress?.(Math.min(1, loaded / length));
  });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(buffer));
  } catch {
    throw new Error(`Could not load ${url}: not valid JSON`);
  }
  return parsePositionTable(json);
}
