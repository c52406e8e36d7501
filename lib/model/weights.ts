/**
 * Builds a runnable TinyModel from one flat float32 parameter buffer.
 *
 * The trainer holds its parameters in one Float32Array
 * (laid out by parameterLayout) and parseModel() dequantises a file into the
 * same layout; both turn that buffer into named weight views here, without
 * copying, so training-time samples and the shipped model run the same code.
 */
import { buildBpe } from './bpe';
import { layoutOffsets, parameterCount } from './layout';
import type { BlockWeights, ModelConfig, ModelWeights, Tensor, TinyModel } from './types';

/** Named views into `flat` (no copy). Throws if the buffer has the wrong length. */
export function weightsFromFlat(config: ModelConfig, flat: Float32Array): ModelWeights {
  const expected = parameterCount(config);
  if (flat.length !== expected) throw new Error(`parameter buffer has ${flat.length} values, the config needs ${expected}`);
  const offsets = layoutOffsets(config);
  const view = (name: string): Float32Array => {
    const e = offsets.get(name);
    if (!e) throw new Error(`no tensor named ${name}`);
    return flat.subarray(e.offset, e.offset + e.rows * e.cols);
  };
  const tensor = (name: string): Tensor => {
    const e = offsets.get(name)!;
    return { rows: e.rows, cols: e.cols, data: view(name) };
  };
  const blocks: BlockWeights[] = [];
  for (let l = 0; l < config.nLayers; l++) {
    const p = `h${l}.`;
    blocks.push({
      ln1Gain: view(p + 'ln1_g'),
      ln1Bias: view(p + 'ln1_b'),
      qkvWeight: tensor(p + 'attn_qkv_w'),
      qkvBias: view(p + 'attn_qkv_b'),
      outWeight: tensor(p + 'attn_out_w'),
      outBias: view(p + 'attn_out_b'),
      ln2Gain: view(p + 'ln2_g'),
      ln2Bias: view(p + 'ln2_b'),
      fcWeight: tensor(p + 'mlp_fc_w'),
      fcBias: view(p + 'mlp_fc_b'),
      projWeight: tensor(p + 'mlp_proj_w'),
      projBias: view(p + 'mlp_proj_b'),
    });
  }
  return {
    tokenEmbedding: tensor('tok_emb'),
    positionEmbedding: offsets.has('pos_emb') ? tensor('pos_emb') : null,
    blocks,
    finalLnGain: view('lnf_g'),
    finalLnBias: view('lnf_b'),
    outputBias: view('out_b'),
  };
}

/** Everything needed to describe a model apart from its weights. */
export interface ModelMeta {
  locale: string;
  config: ModelConfig;
  vocab: string[];
  /** Byte-pair merges as flat id pairs (lib/model/bpe.ts); none for a character-only vocabulary. */
  merges?: number[];
  /** True when ids 0…255 are byte tokens (default false: a vocabulary of characters only). */
  byteFallback?: boolean;
  unigramCounts?: number[];
}

/** A TinyModel over a flat parameter buffer (shared, not copied). */
export function createModel(meta: ModelMeta, flat: Float32Array): TinyModel {
  if (meta.vocab.length !== meta.config.vocabSize) {
    throw new Error(`vocabulary has ${meta.vocab.length} tokens, config says ${meta.config.vocabSize}`);
  }
  const tokenToId = new Map<string, number>();
  meta.vocab.forEach((t, i) => tokenToId.set(t, i));
  return {
    locale: meta.locale,
    config: meta.config,
    vocab: meta.vocab,
    tokenToId,
    bpe: buildBpe(meta.vocab, meta.merges ?? [], meta.byteFallback ?? false),
    unigramCounts: meta.unigramCounts ?? [],
    weights: weightsFromFlat(meta.config, flat),
  };
}
