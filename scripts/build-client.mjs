/**
 * Bundles the browser code with esbuild: lib/client/site.ts (the small script every page
 * loads) plus, split into separate chunks, React and each widget, which the site script
 * imports only when a widget comes near. Writes public/assets/ with content-hashed names
 * and public/assets/manifest.json. `--watch` rebuilds on change (used by `npm run dev`).
 *
 * Web workers are bundled first, each on its own (a worker cannot share the page's
 * chunks); the page code learns their hashed URLs through a build-time constant
 * (`__TRAIN_WORKER_URL__`), so a worker is fetched only when a widget starts one.
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

/** Bundles the training widget's worker; returns its URL under /assets/. */
async function buildWorker() {
  const workerOptions = {
    entryPoints: { 'train-worker': 'visualizations/training/worker.ts' },
    bundle: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    outdir,
    entryNames: watch ? '[name]' : '[name]-[hash]',
    minify: !watch,
    metafile: true,
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    legalComments: 'none',
  };
  let result;
  if (watch) {
    const ctx = await context(workerOptions);
    result = await ctx.rebuild();
    await ctx.watch();
  } else {
    result = await build(workerOptions);
  }
  const file = Object.keys(result.metafile.outputs).find((f) => f.endsWith('.js'));
  return '/' + path.relative(path.resolve('public'), path.resolve(file)).replace(/\\/g, '/');
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const trainWorkerUrl = await buildWorker();

const options = {
  entryPoints: ['lib/client/site.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2020',
  platform: 'browser',
  outdir,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  minify: !watch,
  sourcemap: false,
  metafile: true,
  jsx: 'automatic',
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': JSON.stringify(watch ? 'development' : 'production'), __TRAIN_WORKER_URL__: JSON.stringify(trainWorkerUrl) },
  logLevel: 'warning',
  logOverride: { 'module-level-directive': 'silent' },
  legalComments: 'none',
  plugins: [manifestPlugin],
};

if (watch) {
  const ctx = await context(options);
  await ctx.watch();
  console.log('build-client: watching lib/client, components and visualizations');
} else {
  const result = await build(options);
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const total = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
  console.log(`build-client: ${outputs.length} files, ${(total / 1024).toFixed(0)} kB before compression, in public/assets/`);
}
