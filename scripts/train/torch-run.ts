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
import { parameterCount, parameterLayout } from '../../lib/model/layout';
import { createRng } from '../../lib/model/rng';
import type { ModelConfig, ModelFileJson } from '../../lib/model/types';
import { createModel, type ModelMeta } from '../../lib/model/weights';
import { TrainableModel } from '../../lib/train/model';
import { Batcher, buildCorpus, evalWindows, MIXES, toIds, withTokenizer, type Corpus, type Locale } from './data';
import { vocabularyOf } from '../../lib/model/bpe';
import { readCheckpoint } from './export';
import { buildProbes, scoreProbes, type Probes } from './probes';
import { writeRunFiles, type RunPaths, type RunSummary } from './run';
import { SPECS } from './specs';
import { batchSeed, completedStages, laterStructureIds, newTrainLog, probeLine, samplesAt, stageCount, stageOffset, stageSpec, stageStarts, totalSteps, type TrainLog, type TrainSpec } from './train';

/** Held-out windows evaluated at each evaluation step. */
const HELD_OUT_WINDOWS = 64;
/** Tokens of the fixed forward pass compared with the TypeScript one, and the positions whose logits are kept. */
const PARITY_TOKENS = 40;
const PARITY_ROWS = [0, 19, 39];

/**
 * How to start. `finish`: the run in runRoot/<locale> was interrupted after some checkpoints;
 * instead of training, finish it from its last checkpoint (probes, samples, parity pass,
 * files), and record the steps it really took (one-stage specs only). `resume`: the
 * committed model (its float32 checkpoint and training log under `paths`) is the result of
 * the spec's stages up to some stage; run only the stages after it, from it.
 */
export interface TorchStart {
  finish?: boolean;
  resume?: boolean;
}

export async function runTorchTraining(locale: Locale, paths: RunPaths, overrides: Partial<TrainSpec>, runRoot: string, onProgress: (m: string) => void, start: TorchStart = {}): Promise<RunSummary> {
  const spec = { ...SPECS[locale], ...overrides };
  if (start.finish && spec.then) throw new Error('--finish finishes a one-stage run; this spec has later stages');
  if (start.resume && !spec.then) throw new Error(`the ${locale} spec has one stage: nothing to resume`);

  onProgress(`${locale}: building the corpus and tokenizer`);
  // Resumed stages keep the committed model's tokenizer: the one learned now may differ, since
  // the chapters it learns from may have changed since.
  const corpus = start.resume ? withCommittedTokenizer(buildCorpus(locale), join(paths.outDir, locale, 'model.json')) : buildCorpus(locale);
  const config = { ...spec.config, vocabSize: corpus.vocab.length };
  if (config.vocabSize > 65536) throw new Error('batches are stored as 16-bit ids');
  const trainIds = toIds(corpus.train, corpus.bpe);
  const heldOutIds = toIds(corpus.heldOut, corpus.bpe);
  const meta = { locale, config, vocab: corpus.vocab, merges: corpus.merges, byteFallback: true };
  const probes = buildProbes(locale, corpus);
  const context: StageContext = { spec, corpus, config, meta, probes, trainIds, heldOutIds, counts: corpus.counts, runRoot, onProgress };

  let params: Float32Array;
  let log: TrainLog;
  let done: number;
  if (start.resume) {
    params = readCheckpoint(join(paths.checkpointDir, `${locale}.f32`));
    log = JSON.parse(readFileSync(join(paths.outDir, locale, 'training-log.json'), 'utf8')) as TrainLog;
    done = completedStages(spec, log.steps);
    if (params.length !== parameterCount(config)) throw new Error(`the committed ${locale} checkpoint does not have this spec's shape`);
    const rest = done + 1 === stageCount(spec) ? `stage ${done + 1}` : `stages ${done + 1}–${stageCount(spec)}`;
    onProgress(`${locale}: ${rest} of ${stageCount(spec)} from the committed model of step ${log.steps}`);
  } else {
    const model = new TrainableModel(config);
    model.init(createRng(spec.seed));
    log = newTrainLog(spec, corpus, config, trainIds, heldOutIds);
    params = await runStage(context, 1, model.params as Float32Array, log, start.finish ?? false);
    done = 1;
  }
  for (let stage = done + 1; stage <= stageCount(spec); stage++) params = await runStage(context, stage, params, log, false);
  log.steps = totalSteps(spec);
  log.stageStarts = stageStarts(spec);

  const last = log.curve[log.curve.length - 1];
  const sizes = writeRunFiles(paths, spec, { corpus, config, params, log }, { trainer: 'pytorch' });
  mkdirSync(paths.parityDir, { recursive: true });
  writeFileSync(join(paths.parityDir, `torch-parity-${locale}.json`), readFileSync(join(stageDir(context, stageCount(spec)), 'parity.json')));
  return { locale, parameters: log.parameters, seconds: log.seconds, heldOut: last.heldOut, unigram: log.unigramHeldOut, ...sizes };
}

function withCommittedTokenizer(corpus: Corpus, modelJson: string): Corpus {
  const file = JSON.parse(readFileSync(modelJson, 'utf8')) as ModelFileJson;
  return withTokenizer(corpus, vocabularyOf(Array.from(file.chars), file.merges, file.byteFallback), file.merges, file.unigramCounts);
}

interface StageContext {
  spec: TrainSpec;
  corpus: Corpus;
  config: ModelConfig;
  meta: ModelMeta;
  probes: Probes;
  trainIds: Int32Array;
  heldOutIds: Int32Array;
  counts: number[];
  runRoot: string;
  onProgress: (m: string) => void;
}

function stageDir({ runRoot, spec }: StageContext, stage: number): string {
  return join(runRoot, stage === 1 ? spec.locale : `${spec.locale}-stage${stage}`);
}

/**
 * Runs one stage in Python from `init` and returns its last weights. The probes and samples
 * are computed on each checkpoint as soon as Python has written it, so the heads can be
 * watched while the run goes on; they, the loss curve and the seconds are added to `log`
 * with the stage's steps counted on from the stages before it.
 */
async function runStage(context: StageContext, stage: number, init: Float32Array, log: TrainLog, finish: boolean): Promise<Float32Array> {
  const { spec: full, config, meta, probes, trainIds, heldOutIds, counts, onProgress } = context;
  const spec = stageSpec(full, stage);
  const offset = stageOffset(full, stage);
  const dir = stageDir(context, stage);
  if (!finish) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  let checkpointSteps: number[];
  if (finish) {
    const saved = (JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8')) as { checkpointSteps: number[] }).checkpointSteps;
    checkpointSteps = saved.filter((step) => existsSync(join(dir, `ckpt-${step}.f32`)));
    if (checkpointSteps.length === 0) throw new Error(`${dir} has no checkpoints to finish from`);
    spec.steps = checkpointSteps[checkpointSteps.length - 1];
    full.steps = spec.steps;
    onProgress(`${full.locale}: finishing from the checkpoint of step ${spec.steps}`);
  } else {
    const structures = stage > 1 ? laterStructureIds(context.corpus, full, stage) : undefined;
    const batcher = new Batcher(trainIds, config.contextLength, batchSeed(full, stage), spec.batchSize, MIXES[spec.mix], structures);
    checkpointSteps = prepareRun(dir, spec, config, counts, { vocab: context.corpus.vocab, merges: context.corpus.merges }, init, batcher, heldOutIds);
  }

  // (after a finish, which may have cut the run short) Samples at the spec's steps and at
  // each stage's end, so a run of several stages keeps the last samples of each.
  const last = totalSteps(full);
  const sampleAt = new Set([...full.sampleSteps, offset + spec.steps, last]);
  let params = init;
  let next = 0;
  const scoreReady = () => {
    for (; next < checkpointSteps.length; next++) {
      const local = checkpointSteps[next];
      const file = join(dir, `ckpt-${local}.f32`);
      if (!existsSync(file)) return;
      params = readCheckpoint(file);
      const step = offset + local;
      // (a later stage's step 0 is the last of the stage before, already recorded)
      if (stage > 1 && local === 0) continue;
      const m = createModel(meta, params);
      if (step % full.probeEvery === 0 || step === last || local === spec.steps) {
        const scores = scoreProbes(m, probes);
        log.probes.push({ step, ...scores });
        onProgress(probeLine(full.locale, step, scores));
      }
      if (sampleAt.has(step) || (stage === 1 && local === 0)) log.samples.push(...samplesAt(full, step, m));
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
  const curve = run.curve.filter((point) => point.step <= spec.steps && (stage === 1 || point.step > 0));
  log.curve.push(...curve.map((point) => ({ ...point, step: offset + point.step })));
  log.seconds += run.seconds;
  return params;
}

/** Writes the exchange files of a new run (tokenizer, initial weights, every batch, held-out windows, spec); returns the checkpoint steps. */
function prepareRun(
  dir: string,
  spec: TrainSpec,
  config: ModelConfig,
  counts: number[],
  tokenizer: { vocab: string[]; merges: number[] },
  init: Float32Array,
  batcher: Batcher,
  heldOutIds: Int32Array,
): number[] {
  const T = config.contextLength;
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

function bytesOf(a: Float32Array | Uint16Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let s = from; s <= to; s += step) out.push(s);
  return out;
}
