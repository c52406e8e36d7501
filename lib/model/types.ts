/**
 * Shared types of the tiny GPT: its configuration, the files it
 * ships as, the loaded model, and the trace a forward pass returns.
 *
 * The trainer (scripts/train), the inference code
 * (lib/model) and the widgets (visualizations/) all speak these types, so
 * they are defined once, here, with the meaning of every field.
 *
 * Conventions used everywhere below:
 * - positions are token indices 0 … n−1 inside the (possibly truncated) input;
 * - [pos][dModel] means an array over positions of vectors of length dModel;
 * - attention maps are [head][query][key]; key > query is always 0 (causal).
 */
import type { Bpe } from './bpe';

/** Architecture hyper-parameters of one model. */
export interface ModelConfig {
  /** Number of distinct tokens: byte tokens, single characters and merged tokens. */
  vocabSize: number;
  /** Maximum number of tokens the model reads at once (positions 0 … contextLength−1). */
  contextLength: number;
  /** Width of the residual stream (embedding size). */
  dModel: number;
  /** Attention heads per layer; each head has dModel / nHeads dimensions. */
  nHeads: number;
  /** Number of transformer blocks. */
  nLayers: number;
  /** Hidden width of the feed-forward network (usually 4·dModel). */
  dFF: number;
  /** ε inside every layer normalisation. */
  lnEps: number;
  /**
   * How the model knows where a token is: 'learned' (the default, as in GPT-2) adds a
   * trained vector per position to the token embedding; 'rotary' (RoPE, as in LLaMA)
   * has no position parameters and rotates every head's queries and keys by the
   * position (lib/math/positional.ts), so attention scores depend on the offset.
   */
  positions?: PositionScheme;
}

export type PositionScheme = 'learned' | 'rotary';

/**
 * One tensor's entry in the model JSON: where its values sit in the weights file.
 * The file holds every row's scale first (bfloat16, little-endian, in layout order),
 * then each tensor's values packed in its `bits` (lib/model/quantise.ts, packSteps); a
 * value is its step × its row's scale.
 */
export interface TensorEntry {
  /** Name from {@link parameterLayout}, e.g. "h0.attn_qkv_w". */
  name: string;
  /** [rows, cols]; a vector is stored as one row: [1, n]. */
  shape: [number, number];
  /** Bits per value, 2 to 8 (lib/model/quantise.ts, packSteps). */
  bits: number;
  /** Byte offset of the tensor's packed values in the weights file (row-major, from a byte boundary). */
  offset: number;
  /** Byte offset of the tensor's first row scale (bfloat16, little-endian) in the weights file. */
  scalesOffset: number;
}

/** The model file's format name and version (3: values of 2 to 8 bits, bfloat16 row scales). */
export const MODEL_FORMAT = 'tiny-gpt-quantised';
export const MODEL_FORMAT_VERSION = 3;

/** The JSON file `public/models/<locale>/model.json`. */
export interface ModelFileJson {
  format: typeof MODEL_FORMAT;
  /** Format version: 3 (byte-pair tokens with byte fallback, packed values of 2 to 8 bits). */
  version: typeof MODEL_FORMAT_VERSION;
  /** Language of the training corpus: "en" or "zh". */
  locale: string;
  config: ModelConfig;
  /**
   * The single-character tokens, in id order, as one string. The whole vocabulary is
   * rebuilt from it (lib/model/bpe.ts): 256 byte tokens when byteFallback, then these
   * characters, then one token per merge.
   */
  chars: string;
  /** Byte-pair merges, flat pairs of ids [left₀, right₀, left₁, right₁, …] (see lib/model/bpe.ts). */
  merges: number[];
  /** True when ids 0…255 are byte tokens, so that any text encodes. */
  byteFallback: boolean;
  /** Occurrences of each token in the training corpus (for the unigram baseline). */
  unigramCounts: number[];
  /** File name of the weights (row scales, then packed values), relative to model.json. */
  weightsFile: string;
  /** Exact byte length of the weights file. */
  weightsBytes: number;
  tensors: TensorEntry[];
  /** Free-form facts about the training run (steps, seed, losses, time). */
  training?: Record<string, number | string>;
}

/** A 2-D float tensor, row-major. */
export interface Tensor {
  rows: number;
  cols: number;
  data: Float32Array;
}

/** The weights of one transformer block. Linear weights are [out][in]. */
export interface BlockWeights {
  ln1Gain: Float32Array;
  ln1Bias: Float32Array;
  /** [3·dModel][dModel]: rows 0…d−1 make q, d…2d−1 make k, 2d…3d−1 make v. */
  qkvWeight: Tensor;
  qkvBias: Float32Array;
  /** [dModel][dModel]: projection of the concatenated heads back to the residual stream. */
  outWeight: Tensor;
  outBias: Float32Array;
  ln2Gain: Float32Array;
  ln2Bias: Float32Array;
  /** [dFF][dModel] */
  fcWeight: Tensor;
  fcBias: Float32Array;
  /** [dModel][dFF] */
  projWeight: Tensor;
  projBias: Float32Array;
}

/** All weights of a model, as float32 (dequantised if loaded from a model file). */
export interface ModelWeights {
  /** [vocabSize][dModel]; also the output layer (tied embeddings). */
  tokenEmbedding: Tensor;
  /** [contextLength][dModel], learned; null for a model with rotary positions. */
  positionEmbedding: Tensor | null;
  blocks: BlockWeights[];
  finalLnGain: Float32Array;
  finalLnBias: Float32Array;
  /** [vocabSize]: bias added to the output logits. */
  outputBias: Float32Array;
}

/** A model ready to run: config, vocabulary and float weights. */
export interface TinyModel {
  locale: string;
  config: ModelConfig;
  /** Token strings by id. */
  vocab: string[];
  /** Token text → id. */
  tokenToId: Map<string, number>;
  /** The tokenizer's tables (lib/model/bpe.ts). */
  bpe: Bpe;
  /** Training-corpus count of each token (for the unigram baseline); may be empty. */
  unigramCounts: number[];
  weights: ModelWeights;
}

/** Result of encode(): the ids the model reads and their texts. */
export interface Encoded {
  /** Token ids, at most contextLength of them. */
  ids: number[];
  /** The vocabulary text of each id (a leading space stays part of the token; a byte token reads `<0xE6>`). */
  tokens: string[];
  /** True when the input had more tokens than the context and was cut. */
  truncated: boolean;
}

/** What one transformer block did, for every position. */
export interface LayerTrace {
  /** Residual stream entering the block: [pos][dModel]. */
  residualIn: number[][];
  /** Residual stream after the attention sub-layer was added: [pos][dModel]. */
  residualAfterAttention: number[][];
  /** Residual stream leaving the block (after the feed-forward sub-layer): [pos][dModel]. */
  residualOut: number[][];
  /** Attention weights [head][query][key]; rows sum to 1, zero for key > query. */
  attention: number[][][];
  /** Queries [head][pos][dHead] (computed from the layer-normed residualIn; for a rotary model, after the rotation). */
  q: number[][][];
  /** Keys [head][pos][dHead] (rotated like the queries in a rotary model). */
  k: number[][][];
  /** Values [head][pos][dHead]. */
  v: number[][][];
}

/** Everything a forward pass computed, ready for widgets. */
export interface ForwardTrace {
  /** The token strings that were read (vocab strings). */
  tokens: string[];
  ids: number[];
  /** Next-token logits at every position: [pos][vocabSize]; row p predicts token p+1. */
  logits: number[][];
  /** One entry per block, in order. */
  layers: LayerTrace[];
}

/** The attention part of a forward pass ({@link ForwardTrace} without logits and residual streams). */
export interface AttentionTrace {
  tokens: string[];
  ids: number[];
  layers: Pick<LayerTrace, 'attention' | 'q' | 'k' | 'v'>[];
}

/**
 * An {@link AttentionTrace}'s numbers in flat arrays, the form the model worker posts
 * (typed arrays move to the page without a copy; nested arrays are cloned number by
 * number): per layer, attention [head][query][key] as nHeads·n·n values and q, k, v
 * [pos][dModel] with head h in columns h·dHead … (h+1)·dHead − 1.
 */
export interface AttentionRows {
  tokens: string[];
  ids: number[];
  nHeads: number;
  dModel: number;
  layers: { attention: Float64Array; q: Float64Array; k: Float64Array; v: Float64Array }[];
}

/** A source of uniform random numbers in [0, 1). */
export type Rng = () => number;
