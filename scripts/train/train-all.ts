/**
 * `npm run train:model`: retrains the English and Chinese tiny models
 * deterministically and rewrites public/models/{en,zh}/ (model.json,
 * weights.bin, training-log.json) and the float32 checkpoints
 * data/checkpoints/{en,zh}.f32. (data/heldout/ holds hand-written natural text that
 * training never reads.)
 *
 * One command rebuilds every committed model file. The two models train in
 * parallel, one core each. By default the steps run in PyTorch (./torch-run.ts;
 * Debian's python3-torch), tens of times faster than the TypeScript trainer, which
 * `--backend ts` still runs (one worker thread per model). Flags: --only en|zh to
 * train one model, --steps N and --batch N for quick experiments, --out DIR to write
 * somewhere other than public/models, --work DIR for the PyTorch run's exchange files
 * and checkpoints (default cache/train/, so that a second run can go on beside a first),
 * --finish to finish an interrupted PyTorch run from its last checkpoint there, and
 * --resume to run only the stages (specs.ts, `then`) after the one the committed model
 * ended with (its training log's step count says which), from that model.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from './data';
import type { RunPaths, RunSummary } from './run';
import { SAMPLE_STEPS } from './specs';
import { runTorchTraining } from './torch-run';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

type Backend = 'torch' | 'ts';

function parseArgs(argv: string[]): { only: Locale[]; steps?: number; batch?: number; out: string; work: string; backend: Backend; finish: boolean; resume: boolean } {
  const args = {
    only: ['en', 'zh'] as Locale[],
    steps: undefined as number | undefined,
    batch: undefined as number | undefined,
    out: join(root, 'public/models'),
    work: join(root, 'cache/train'),
    backend: 'torch' as Backend,
    finish: false,
    resume: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--finish' || flag === '--resume') {
      if (flag === '--finish') args.finish = true;
      else args.resume = true;
      continue;
    }
    if (flag === '--only' && (value === 'en' || value === 'zh')) args.only = [value];
    else if (flag === '--steps' && Number(value) > 0) args.steps = Number(value);
    else if (flag === '--batch' && Number(value) > 0) args.batch = Number(value);
    else if (flag === '--out' && value) args.out = resolve(value);
    else if (flag === '--work' && value) args.work = resolve(value);
    else if (flag === '--backend' && (value === 'torch' || value === 'ts')) args.backend = value;
    else throw new Error(`unknown or incomplete flag ${flag} (use --only en|zh, --steps N, --batch N, --out DIR, --work DIR, --backend torch|ts, --finish, --resume)`);
    i++;
  }
  return args;
}

function overridesOf(steps?: number, batch?: number) {
  return {
    ...(steps ? { steps, sampleSteps: SAMPLE_STEPS.filter((s) => s < steps) } : {}),
    ...(batch ? { batchSize: batch } : {}),
  };
}

function trainInWorker(locale: Locale, paths: RunPaths, steps?: number, batch?: number): Promise<RunSummary> {
  const overrides = overridesOf(steps, batch);
  return new Promise((resolvePromise, reject) => {
    // Worker threads do not inherit tsx's loader: register it inside the worker, then load the TypeScript entry.
    const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { locale, paths, overrides } });
    worker.on('message', (m: { type: string; message?: string; summary?: RunSummary }) => {
      if (m.type === 'progress') console.log(m.message);
      if (m.type === 'done' && m.summary) resolvePromise(m.summary);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => code !== 0 && reject(new Error(`${locale} worker exited with code ${code}`)));
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.backend === 'ts' && (args.finish || args.resume)) throw new Error('--finish and --resume work on PyTorch runs only');
  const started = Date.now();
  // Experiments written elsewhere with --out keep their checkpoints beside them.
  const defaultOut = args.out === join(root, 'public/models');
  const paths: RunPaths = {
    outDir: args.out,
    checkpointDir: defaultOut ? join(root, 'data/checkpoints') : join(args.out, 'checkpoints'),
    parityDir: defaultOut ? join(root, 'tests/fixtures') : args.out,
  };
  const summaries =
    args.backend === 'ts'
      ? await Promise.all(args.only.map((l) => trainInWorker(l, paths, args.steps, args.batch)))
      : await Promise.all(args.only.map((l) => runTorchTraining(l, paths, overridesOf(args.steps, args.batch), args.work, console.log, { finish: args.finish, resume: args.resume })));
  for (const s of summaries) {
    console.log(
      `${s.locale}: ${s.parameters} parameters, held-out ${s.heldOut.toFixed(3)} vs unigram ${s.unigram.toFixed(3)} nats/token, ` +
        `${s.seconds} s, model.json ${s.jsonBytes} B + weights.bin ${s.weightsBytes} B`,
    );
  }
  console.log(`total wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
