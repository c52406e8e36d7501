/**
 * Bundles the browser code with esbuild: browser/site.ts (the small script every page
 * loads) plus, split into separate chunks, React and each widget, which the site script
 * imports only when a widget comes near; and, first and on its own, the model worker
 * (lib/model/worker/worker.ts), whose URL the widgets' code receives as
 * process.env.MODEL_WORKER_URL. Writes public/assets/ with content-hashed names and
 * public/assets/manifest.json. Run directly for a production bundle; the development
 * server (scripts/dev/dev.ts) calls `watchClient` instead (the worker then keeps a fixed
 * name, so the site script need not be rebuilt with it).
 */
import { build, context, type BuildOptions, type Plugin } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SITE_ENTRY = 'browser/site.ts';
const outdir = path.resolve('public/assets');

/** Writes the manifest naming the current site script, then tells `onBuilt`. */
function manifestPlugin(onBuilt: (site: string) => void): Plugin {
  return {
    name: 'manifest',
    setup(b) {
      b.onEnd((result) => {
        if (result.errors.length || !result.metafile) return;
        const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === SITE_ENTRY);
        if (!entry) throw new Error(`build-client: no output for ${SITE_ENTRY}`);
        const site = publicUrl(entry[0]);
        writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ site }, null, 2) + '\n');
        onBuilt(site);
      });
    },
  };
}

export const WORKER_ENTRY = 'lib/model/worker/worker.ts';
export const TRAIN_WORKER_ENTRY = 'visualizations/training/worker.ts';

/**
 * A web worker's bundle: a script of its own (a worker cannot share the page's chunks).
 * The model worker is a classic script; the training worker a module.
 */
function workerOptions(development: boolean, name: string, entry: string, format: 'iife' | 'esm'): BuildOptions {
  return {
    entryPoints: { [name]: entry },
    bundle: true,
    format,
    target: 'es2020',
    platform: 'browser',
    outdir,
    entryNames: development ? '[name]' : '[name]-[hash]',
    minify: !development,
    sourcemap: false,
    metafile: true,
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    legalComments: 'none',
  };
}

/** The site-relative URL of an esbuild output file. */
function publicUrl(file: string): string {
  return '/' + path.relative(path.resolve('public'), path.resolve(file)).replace(/\\/g, '/');
}

interface WorkerUrls {
  model: string;
  train: string;
}

function options(development: boolean, workers: WorkerUrls, onBuilt: (site: string) => void): BuildOptions {
  return {
    entryPoints: [SITE_ENTRY],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    minify: !development,
    sourcemap: false,
    metafile: true,
    jsx: 'automatic',
    tsconfig: 'tsconfig.json',
    define: {
      'process.env.NODE_ENV': JSON.stringify(development ? 'development' : 'production'),
      'process.env.MODEL_WORKER_URL': JSON.stringify(workers.model),
      __TRAIN_WORKER_URL__: JSON.stringify(workers.train),
    },
    logLevel: 'warning',
    logOverride: { 'module-level-directive': 'silent' },
    legalComments: 'none',
    plugins: [manifestPlugin(onBuilt)],
  };
}

function cleanOutdir(): void {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
}

/**
 * Builds once, resolves when that first build is written (pages read the manifest, so
 * Next must not render before), then rebuilds on every change and calls `onRebuilt`.
 */
export async function watchClient(onRebuilt: (site: string) => void): Promise<() => Promise<void>> {
  cleanOutdir();
  let first: (() => void) | null = null;
  const firstBuild = new Promise<void>((resolve) => (first = resolve));
  const workerCtxs = await Promise.all([context(workerOptions(true, 'model-worker', WORKER_ENTRY, 'iife')), context(workerOptions(true, 'train-worker', TRAIN_WORKER_ENTRY, 'esm'))]);
  for (const w of workerCtxs) await w.watch();
  const ctx = await context(
    options(true, { model: '/assets/model-worker.js', train: '/assets/train-worker.js' }, (site) => {
      if (first) {
        first();
        first = null;
      } else onRebuilt(site);
    }),
  );
  await ctx.watch();
  await firstBuild;
  return async () => {
    await Promise.all([ctx.dispose(), ...workerCtxs.map((w) => w.dispose())]);
  };
}

export async function buildClient(): Promise<void> {
  cleanOutdir();
  const workers = await Promise.all([build(workerOptions(false, 'model-worker', WORKER_ENTRY, 'iife')), build(workerOptions(false, 'train-worker', TRAIN_WORKER_ENTRY, 'esm'))]);
  const [model, train] = workers.map((w) => {
    const file = Object.keys(w.metafile!.outputs).find((f) => f.endsWith('.js'));
    if (!file) throw new Error('build-client: no output for a worker');
    return publicUrl(file);
  });
  const result = await build(options(false, { model, train }, () => {}));
  const outputs = [...workers.flatMap((w) => Object.entries(w.metafile!.outputs)), ...Object.entries(result.metafile!.outputs)].filter(([file]) => file.endsWith('.js'));
  const total = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
  console.log(`build-client: ${outputs.length} files, ${(total / 1024).toFixed(0)} kB before compression, in public/assets/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildClient();
