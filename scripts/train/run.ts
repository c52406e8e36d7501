/**
 * Trains one model from its spec and writes its files under public/models/<locale>/.
 *
 * Shared by the worker threads of train-all.ts and by a direct single-model
 * run, so both write exactly the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from './data';
import { writeModelFiles } from './export';
import { SPECS } from './specs';
import { totalSteps, trainModel, type TrainResult, type TrainSpec } from './train';

export interface RunSummary {
  locale: Locale;
  parameters: number;
  seconds: number;
  heldOut: number;
  unigram: number;
  jsonBytes: number;
  weightsBytes: number;
}

/** Where a run writes its files. */
export interface RunPaths {
  /** Model files go to outDir/<locale>/ (model.json, weights.bin, training-log.json). */
  outDir: string;
  /** Unquantised float32 weights go to checkpointDir/<locale>.f32 (raw little-endian, parameterLayout order). */
  checkpointDir: string;
  /** The PyTorch trainer's fixed forward pass goes to parityDir/torch-parity-<locale>.json. */
  parityDir: string;
}

/** Trains `locale` (optionally with overrides, for experiments) and writes its files. */
export function runTraining(locale: Locale, paths: RunPaths, overrides: Partial<TrainSpec> = {}, onProgress?: (m: string) => void): RunSummary {
  const spec = { ...SPECS[locale], ...overrides };
  const { corpus, config, params, log } = trainModel(spec, onProgress);
  const sizes = writeRunFiles(paths, spec, { corpus, config, params, log }, {});
  const last = log.curve[log.curve.length - 1];
  return { locale, parameters: log.parameters, seconds: log.seconds, heldOut: last.heldOut, unigram: log.unigramHeldOut, ...sizes };
}

/**
 * Writes what both trainers produce for a run: the model files, the float32 checkpoint and
 * the training log. `training` adds entries to model.json's record of the run.
 */
export function writeRunFiles(paths: RunPaths, spec: TrainSpec, run: TrainResult, training: Record<string, string | number>): { jsonBytes: number; weightsBytes: number } {
  const { corpus, config, params, log } = run;
  const dir = join(paths.outDir, spec.locale);
  const last = log.curve[log.curve.length - 1];
  const sizes = writeModelFiles({
    dir,
    locale: spec.locale,
    config,
    vocab: corpus.vocab,
    merges: corpus.merges,
    counts: corpus.counts,
    flat: params,
    training: { ...training, steps: totalSteps(spec), batchSize: spec.batchSize, seed: spec.seed, heldOutLoss: last.heldOut, unigramHeldOut: round4(log.unigramHeldOut), seconds: log.seconds },
  });
  mkdirSync(paths.checkpointDir, { recursive: true });
  writeFileSync(join(paths.checkpointDir, `${spec.locale}.f32`), new Uint8Array(params.buffer, params.byteOffset, params.byteLength));
  writeFileSync(join(dir, 'training-log.json'), JSON.stringify({ ...log, unigramHeldOut: round4(log.unigramHeldOut) }, null, 1));
  return sizes;
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
