/**
 * Text → token ids and back, for every widget and script.
 *
 * The rules live in ./bpe (byte-pair merges with byte fallback, so any text in any
 * script encodes and nothing maps to an unknown token). This file adds the model's
 * context: at most contextLength tokens are kept, the first ones by default (the
 * explorer shows the start of a long text) or the last ones with { keep: 'end' }
 * (generation continues from the end).
 */
import { bpeDecode, bpeEncode } from './bpe';
import type { Encoded, TinyModel } from './types';

/** Options for {@link encode}. */
export interface EncodeOptions {
  /** Which tokens to keep when the text is longer than the context. Default 'start'. */
  keep?: 'start' | 'end';
}

/** Encodes text for the model; see the file comment for the rules. */
export function encode(model: TinyModel, text: string, options: EncodeOptions = {}): Encoded {
  const all = bpeEncode(model.bpe, text);
  const max = model.config.contextLength;
  const truncated = all.length > max;
  const ids = !truncated ? all : options.keep === 'end' ? all.slice(all.length - max) : all.slice(0, max);
  return { ids, tokens: ids.map((id) => model.vocab[id]), truncated };
}

/** The text of ids (byte tokens are joined back into the characters they spell). */
export function decode(model: TinyModel, ids: readonly number[]): string {
  return bpeDecode(model.bpe, ids);
}

/**
 * The distinct characters of `text` that have no token of their own: encode() spells
 * each as its UTF-8 bytes (or, in a character-only model trained in the page, reads it
 * as "�").
 */
export function charactersWithoutToken(model: TinyModel, text: string): string[] {
  const chars = new Set<string>();
  for (const ch of text.normalize('NFC')) if (!/\s/u.test(ch) && !model.bpe.charIds.has(ch)) chars.add(ch);
  return [...chars];
}
