/**
 * What the development server does to a page Next renders: the same stripping as the
 * export (nextRuntime.ts), plus a few lines that reload the page when the server says a
 * source file changed (a Server-Sent Events stream at RELOAD_PATH).
 */
import { leftoverRuntime, stripNextRuntime } from '../lib/nextRuntime';

export const RELOAD_PATH = '/__dev/reload';

const reloadClient = `<script>new EventSource(${JSON.stringify(RELOAD_PATH)}).addEventListener('reload',function(){location.reload()})</script>`;

export function devPage(html: string): { html: string; leftover: string | null } {
  const stripped = stripNextRuntime(html);
  const leftover = leftoverRuntime(stripped);
  const at = stripped.lastIndexOf('</body>');
  const withReload = at < 0 ? stripped + reloadClient : stripped.slice(0, at) + reloadClient + stripped.slice(at);
  return { html: withReload, leftover };
}

/** The port asked for on the command line (`--port 3100`, `--port=3100`, `-p 3100`) or in PORT; else `fallback`. */
export function requestedPort(argv: string[], env: Record<string, string | undefined>, fallback: number): number {
  let text: string | undefined = env.PORT;
  argv.forEach((arg, i) => {
    if (arg === '--port' || arg === '-p') text = argv[i + 1];
    else if (arg.startsWith('--port=')) text = arg.slice('--port='.length);
  });
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Not a port number: "${text}" (use 1–65535)`);
  return port;
}
