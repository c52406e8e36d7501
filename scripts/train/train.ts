/**
 * Trains one tiny GPT on its corpus and returns the weights and a log of the run:
 * the loss curve, samples at checkpoints, and the probe scores of ./probes.ts over
 * steps (so the moment a head forms can be shown).
 *
 * The training loop proper (schedule, evaluation, checkpoint samples, probes) is
 * kept apart from the model, the optimiser, the worker plumbing and the file export.
 * Everything is seeded: two runs with the same spec give bit-identical weights.
 */
import { createRng } from '../../lib/model/rng';
import { generate } from '../../lib/model/sampling';
import type { ModelConfig, TinyModel } from '../../lib/model/types';
import { createModel } from '../../lib/model/weights';
import { parameterCount } from '../../lib/model/layout';
import { AdamW } from '../../lib/train/adamw';
import { Batcher, buildCorpus, evalWindows, MIXES, structureIds, toIds, unigramLoss, type Corpus, type Locale, type MixName } from './data';
import type { StructureSet } from './corpus/structures';
import { TrainableModel } from '../../lib/train/model';
import { bestHead, buildProbes, scoreProbes, type ProbeScores } from './probes';

export interface TrainSpec {
  locale: Locale;
  config: Omit<ModelConfig, 'vocabSize'>;
  steps: number;
  batchSize: number;
  peakLr: number;
  warmupSteps: number;
  seed: number;
  /** Evaluate held-out loss every this many steps. */
  evalEvery: number;
  /** Steps at which to record generated samples (the final step is always added). */
  sampleSteps: number[];
  prompts: string[];
  /** Score the probes every this many steps (and at the end). */
  probeEvery: number;
  /** How the batcher mixes its windows over the steps (see ./data.ts). */
  mix: MixName;
  /** Later stages, run one after the other after `steps`, each from the last weights of the one before (data/README.md, "Later stages"). */
  then?: LaterStage[];
}

/**
 * A later stage continues the same model with a fresh optimiser and schedule (warm-up,
 * cosine decay) and another window mix; its steps are counted on from the stages before it
 * in the log. `structureChars` of structure sentences (data.ts, `structureIds`) feed the
 * mix's structure windows.
 */
export interface LaterStage {
  steps: number;
  peakLr: number;
  warmupSteps: number;
  mix: MixName;
  structureChars: number;
  /** Which structure sentences (./corpus/structures.ts, StructureSet); `frames` when absent. */
  sentences?: StructureSet;
  /** Copies of the everyday prose (data/corpus/<locale>-everyday.txt) among the structure sentences (data.ts, `structureIds`). */
  everydayCopies?: number;
}

/** How many stages a spec runs: the first and its later ones. */
export function stageCount(spec: TrainSpec): number {
  return 1 + (spec.then?.length ?? 0);
}

/** The spec stage `stage` (1 is the first) runs with: a later stage's steps, schedule and mix in place of the first's. */
export function stageSpec(spec: TrainSpec, stage: number): TrainSpec {
  if (stage === 1) return spec;
  const later = spec.then?.[stage - 2];
  if (!later) throw new Error(`the ${spec.locale} spec has no stage ${stage}`);
  const { steps, peakLr, warmupSteps, mix } = later;
  return { ...spec, steps, peakLr, warmupSteps, mix, then: undefined };
}

/** The step count at which each later stage begins (the training log's `stageStarts`). */
export function stageStarts(spec: TrainSpec): number[] {
  const starts: number[] = [];
  let step = spec.steps;
  for (const later of spec.then ?? []) {
    starts.push(step);
    step += later.steps;
  }
  return starts;
}

/** The step count before stage `stage`'s first step. */
export function stageOffset(spec: TrainSpec, stage: number): number {
  return stage === 1 ? 0 : stageStarts(spec)[stage - 2];
}

/** Steps of all stages. */
export function totalSteps(spec: TrainSpec): number {
  return (spec.then ?? []).reduce((sum, later) => sum + later.steps, spec.steps);
}

/** How many of the spec's stages a model trained for `steps` has run, when it stopped at the end of one before the last. */
export function completedStages(spec: TrainSpec, steps: number): number {
  const ends = [...stageStarts(spec), totalSteps(spec)];
  const done = ends.indexOf(steps) + 1;
  if (done === 0) throw new Error(`the committed ${spec.locale} model took ${steps} steps, which ends none of the spec's stages (${ends.join(', ')})`);
  if (done === ends.length) throw new Error(`the committed ${spec.locale} model has run all ${done} stages already`);
  return done;
}

/** The structure sentences a later stage reads, as ids: one stream per set of sentences, seed + 2. */
export function laterStructureIds(corpus: Corpus, spec: TrainSpec, stage: number): Int32Array {
  const later = spec.then![stage - 2];
  return structureIds(corpus, later.structureChars, spec.seed + 2, later.sentences, later.everydayCopies);
}

/**
 * The seed of a stage's batches: the first stage's seed + 1, every later one's seed + 2.
 * (The later stages of the shipped Chinese model were run one at a time, each as "the second
 * stage" of the one before, so each drew with seed + 2; one seed for all keeps the recipe
 * the run that made them. Their windows still differ, since each mix spends the draws
 * differently.) The structure sentences come from one stream for every stage, seed + 2.
 */
export function batchSeed(spec: TrainSpec, stage: number): number {
  return spec.seed + Math.min(stage, 2);
}

export interface TrainLog {
  locale: string;
  parameters: number;
  steps: number;
  batchSize: number;
  contextLength: number;
  seed: number;
  trainChars: number;
  heldOutChars: number;
  /** Add-one unigram baseline on the held-out text, nats per token. */
  unigramHeldOut: number;
  curve: { step: number; train: number; heldOut: number }[];
  samples: { step: number; prompt: string; text: string }[];
  /** Probe scores over training (see ./probes.ts). */
  probes: ({ step: number } & ProbeScores)[];
  /** Steps at which each later stage began (the step count before its first step). */
  stageStarts: number[];
  tokenizer: { vocabSize: number; merges: number; trainTokens: number };
  seconds: number;
}

export interface TrainResult {
  corpus: Corpus;
  config: ModelConfig;
  params: Float32Array;
  log: TrainLog;
}

/** Learning rate at a step: linear warm-up, then cosine decay to 10% of the peak. */
export function learningRate(step: number, spec: Pick<TrainSpec, 'steps' | 'peakLr' | 'warmupSteps'>): number {
  if (step < spec.warmupSteps) return (spec.peakLr * (step + 1)) / spec.warmupSteps;
  const progress = (step - spec.warmupSteps) / Math.max(1, spec.steps - spec.warmupSteps);
  return spec.peakLr * (0.1 + 0.45 * (1 + Math.cos(Math.PI * Math.min(1, progress))));
}

export function trainModel(spec: TrainSpec, onProgress: (msg: string) => void = () => {}): TrainResult {
  const started = Date.now();
  const corpus = buildCorpus(spec.locale);
  const config: ModelConfig = { ...spec.config, vocabSize: corpus.vocab.length };
  const model = new TrainableModel(config);
  model.init(createRng(spec.seed));
  const trainIds = toIds(corpus.train, corpus.bpe);
  const heldOutIds = toIds(corpus.heldOut, corpus.bpe);
  const heldOut = evalWindows(heldOutIds, config.contextLength, 32);
  const meta = { locale: spec.locale, config, vocab: corpus.vocab, merges: corpus.merges, byteFallback: true };
  const probes = buildProbes(spec.locale, corpus);
  const params = model.params as Float32Array;

  const log = newTrainLog(spec, corpus, config, trainIds, heldOutIds);
  const recordProbes = (step: number) => {
    const scores = scoreProbes(createModel(meta, params), probes);
    log.probes.push({ step, ...scores });
    onProgress(probeLine(spec.locale, step, scores));
  };
  const last = totalSteps(spec);
  // samples at the spec's steps and at each stage's end
  const sampleAt = new Set([...spec.sampleSteps, ...stageStarts(spec), last]);
  const evaluate = () => model.forward(heldOut.inputs, heldOut.targets, heldOut.B, config.contextLength, false);
  const recordSamples = (step: number) => log.samples.push(...samplesAt(spec, step, createModel(meta, params)));

  // The stages one after the other; `offset` counts a later stage's steps on from the ones before.
  for (let stage = 1; stage <= stageCount(spec); stage++) {
    const run = stageSpec(spec, stage);
    const offset = stageOffset(spec, stage);
    const structures = stage > 1 ? laterStructureIds(corpus, spec, stage) : undefined;
    const batcher = new Batcher(trainIds, config.contextLength, batchSeed(spec, stage), spec.batchSize, MIXES[run.mix], structures);
    const opt = new AdamW(config);
    let trainSum = 0;
    let trainCount = 0;
    for (let s = 0; s <= run.steps; s++) {
      const step = offset + s;
      // (a later stage's step 0 is the last of the stage before, already recorded)
      const record = stage === 1 || s > 0;
      if (record && (sampleAt.has(step) || step === 0)) recordSamples(step);
      if (record && (step % spec.probeEvery === 0 || s === run.steps)) recordProbes(step);
      if (record && (step % spec.evalEvery === 0 || s === run.steps)) {
        const h = evaluate();
        const train = trainCount > 0 ? trainSum / trainCount : h;
        log.curve.push({ step, train: round4(train), heldOut: round4(h) });
        onProgress(`${spec.locale} step ${step}/${last} train ${train.toFixed(3)} held-out ${h.toFixed(3)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        trainSum = 0;
        trainCount = 0;
      }
      if (s === run.steps) break;
      const { inputs, targets } = batcher.next(spec.batchSize);
      model.zeroGrad();
      trainSum += model.forward(inputs, targets, spec.batchSize, config.contextLength);
      trainCount++;
      model.backward();
      opt.step(model.params, model.grads, learningRate(s, run));
    }
  }
  log.seconds = Math.round((Date.now() - started) / 1000);
  return { corpus, config, params, log };
}

/** An empty log of a run: what it trains on, before any step. */
export function newTrainLog(spec: TrainSpec, corpus: Corpus, config: ModelConfig, trainIds: Int32Array, heldOutIds: Int32Array): TrainLog {
  return {
    locale: spec.locale,
    parameters: parameterCount(config),
    steps: totalSteps(spec),
    batchSize: spec.batchSize,
    contextLength: config.contextLength,
    seed: spec.seed,
    trainChars: Array.from(corpus.train).length,
    heldOutChars: Array.from(corpus.heldOut).length,
    unigramHeldOut: unigramLoss(heldOutIds, corpus.counts),
    curve: [],
    samples: [],
    probes: [],
    stageStarts: stageStarts(spec),
    tokenizer: { vocabSize: corpus.vocab.length, merges: corpus.merges.length / 2, trainTokens: trainIds.length },
    seconds: 0,
  };
}

/** The spec's prompts continued by the model as it is at `step` (the same seed at every step, so samples compare). */
export function samplesAt(spec: TrainSpec, step: number, model: TinyModel): TrainLog['samples'] {
  return spec.prompts.map((prompt) => ({
    step,
    prompt,
    text: generate(model, prompt, { maxNewTokens: 80, temperature: 0.8, topK: 0, rng: createRng(spec.seed + 7) }),
  }));
}

/** One progress line with the best head of each kind. */
export function probeLine(locale: string, step: number, scores: ProbeScores): string {
  const prev = bestHead(scores.previousToken);
  const ind = bestHead(scores.induction);
  return (
    `${locale} step ${step} probes: previous-token ${prev.score.toFixed(2)} (L${prev.layer}H${prev.head}), ` +
    `induction ${ind.score.toFixed(2)} (L${ind.layer}H${ind.head}), names ${scores.names.toFixed(2)}` +
    (scores.agreement === null ? '' : `, agreement ${scores.agreement.toFixed(2)}`)
  );
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
