/**
 * The tiny model's public API in one import: `import { loadModel, forward } from '@/lib/model'`.
 * Widgets should not need to know which file holds what.
 */
export * from './types';
export { parseModel } from './parse';
export { loadModel, type LoadOptions, type LoadProgress } from './load';
export { encode, decode, charactersWithoutToken, type EncodeOptions } from './tokenizer';
export { attentionPass, forward, nextTokenLogits, sequenceLoss, unembed } from './forward';
export { logitLens, lensLogits, residualStreams, topTokens as lensTopTokens, type LensToken } from './lens';
export { nextTokenDistribution, sampleToken, argmax, generate, type SamplingOptions, type GenerateOptions } from './sampling';
export { createRng, gaussian, randomInt } from './rng';
export { classifyHeads, classifyHeadsOver, scoreHead, labelHead, isDelimiter, HEAD_PATTERNS } from './headPatterns';
export type { HeadPattern, HeadLabel, HeadScores, HeadSummary } from './headPatterns';
export { parameterLayout, parameterCount } from './layout';
export { createModel } from './weights';
export { positionEmbeddings, positionSimilarity } from './positions';
export { chunkText, byteTokenText, isByteToken, tokenBytes, BYTE_TOKENS, type Bpe } from './bpe';
