/**
 * Trains one model with PyTorch (./torch/train.py) and writes the same files as the
 * TypeScript trainer (./run.ts): the model, its float32 checkpoint and its training log.
 *
 * The split: this side builds the corpus and tokenizer, initialises the weights
 * exactly as the TypeScript trainer does, and draws every batch with ./data.ts's
 * Batcher, so the two trainers see the same data; Python only runs the steps and saves
 * checkpoints. The probes and samples of the log are then computed here, on those
 * checkpoints, with the site's own forward pass, which is what a reader's browser runs.
 * The run directory (under cache/, not committed) holds the exchange files.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parameterLayout } from '../../lib/model/layout';
import { createRng } from '../../lib/model/rng';
import type { ModelConfig } from '../../lib/model/types';
import { createModel } from '../../lib/model/weights';
import { TrainableModel } from '../../lib/train/model';
import { Batcher, buildCorpus, evalWindows, MIXES, toIds, type Locale } from './data';
import { buildProbes, scoreProbes } from './probes';
import { writeRunFiles, type RunPaths, type RunSummary } from './run';
import { SPECS } from './specs';
import { newTrainLog, probeLine, samplesAt, type TrainSpec } from './train';

/** Held-out windows evaluated at each evaluation step. */
const HELD_OUT_WINDOWS = 64;
/** Tokens of the fixed forward pass compared with the TypeScript one, and the positions whose logits are kept. */
const PARITY_TOKENS = 40;
const PARITY_ROWS = [0, 19, 39];

/**
 * `finish`: the run in runRoot/<locale> was interrupted after some checkpoints; instead of
 * training, finish it from its last checkpoint (probes, samples, parity pass, files), and
 * record the steps it really took.
 */
export async function runTorchTraining(locale: Locale, paths: RunPaths, overrides: Partial<TrainSpec>, runRoot: string, onProgress: (m: string) => void, finish = false): Promise<RunSummary> {
  const spec = { ...SPECS[locale], ...overrides };
  const dir = join(runRoot, locale);
  if (!finish) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  onProgress(`${locale}: building the corpus and tokenizer`);
  const corpus = buildCorpus(locale);
  const config = { ...spec.config, vocabSize: corpus.vocab.length };
  if (config.vocabSize > 65536) throw new Error('batches are stored as 16-bit ids');
  const model = new TrainableModel(config);
  model.init(createRng(spec.seed));
  const trainIds = toIds(corpus.train, corpus.bpe);
  const heldOutIds = toIds(corpus.heldOut, corpus.bpe);

  let checkpointSteps: number[];
  if (finish) {
    const saved = (JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8')) as { checkpointSteps: number[] }).checkpointSteps;
    checkpointSteps = saved.filter((step) => existsSync(join(dir, `ckpt-${step}.f32`)));
    if (checkpointSteps.length === 0) throw new Error(`${dir} has no checkpoints to finish from`);
    spec.steps = checkpointSteps[checkpointSteps.length - 1];
    onProgress(`${locale}: finishing from the checkpoint of step ${spec.steps}`);
  } else {
    checkpointSteps = prepareRun(dir, spec, config, corpus.counts, { vocab: corpus.vocab, merges: corpus.merges }, model.params as Float32Array, trainIds, heldOutIds);
  }

  // The probes and samples are computed on each checkpoint as soon as Python has written
  // it, so the heads can be watched while the run goes on.
  const meta = { locale, config, vocab: corpus.vocab, merges: corpus.merges, byteFallback: true };
  const probes = buildProbes(locale, corpus);
  const log = newTrainLog(spec, corpus, config, trainIds, heldOutIds);
  const sampleAt = new Set([...spec.sampleSteps, spec.steps]);
  let params: Float32Array = new Float32Array(0);
  let next = 0;
  const scoreReady = () => {
    for (; next < checkpointSteps.length; next++) {
      const step = checkpointSteps[next];
      const file = join(dir, `ckpt-${step}.f32`);
      if (!existsSync(file)) return;
      params = readCheckpoint(file);
      const m = createModel(meta, params);
      if (step % spec.probeEvery === 0 || step === spec.steps) {
        const scores = scoreProbes(m, probes);
        log.probes.push({ step, ...scores });
        onProgress(probeLine(locale, step, scores));
      }
      if (sampleAt.has(step)) log.samples.push(...samplesAt(spec, step, m));
    }
  };
  const watcher = setInterval(scoreReady, 2000);
  try {
    await python(join(import.meta.dirname, 'torch/train.py'), finish ? [dir, '--parity', String(spec.steps)] : [dir], onProgress);
  } finally {
    clearInterval(watcher);
  }
  scoreReady();
  if (next < checkpointSteps.length) throw new Error(`checkpoint of step ${checkpointSteps[next]} is missing`);

  const run = JSON.parse(readFileSync(join(dir, 'curve.json'), 'utf8')) as { curve: { step: number; train: number; heldOut: number }[]; seconds: number };
  const curve = run.curve.filter((point) => point.step <= spec.steps);
  const seconds = run.seconds;
  log.curve = curve;
  log.seconds = seconds;

  const last = curve[curve.length - 1];
  const sizes = writeRunFiles(paths, spec, { corpus, config, params, log }, { trainer: 'pytorch' });
  mkdirSync(paths.parityDir, { recursive: true });
  writeFileSync(join(paths.parityDir, `torch-parity-${locale}.json`), readFileSync(join(dir, 'parity.json')));
  return { locale, parameters: log.parameters, seconds, heldOut: last.heldOut, unigram: log.unigramHeldOut, ...sizes };
}

/** Writes the exchange files of a new run (tokenizer, initial weights, every batch, held-out windows, spec); returns the checkpoint steps. */
function prepareRun(
  dir: string,
  spec: TrainSpec,
  config: ModelConfig,
  counts: number[],
  tokenizer: { vocab: string[]; merges: number[] },
  init: Float32Array,
  trainIds: Int32Array,
  heldOutIds: Int32Array,
): number[] {
  const T = config.contextLength;
  const batcher = new Batcher(trainIds, T, spec.seed + 1, spec.batchSize, MIXES[spec.mix]);
  const batches = new Uint16Array(spec.steps * spec.batchSize * (T + 1));
  for (let w = 0; w < spec.steps * spec.batchSize; w++) batches.set(batcher.window(), w * (T + 1));
  const held = evalWindows(heldOutIds, T, HELD_OUT_WINDOWS);
  const heldOut = new Uint16Array(held.B * (T + 1));
  for (let b = 0; b < held.B; b++) heldOut.set(heldOutIds.subarray(b * T, b * T + T + 1), b * (T + 1));

  const checkpointSteps = [...new Set([...range(0, spec.steps, spec.probeEvery), ...spec.sampleSteps.filter((s) => s <= spec.steps), spec.steps])].sort((a, b) => a - b);
  // the tokenizer beside the checkpoints, so a checkpoint can be evaluated while the run goes on
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ locale: spec.locale, config, ...tokenizer, byteFallback: true, unigramCounts: counts }));
  writeFileSync(join(dir, 'init.f32'), bytesOf(init));
  writeFileSync(join(dir, 'batches.u16'), bytesOf(batches));
  writeFileSync(join(dir, 'heldout.u16'), bytesOf(heldOut));
  writeFileSync(
    join(dir, 'spec.json'),
    JSON.stringify({
      locale: spec.locale,
      config,
      layout: parameterLayout(config),
      steps: spec.steps,
      batchSize: spec.batchSize,
      peakLr: spec.peakLr,
      warmupSteps: spec.warmupSteps,
      evalEvery: spec.evalEvery,
      checkpointSteps,
      adamw: { beta1: 0.9, beta2: 0.99, eps: 1e-8, weightDecay: 0.05 },
      clip: 1,
      parityTokens: PARITY_TOKENS,
      parityRows: PARITY_ROWS,
    }),
  );
  return checkpointSteps;
}

function python(script: string, args: string[], onProgress: (m: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // one core per model (two train at once): PyTorch's own threads and OpenBLAS's
    const env = { ...process.env, TORCH_THREADS: '1', OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' };
    const child = spawn(process.env.PYTHON ?? '/usr/bin/python3', [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach((line) => line && onProgress(line));
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`PyTorch trainer exited with code ${code}`))));
  });
}

function readCheckpoint(file: string): Float32Array {
  const b = readFileSync(file);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

function bytesOf(a: Float32Array | Uint16Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let s = from; s <= to; s += step) out.push(s);
  return out;
}
