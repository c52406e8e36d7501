/**
 * `npm run dev`: the site as readers get it, rebuilt as you edit. Next runs as an HTML
 * renderer behind a small proxy; every page passes through the export's own stripping
 * (scripts/lib/nextRuntime.ts), so no Next runtime or hydration ever reaches the browser,
 * only the site script and the widget islands, exactly as in `out/`. A change to the
 * browser code rebuilds the site script (esbuild); a change to content, components,
 * widgets or lib reloads the open pages, and Next renders the new version on that request.
 *
 * Usage: npm run dev [-- --port 3100]   (or PORT=3100; default 3000)
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { watchClient } from '../build/build-client';
import { freePort } from '../lib/freePort';
import { devPage, RELOAD_PATH, requestedPort } from './devPage';

const port = requestedPort(process.argv.slice(2), process.env, 3000);
const WATCHED = ['app', 'components', 'content', 'lib', 'visualizations'];

function waitForPort(target: number, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(target, '127.0.0.1', () => (socket.end(), resolve()));
      socket.on('error', () => {
        if (Date.now() - start > timeoutMs) reject(new Error(`next dev did not start on port ${target}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

// Open pages listen here; a change anywhere reloads them once things settle.
const listeners = new Set<ServerResponse>();
let reloadTimer: NodeJS.Timeout | undefined;
function scheduleReload(reason: string): void {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => {
    console.log(`dev: reload (${reason})`);
    for (const res of listeners) res.write('event: reload\ndata: 1\n\n');
  }, 300);
}

const stopClient = await watchClient((site) => scheduleReload(`site script ${site}`));
const nextPort = await freePort();
const next = spawn('node_modules/.bin/next', ['dev', '--port', String(nextPort), '--hostname', '127.0.0.1'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(nextPort) },
});
next.on('exit', (code) => {
  console.error(`dev: next dev stopped (${code})`);
  process.exit(code ?? 1);
});
for (const dir of WATCHED) watch(dir, { recursive: true }, (_event, file) => scheduleReload(`${dir}/${file}`));

function proxy(req: IncomingMessage, res: ServerResponse): void {
  const headers = { ...req.headers, host: `127.0.0.1:${nextPort}`, 'accept-encoding': 'identity' };
  const upstream = request({ host: '127.0.0.1', port: nextPort, path: req.url, method: req.method, headers }, (answer) => {
    const type = String(answer.headers['content-type'] ?? '');
    // Next's own error pages (500) need its runtime to show the error: pass them through.
    if (!type.startsWith('text/html') || (answer.statusCode ?? 200) >= 500) {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      return;
    }
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('end', () => {
      const page = devPage(Buffer.concat(chunks).toString('utf8'));
      if (page.leftover) console.error(`dev: ${req.url} still holds ${page.leftover} after stripping (the export would refuse it)`);
      const { 'content-length': _length, etag: _etag, 'transfer-encoding': _te, ...rest } = answer.headers;
      res.writeHead(answer.statusCode ?? 200, { ...rest, 'content-length': Buffer.byteLength(page.html) });
      res.end(page.html);
    });
  });
  upstream.on('error', (error) => {
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`The development server could not reach Next: ${error.message}`);
  });
  req.pipe(upstream);
}

const server = createServer((req, res) => {
  if (req.url === RELOAD_PATH) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    listeners.add(res);
    req.on('close', () => listeners.delete(res));
    return;
  }
  proxy(req, res);
});

await waitForPort(nextPort);
server.listen(port, () => console.log(`dev: http://localhost:${port}/ (the pages readers get; reloads on change)`));
server.on('error', (error) => {
  console.error(`dev: cannot listen on port ${port}: ${error.message}`);
  stop(1);
});

function stop(code = 0): void {
  next.removeAllListeners('exit');
  next.kill('SIGTERM');
  void stopClient().finally(() => process.exit(code));
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
