/**
 * The cl100k_base vocabulary in one module: gpt-tokenizer's encoder and its rank table
 * (id → token text, or raw bytes). vocabularies.ts imports this file
 * dynamically, so the bundle gets one chunk named after it (cl100k_base-*.js) that is
 * fetched only when the tokenizer playground asks for it.
 */
export { encode, vocabularySize } from 'gpt-tokenizer/encoding/cl100k_base';
export { default as ranks } from 'gpt-tokenizer/bpeRanks/cl100k_base';
