/**
 * The o200k_base vocabulary in one module: gpt-tokenizer's encoder and its rank table
 * (id → token text, or raw bytes). vocabularies.ts imports this file
 * dynamically, so the bundle gets one chunk named after it (o200k_base-*.js) that is
 * fetched only when the tokenizer playground asks for it.
 */
export { encode, vocabularySize } from 'gpt-tokenizer/encoding/o200k_base';
export { default as ranks } from 'gpt-tokenizer/bpeRanks/o200k_base';
