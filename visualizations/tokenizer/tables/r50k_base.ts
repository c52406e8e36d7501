/**
 * The r50k_base vocabulary (GPT-2's, also used by the original GPT-3) in one
 * module: gpt-tokenizer's encoder and its rank table (id → token text, or raw
 * bytes). vocabularies.ts imports this file dynamically, so the bundle gets
 * one chunk named after it (r50k_base-*.js) that is fetched only when the
 * tokenizer playground asks for it.
 */
export { encode, vocabularySize } from 'gpt-tokenizer/encoding/r50k_base';
export { default as ranks } from 'gpt-tokenizer/bpeRanks/r50k_base';
