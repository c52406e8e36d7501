/**
 * Trains one tiny GPT on its synthetic corpus and returns the weights and a
 * log of the run (loss curve and samples at checkpoints).
 *
 * Why this file exists: the training loop proper — schedule, evaluation,
 * checkpoint samples — kept apart from the model, the optimiser, the worker
 * plumbing and the file export. Everything is seeded: two runs with the same
 * spec give bit-identical weights.
 */
import { createRng } from '../../lib/model/rng';
import { generate } from '../../lib/model/sampling';
import type { ModelConfig } from '../../lib/model/types';
import { createModel } from '../../lib/model/weights';
import { parameterCount } from '../../lib/model/layout';
import { AdamW } from '../../lib/train/adamw';
import { Batcher, buildCorpus, evalWindows, toIds, unigramLoss, type Corpus, type Locale } from './data';
import { TrainableModel } from '../../lib/train/model';

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
  const opt = new AdamW(config);
  const trainIds = toIds(corpus.train, corpus.vocab);
  const heldOutIds = toIds(corpus.heldOut, corpus.vocab);
  const batcher = new Batcher(trainIds, config.contextLength, spec.seed + 1);
  const heldOut = evalWindows(heldOutIds, config.contextLength, 32);
  const meta = { locale: spec.locale, config, vocab: corpus.vocab, unkId: 0 };
  const params = model.params as Float32Array;

  const log: TrainLog = {
    locale: spec.locale,
    parameters: parameterCount(config),
    steps: spec.steps,
    batchSize: spec.batchSize,
    contextLength: config.contextLength,
    seed: spec.seed,
    trainChars: Array.from(corpus.train).length,
    heldOutChars: Array.from(corpus.heldOut).length,
    unigramHeldOut: unigramLoss(heldOutIds, corpus.counts),
    curve: [],
    samples: [],
    seconds: 0,
  };
  const sampleAt = new Set([...spec.sampleSteps, spec.steps]);
  const evaluate = () => model.forward(heldOut.inputs, heldOut.targets, heldOut.B, config.contextLength, false);
  const recordSamples = (step: number) => {
    const m = createModel(meta, params);
    for (const prompt of spec.prompts) {
      const text = generate(m, prompt, { maxNewTokens: 80, temperature: 0.8, topK: 0, rng: createRng(spec.seed + 7) });
      log.samples.push({ step, prompt, text });
    }
  };

  let trainSum = 0;
  let trainCount = 0;
  for (let step = 0; step <= spec.steps; step++) {
    if (sampleAt.has(step) || step === 0) recordSamples(step);
    if (step % spec.evalEvery === 0 || step === spec.steps) {
      const h = evaluate();
      const train = trainCount > 0 ? trainSum / trainCount : h;
      log.curve.push({ step, train: round4(train), heldOut: round4(h) });
      onProgress(`${spec.locale} step ${step}/${spec.steps} train ${train.toFixed(3)} held-out ${h.toFixed(3)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      trainSum = 0;
      trainCount = 0;
    }
    if (step === spec.steps) break;
    const { inputs, targets } = batcher.next(spec.batchSize);
    model.zeroGrad();
    trainSum += model.forward(inputs, targets, spec.batchSize, config.contextLength);
    trainCount++;
    model.backward();
    opt.step(model.params, model.grads, learningRate(step, spec));
  }
  log.seconds = Math.round((Date.now() - started) / 1000);
  return { corpus, config, params, log };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
