import { fetchOk, readWithProgress, type FetchOptions } from './fetchFile';
import { parsePositionTable, type PositionTable } from './positionTable';

/**
 * Loads a position table (lib/model/positionTable.ts) from `url`, e.g.
 * '/models/en/learned-positions.json'. Progress is the fraction of the body received,
 * reported when the server gives the body's length (Content-Length of a response that is
 * not compressed: a compressed one counts other bytes than those the body yields). Rejects
 * like loadModel (./load.ts), naming the URL and the problem.
 */
export async function loadPositionTable(url: string, opts: FetchOptions & { onProgress?: (fraction: number) => void } = {}): Promise<PositionTable> {
  const res = await fetchOk(url, { signal: opts.signal, fetch: opts.fetch });
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
