/**
 * Bundles the browser code with esbuild: lib/client/site.ts (the small script every page
 * loads) plus, split into separate chunks, React and each widget, which the site script
 * imports only when a widget comes near; and, first and on its own, the model worker
 * (lib/model/worker/worker.ts), whose URL the widgets' code receives as
 * process.env.MODEL_WORKER_URL. Writes public/assets/ with content-hashed names
 * and public/assets/manifest.json. `--watch` rebuilds on change (used by `npm run dev`;
 * the worker then keeps a fixed name, so the site script need not be rebuilt with it).
 */
import { build, context } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const outdir = path.resolve('public/assets');
const watch = process.argv.includes('--watch');

/** Writes the manifest naming the current site script. */
const manifestPlugin = {
  name: 'manifest',
  setup(b) {
    b.onEnd((result) => {
      if (result.errors.length || !result.metafile) return;
      const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'lib/client/site.ts');
      if (!entry) throw new Error('build-client: no output for lib/client/site.ts');
      const site = '/' + path.relative(path.resolve('public'), path.resolve(entry[0])).replace(/\\/g, '/');
      writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ site }, null, 2) + '\n');
      if (watch) console.log(`build-client: ${site}`);
    });
  },
};

const shared = {
  bundle: true,
  target: 'es2020',
  platform: 'browser',
  outdir,
  minify: !watch,
  sourcemap: false,
  metafile: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  legalComments: 'none',
};

/** The model worker: a classic script of its own (it shares no chunk with the page). */
const workerOptions = {
  ...shared,
  entryPoints: { 'model-worker': 'lib/model/worker/worker.ts' },
  format: 'iife',
  entryNames: watch ? '[name]' : '[name]-[hash]',
};

/** The URL of the built worker, from an esbuild metafile. */
function workerUrl(metafile) {
  const file = Object.keys(metafile.outputs).find((f) => f.endsWith('.js'));
  if (!file) throw new Error('build-client: no output for the model worker');
  return '/' + path.relative(path.resolve('public'), path.resolve(file)).replace(/\\/g, '/');
}

const options = (modelWorkerUrl) => ({
  ...shared,
  entryPoints: ['lib/client/site.ts'],
  splitting: true,
  format: 'esm',
  entryNames: '[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': JSON.stringify(watch ? 'development' : 'production'), 'process.env.MODEL_WORKER_URL': JSON.stringify(modelWorkerUrl) },
  logOverride: { 'module-level-directive': 'silent' },
  plugins: [manifestPlugin],
});

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
if (watch) {
  const workerCtx = await context(workerOptions);
  await workerCtx.watch();
  const ctx = await context(options('/assets/model-worker.js'));
  await ctx.watch();
  console.log('build-client: watching lib/client, components and visualizations');
} else {
  const worker = await build(workerOptions);
  const result = await build(options(workerUrl(worker.metafile)));
  const outputs = [...Object.entries(worker.metafile.outputs), ...Object.entries(result.metafile.outputs)].filter(([file]) => file.endsWith('.js'));
  const total = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
  console.log(`build-client: ${outputs.length} files, ${(total / 1024).toFixed(0)} kB before compression, in public/assets/`);
}
