/**
 * Fetches a model's files with streamed progress and parses them.
 *
 * Widgets show a progress bar while a model downloads and a clear message if it
 * cannot be loaded. The fetching itself (only of the site's own files) is
 * ./fetchFile.ts, shared with ./loadPositionTable.ts.
 */
import { fetchOk, readWithProgress, type FetchOptions } from './fetchFile';
import { parseModel } from './parse';
import type { TinyModel } from './types';

/** Download progress: bytes of the weights file received so far. */
export interface LoadProgress {
  /** 'config' while model.json is fetched, 'weights' while the weights stream in. */
  phase: 'config' | 'weights';
  loaded: number;
  /** Total bytes expected (from model.json), or 0 while unknown. */
  total: number;
}

export interface LoadOptions extends FetchOptions {
  onProgress?: (p: LoadProgress) => void;
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
  const jsonRes = await fetchOk(jsonUrl, opts);
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
  const weightsRes = await fetchOk(weightsUrl, opts);
  const buffer = await readWithProgress(weightsRes, (loaded) => opts.onProgress?.({ phase: 'weights', loaded, total }));
  return parseModel(json, buffer);
}
