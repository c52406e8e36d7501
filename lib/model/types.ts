/**
 * Shared types of the tiny character-level GPT: its configuration, the files it
 * ships as, the loaded model, and the trace a forward pass returns.
 *
 * Why this file exists: the trainer (scripts/train), the inference code
 * (lib/model) and the widgets (visualizations/) all speak these types, so
 * they are defined once, here, with the meaning of every field.
 *
 * Conventions used everywhere below:
 * - positions are token indices 0 … n−1 inside the (possibly truncated) input;
 * - [pos][dModel] means an array over positions of vectors of length dModel;
 * - attention maps are [head][query][key]; key > query is always 0 (causal).
 */

/** Architecture hyper-parameters of one model. */
export interface ModelConfig {
  /** Number of distinct tokens (characters), including the unknown token. */
  vocabSize: number;
  /** Maximum number of tokens the model reads at once (learned positions 0 … contextLength−1). */
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
}

/** One tensor's entry in the model JSON: where its int8 values sit in the weights file. */
export interface TensorEntry {
  /** Name from {@link parameterLayout}, e.g. "h0.attn_qkv_w". */
  name: string;
  /** [rows, cols]; a vector is stored as one row: [1, n]. */
  shape: [number, number];
  /** Byte offset of the first int8 value in the weights file (row-major). */
  offset: number;
  /** One scale per row: float value = int8 value × scale. */
  scales: number[];
}

/** The JSON file `public/models/<locale>/model.json`. */
export interface ModelFileJson {
  /** Always "tiny-gpt-int8". */
  format: 'tiny-gpt-int8';
  /** Format version; currently 1. */
  version: 1;
  /** Language of the training corpus: "en" or "zh". */
  locale: string;
  config: ModelConfig;
  /** Token strings by id; every token is one Unicode character, id 0 is the unknown token. */
  vocab: string[];
  /** Id used for characters not in the vocabulary (see encode()). */
  unkId: number;
  /** Occurrences of each token in the training corpus (for the unigram baseline). */
  unigramCounts: number[];
  /** File name of the int8 weights, relative to model.json. */
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

/** All weights of a model, as float32 (dequantised if loaded from int8). */
export interface ModelWeights {
  /** [vocabSize][dModel]; also the output layer (tied embeddings). */
  tokenEmbedding: Tensor;
  /** [contextLength][dModel], learned. */
  positionEmbedding: Tensor;
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
  /** Character → id. */
  tokenToId: Map<string, number>;
  /** Id used for characters outside the vocabulary. */
  unkId: number;
  /** Training-corpus count of each token (for the unigram baseline); may be empty. */
  unigramCounts: number[];
  weights: ModelWeights;
}

/** Result of encode(): the ids the model reads and the characters they came from. */
export interface Encoded {
  /** Token ids, at most contextLength of them. */
  ids: number[];
  /** The input character behind each id (an unknown character keeps its own text here). */
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
  /** Queries [head][pos][dHead] (computed from the layer-normed residualIn). */
  q: number[][][];
  /** Keys [head][pos][dHead]. */
  k: number[][][];
  /** Values [head][pos][dHead]. */
  v: number[][][];
}

/** Everything a forward pass computed, ready for widgets. */
export interface ForwardTrace {
  /** The token strings that were read (vocab strings; the unknown token for unknown ids). */
  tokens: string[];
  ids: number[];
  /** Next-token logits at every position: [pos][vocabSize]; row p predicts token p+1. */
  logits: number[][];
  /** One entry per block, in order. */
  layers: LayerTrace[];
}

/** A source of uniform random numbers in [0, 1). */
export type Rng = () => number;
