/**
 * Turns the two model files (model.json and the weights file) into a TinyModel.
 *
 * Loading must fail loudly and clearly on a wrong or damaged file rather than
 * produce a model that silently computes nonsense, so every field is checked
 * against the expected layout before the weights are dequantised (value = the packed
 * step × the row's bfloat16 scale, see TensorEntry and ./quantise.ts) into float32.
 */
import { vocabularyOf } from './bpe';
import { parameterLayout } from './layout';
import { fromBfloat16, packedBytes, unpackSteps } from './quantise';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, type ModelConfig, type ModelFileJson, type TinyModel } from './types';
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
  if (cfg.positions !== undefined && cfg.positions !== 'learned' && cfg.positions !== 'rotary') fail(`config.positions must be "learned" or "rotary", got ${JSON.stringify(cfg.positions)}`);
  const config = cfg as unknown as ModelConfig;
  if (config.dModel % config.nHeads !== 0) fail('config.dModel must be divisible by config.nHeads');
  if (config.positions === 'rotary' && (config.dModel / config.nHeads) % 2 !== 0) fail('a rotary model needs an even number of dimensions per head');
  return config;
}

/** Validates `json` (parsed model.json) and dequantises `weights` (the weights file). */
export function parseModel(json: unknown, weights: ArrayBuffer): TinyModel {
  if (typeof json !== 'object' || json === null) fail('model.json is not an object');
  const file = json as Partial<ModelFileJson>;
  if (file.format !== MODEL_FORMAT) fail(`unknown format ${JSON.stringify(file.format)}, expected "${MODEL_FORMAT}"`);
  if (file.version !== MODEL_FORMAT_VERSION) fail(`unsupported version ${JSON.stringify(file.version)}, expected ${MODEL_FORMAT_VERSION}`);
  const config = checkConfig(file.config);
  if (typeof file.chars !== 'string') fail('chars must be a string of the single-character tokens');
  const merges = file.merges;
  if (!Array.isArray(merges) || merges.length % 2 !== 0 || merges.some((id) => !Number.isInteger(id) || id < 0)) fail('merges must be pairs of token ids');
  if (typeof file.byteFallback !== 'boolean') fail('byteFallback must be true or false');
  let vocab: string[] = [];
  try {
    vocab = vocabularyOf(Array.from(file.chars), merges, file.byteFallback);
  } catch (error) {
    fail((error as Error).message);
  }
  if (vocab.length !== config.vocabSize) fail(`the tokenizer makes ${vocab.length} tokens, config.vocabSize is ${config.vocabSize}`);
  if (weights.byteLength !== file.weightsBytes) {
    fail(`weights file has ${weights.byteLength} bytes, model.json expects ${file.weightsBytes}`);
  }
  const layout = parameterLayout(config);
  const tensors = file.tensors;
  if (!Array.isArray(tensors) || tensors.length !== layout.length) fail(`expected ${layout.length} tensors`);
  const bytes = new Uint8Array(weights);
  const scalesView = new DataView(weights);
  const total = layout.reduce((s, e) => s + e.rows * e.cols, 0);
  const flat = new Float32Array(total);
  let at = 0;
  layout.forEach((e, i) => {
    const t = tensors[i];
    if (!t || t.name !== e.name) fail(`tensor ${i} should be ${e.name}, found ${t?.name}`);
    if (!Array.isArray(t.shape) || t.shape[0] !== e.rows || t.shape[1] !== e.cols) fail(`${e.name} should be ${e.rows}×${e.cols}`);
    if (!Number.isInteger(t.bits) || t.bits < 2 || t.bits > 8) fail(`${e.name} has ${JSON.stringify(t.bits)} bits per value, not 2 to 8`);
    if (!Number.isInteger(t.scalesOffset) || t.scalesOffset < 0 || t.scalesOffset + e.rows * 2 > bytes.length) fail(`${e.name}'s scales lie outside the weights file`);
    const count = e.rows * e.cols;
    if (!Number.isInteger(t.offset) || t.offset < 0 || t.offset + packedBytes(count, t.bits) > bytes.length) fail(`${e.name} lies outside the weights file`);
    let steps: Int8Array;
    try {
      steps = unpackSteps(bytes, t.offset, count, t.bits);
    } catch (error) {
      fail(`${e.name}: ${(error as Error).message}`);
    }
    for (let r = 0; r < e.rows; r++) {
      const s = fromBfloat16(scalesView.getUint16(t.scalesOffset + r * 2, true));
      if (!Number.isFinite(s)) fail(`${e.name} row ${r} has no finite scale`);
      for (let c = 0; c < e.cols; c++) flat[at + r * e.cols + c] = steps[r * e.cols + c] * s;
    }
    at += count;
  });
  const counts = Array.isArray(file.unigramCounts) && file.unigramCounts.length === config.vocabSize ? file.unigramCounts : [];
  try {
    return createModel({ locale: String(file.locale ?? ''), config, vocab, merges, byteFallback: file.byteFallback as boolean, unigramCounts: counts }, flat);
  } catch (error) {
    fail((error as Error).message);
  }
}
