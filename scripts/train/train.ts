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
  /** A second stage run after `steps`, from the first stage's weights (data/README.md, "Second stage"). */
  then?: SecondStage;
}

/**
 * The second stage continues the same model with a fresh optimiser and schedule (warm-up,
 * cosine decay) and another window mix; its steps are counted on from the first stage's in
 * the log. `structureChars` of structure sentences (data.ts, `structureIds`) feed the mix's
 * structure windows.
 */
export interface SecondStage {
  steps: number;
  peakLr: number;
  warmupSteps: number;
  mix: MixName;
  structureChars: number;
}

/** The spec a stage runs with: the second stage's steps, schedule and mix in place of the first's. */
export function stageSpec(spec: TrainSpec, stage: 1 | 2): TrainSpec {
  if (stage === 1 || !spec.then) return spec;
  const { steps, peakLr, warmupSteps, mix } = spec.then;
  return { ...spec, steps, peakLr, warmupSteps, mix, then: undefined };
}

/** Steps of both stages. */
export function totalSteps(spec: TrainSpec): number {
  return spec.steps + (spec.then?.steps ?? 0);
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
  /** Steps at which a later stage began (the second stage's first step count). */
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
  const sampleAt = new Set([...spec.sampleSteps, spec.steps, last]);
  const evaluate = () => model.forward(heldOut.inputs, heldOut.targets, heldOut.B, config.contextLength, false);
  const recordSamples = (step: number) => log.samples.push(...samplesAt(spec, step, createModel(meta, params)));

  // Both stages, one after the other; `offset` counts the second stage's steps on from the first's.
  const stages = spec.then ? ([1, 2] as const) : ([1] as const);
  for (const stage of stages) {
    const run = stageSpec(spec, stage);
    const offset = stage === 1 ? 0 : spec.steps;
    const structures = stage === 2 ? structureIds(corpus, spec.then!.structureChars, spec.seed + 2) : undefined;
    const batcher = new Batcher(trainIds, config.contextLength, spec.seed + stage, spec.batchSize, MIXES[run.mix], structures);
    const opt = new AdamW(config);
    let trainSum = 0;
    let trainCount = 0;
    for (let s = 0; s <= run.steps; s++) {
      const step = offset + s;
      // (the second stage's step 0 is the first stage's last, already recorded)
      const record = stage === 1 || s > 0;
      if (record && (sampleAt.has(step) || step === 0)) recordSamples(step);
      if (record && (step % spec.probeEvery === 0 || step === last)) recordProbes(step);
      if (record && (step % spec.evalEvery === 0 || step === last)) {
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
    stageStarts: spec.then ? [spec.steps] : [],
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
