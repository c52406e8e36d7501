/**
 * The file a reader saves a model they trained to, and reads back: JSON with
 * the configuration, the vocabulary and its byte-pair merges (none for a
 * character-level model), the step count and the float32 weights
 * in parameterLayout order, base64-encoded. Reading checks every field and
 * says what is wrong, since the file comes from outside.
 */
import { base64ToBytes, bytesToBase64 } from '../model/base64';
import { parameterCount } from '../model/layout';
import type { ModelConfig } from '../model/types';

export const MODEL_FILE_FORMAT = 'llmx-trained-model';

export interface SavedModel {
  task: string;
  locale: string;
  step: number;
  config: ModelConfig;
  vocab: string[];
  /** Byte-pair merges as flat id pairs (lib/model/bpe.ts); empty for characters only. */
  merges: number[];
  /** True when ids 0…255 are byte tokens. */
  byteFallback: boolean;
  params: Float32Array;
}

export function serialiseModel(m: SavedModel): string {
  const bytes = new Uint8Array(m.params.buffer.slice(m.params.byteOffset, m.params.byteOffset + m.params.byteLength));
  return JSON.stringify({
    format: MODEL_FILE_FORMAT,
    version: 1,
    task: m.task,
    locale: m.locale,
    step: m.step,
    config: m.config,
    vocab: m.vocab,
    merges: m.merges,
    byteFallback: m.byteFallback,
    weights: bytesToBase64(bytes),
  });
}

const CONFIG_KEYS: (keyof ModelConfig)[] = ['vocabSize', 'contextLength', 'dModel', 'nHeads', 'nLayers', 'dFF', 'lnEps'];

/** Parses a saved model; throws an Error that says what is wrong. */
export function parseSavedModel(text: string): SavedModel {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('not a JSON file');
  }
  if (json?.format !== MODEL_FILE_FORMAT || json.version !== 1) throw new Error(`not a ${MODEL_FILE_FORMAT} file (version 1)`);
  const config = json.config as ModelConfig;
  for (const key of CONFIG_KEYS) {
    const v = config?.[key];
    if (typeof v !== 'number' || !(v >= 0) || (key !== 'lnEps' && !Number.isInteger(v))) throw new Error(`config.${key} is missing or invalid`);
  }
  if (config.nHeads < 1 || config.dModel % config.nHeads !== 0) throw new Error('config.dModel must be a multiple of config.nHeads');
  if (config.positions !== undefined && config.positions !== 'learned' && config.positions !== 'rotary') throw new Error('config.positions must be "learned" or "rotary"');
  if (config.positions === 'rotary' && (config.dModel / config.nHeads) % 2 !== 0) throw new Error('a rotary model needs an even number of dimensions per head');
  const vocab = json.vocab;
  if (!Array.isArray(vocab) || vocab.length !== config.vocabSize || !vocab.every((v) => typeof v === 'string')) throw new Error('vocab must list config.vocabSize strings');
  const merges = json.merges ?? [];
  if (!Array.isArray(merges) || merges.length % 2 !== 0 || !merges.every((id) => Number.isInteger(id) && id >= 0 && id < vocab.length)) throw new Error('merges must be pairs of token ids');
  const byteFallback = json.byteFallback === true;
  if (typeof json.weights !== 'string') throw new Error('weights are missing');
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(json.weights);
  } catch {
    throw new Error('weights are not valid base64');
  }
  const expected = parameterCount(config);
  if (bytes.length !== expected * 4) throw new Error(`weights hold ${Math.floor(bytes.length / 4)} values, the config needs ${expected}`);
  const params = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  if (!params.every(Number.isFinite)) throw new Error('weights contain values that are not finite numbers');
  return {
    task: typeof json.task === 'string' ? json.task : 'text',
    locale: typeof json.locale === 'string' ? json.locale : 'en',
    step: typeof json.step === 'number' ? json.step : 0,
    config,
    vocab: vocab as string[],
    merges: merges as number[],
    byteFallback,
    params,
  };
}
