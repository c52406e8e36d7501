/**
 * The two steps every download of the site's model files takes: a fetch that turns a
 * network failure or an HTTP error into an Error naming the URL, and reading the body
 * while reporting how many bytes have arrived (for the widgets' progress bars).
 */
export interface FetchOptions {
  signal?: AbortSignal;
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch;
}

/** Fetches `url`; rejects with "Could not load <url>: <reason>", or with the abort reason if `signal` aborts. */
export async function fetchOk(url: string, opts: FetchOptions): Promise<Response> {
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

/** Reads a response body, reporting the bytes received so far as chunks arrive. */
export async function readWithProgress(res: Response, report: (loaded: number) => void): Promise<ArrayBuffer> {
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
