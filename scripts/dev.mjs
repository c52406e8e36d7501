/**
 * `npm run dev`: rebuilds the browser bundle on change (esbuild watch) and runs Next's
 * development server beside it; stops both together.
 */
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['scripts/build-client.mjs', '--watch'], { stdio: 'inherit' }),
  spawn('node_modules/.bin/next', ['dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => (stop(), process.exit(code ?? 0)));
