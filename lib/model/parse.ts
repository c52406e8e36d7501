/**
 * Turns the two model files (model.json and the int8 weights) into a TinyModel.
 *
 * Why this file exists: loading must fail loudly and clearly on a wrong or
 * damaged file rather than produce a model that silently computes nonsense,
 * so every field is checked against the expected layout before the weights
 * are dequantised (value = int8 × the row's scale) into float32.
 */
import { parameterLayout } from './layout';
import type { ModelConfig, ModelFileJson, TinyModel } from './types';
import { createModel } from './weights';

function fail(message: string): never {
  throw new Error(`Bad model file: ${message}`);
}

function checkConfig(c: unknown): ModelConfig {
  if (typeof c !== 'object' || c === null) fail('config is missing');
  const cfg = c as Record<string, unknown>;
  for (const key of ['vocabSize', 'contextLength', 'dModel', 'nHeads', 'nLayers', 'dFF']) {
    const v = cfg[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail(`config.${key} must be a positive integer`);
  }
  if (typeof cfg.lnEps !== 'number' || !(cfg.lnEps > 0)) fail('config.lnEps must be a positive number');
  const config = cfg as unknown as ModelConfig;
  if (config.dModel % config.nHeads !== 0) fail('config.dModel must be divisible by config.nHeads');
  return config;
}

/** Validates `json` (parsed model.json) and dequantises `weights` (the weights file). */
export function parseModel(json: unknown, weights: ArrayBuffer): TinyModel {
  if (typeof json !== 'object' || json === null) fail('model.json is not an object');
  const file = json as Partial<ModelFileJson>;
  if (file.format !== 'tiny-gpt-int8') fail(`unknown format ${JSON.stringify(file.format)}`);
  if (file.version !== 1) fail(`unsupported version ${JSON.stringify(file.version)}`);
  const config = checkConfig(file.config);
  const vocab = file.vocab;
  if (!Array.isArray(vocab) || vocab.length !== config.vocabSize || vocab.some((t) => typeof t !== 'string')) {
    fail(`vocab must be ${config.vocabSize} strings`);
  }
  const unkId = file.unkId;
  if (typeof unkId !== 'number' || !Number.isInteger(unkId) || unkId < 0 || unkId >= config.vocabSize) fail('unkId is out of range');
  if (weights.byteLength !== file.weightsBytes) {
    fail(`weights file has ${weights.byteLength} bytes, model.json expects ${file.weightsBytes}`);
  }
  const layout = parameterLayout(config);
  const tensors = file.tensors;
  if (!Array.isArray(tensors) || tensors.length !== layout.length) fail(`expected ${layout.length} tensors`);
  const bytes = new Int8Array(weights);
  const total = layout.reduce((s, e) => s + e.rows * e.cols, 0);
  const flat = new Float32Array(total);
  let at = 0;
  layout.forEach((e, i) => {
    const t = tensors[i];
    if (!t || t.name !== e.name) fail(`tensor ${i} should be ${e.name}, found ${t?.name}`);
    if (!Array.isArray(t.shape) || t.shape[0] !== e.rows || t.shape[1] !== e.cols) fail(`${e.name} should be ${e.rows}×${e.cols}`);
    if (!Array.isArray(t.scales) || t.scales.length !== e.rows || t.scales.some((s) => typeof s !== 'number' || !Number.isFinite(s))) {
      fail(`${e.name} needs ${e.rows} finite scales`);
    }
    if (!Number.isInteger(t.offset) || t.offset < 0 || t.offset + e.rows * e.cols > bytes.length) fail(`${e.name} lies outside the weights file`);
    for (let r = 0; r < e.rows; r++) {
      const s = t.scales[r];
      const src = t.offset + r * e.cols;
      for (let c = 0; c < e.cols; c++) flat[at + r * e.cols + c] = bytes[src + c] * s;
    }
    at += e.rows * e.cols;
  });
  const counts = Array.isArray(file.unigramCounts) && file.unigramCounts.length === config.vocabSize ? file.unigramCounts : [];
  return createModel({ locale: String(file.locale ?? ''), config, vocab, unkId, unigramCounts: counts }, flat);
}
