/**
 * Character-level tokenizer: text → token ids and back.
 *
 * Why this file exists: every widget starts from encode(); its rules for
 * truncation and for characters the model has never seen are defined here.
 *
 * Rules:
 * - Text is split into Unicode code points (an emoji is one token, not two
 *   surrogate halves), after NFC normalisation.
 * - A character in the vocabulary maps to its id. Otherwise a few look-alikes
 *   are tried (curly quotes → straight quotes for English, ASCII punctuation
 *   → full-width for Chinese, and the reverse). Anything else maps to the
 *   unknown token (model.unkId, shown as "�" by decode()); `tokens` keeps the
 *   original character so the reader still sees what they typed.
 * - At most contextLength tokens are kept: the first ones by default (the
 *   explorer shows the start of a long text), or the last ones with
 *   { keep: 'end' } (generation continues from the end).
 */
import type { Encoded, TinyModel } from './types';

const LOOKALIKES: Record<string, string[]> = {
  '’': ["'"], '‘': ["'"], '“': ['"'], '”': ['"'], '…': ['.'], '—': ['-', ','], '–': ['-', ','],
  ',': ['，'], '.': ['。'], '?': ['？'], '!': ['！'], ':': ['：'], ';': ['；'], '(': ['（'], ')': ['）'], '"': ['“', '”'],
  '，': [','], '。': ['.'], '？': ['?'], '！': ['!'], '：': [':'], '；': [';'], '（': ['('], '）': [')'], '\n': [' '], '\t': [' '],
};

/** Id of one character under the rules above. */
export function charToId(model: TinyModel, ch: string): number {
  const direct = model.tokenToId.get(ch);
  if (direct !== undefined) return direct;
  for (const alt of LOOKALIKES[ch] ?? []) {
    const id = model.tokenToId.get(alt);
    if (id !== undefined) return id;
  }
  return model.unkId;
}

/** Options for {@link encode}. */
export interface EncodeOptions {
  /** Which tokens to keep when the text is longer than the context. Default 'start'. */
  keep?: 'start' | 'end';
}

/** Encodes text for the model; see the file comment for the rules. */
export function encode(model: TinyModel, text: string, options: EncodeOptions = {}): Encoded {
  const chars = Array.from(text.normalize('NFC'));
  const max = model.config.contextLength;
  const truncated = chars.length > max;
  const kept = !truncated ? chars : options.keep === 'end' ? chars.slice(chars.length - max) : chars.slice(0, max);
  return { ids: kept.map((c) => charToId(model, c)), tokens: kept, truncated };
}

/** Joins the vocabulary strings of ids (unknown ids become the unknown token's text). */
export function decode(model: TinyModel, ids: readonly number[]): string {
  return ids.map((id) => model.vocab[id] ?? model.vocab[model.unkId]).join('');
}
