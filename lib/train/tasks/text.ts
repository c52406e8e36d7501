/**
 * Training text as a stream of token ids, for the "your own text" and
 * "customise the site's model" tasks: a character vocabulary built from the
 * text itself, or the ids a loaded model's tokenizer gives, and random windows
 * over them. The last tenth of the text is held out for the held-out loss.
 */
import { randomInt } from '../../model/rng';
import type { Rng } from '../../model/types';

/** The unknown token first, then every distinct character of the text in code-point order. */
export function characterVocabulary(text: string): string[] {
  const chars = [...new Set(Array.from(text.normalize('NFC')))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  return ['\uFFFD', ...chars.filter((c) => c !== '\uFFFD')];
}

export function encodeCharacters(text: string, vocab: readonly string[]): Int32Array {
  const index = new Map(vocab.map((c, i) => [c, i] as const));
  return Int32Array.from(Array.from(text.normalize('NFC')), (c) => index.get(c) ?? 0);
}

export interface TextSplit {
  train: Int32Array;
  heldOut: Int32Array;
}

/** Splits ids 90/10; both parts must hold at least one window of context + 1 tokens. */
export function splitText(ids: Int32Array, context: number): TextSplit {
  const cut = Math.floor(ids.length * 0.9);
  const train = ids.subarray(0, cut);
  const heldOut = ids.subarray(cut);
  if (heldOut.length < context + 1 || train.length < context + 1) {
    throw new Error(`the text is too short: it needs at least ${Math.ceil((context + 1) / 0.1)} tokens, it has ${ids.length}`);
  }
  return { train, heldOut };
}

/** A random window of context + 1 tokens. */
export function randomWindow(rng: Rng, ids: Int32Array, context: number): Int32Array {
  const start = randomInt(rng, ids.length - context);
  return ids.slice(start, start + context + 1);
}

/** Up to `count` evenly spaced windows of context + 1 tokens. */
export function evenWindows(ids: Int32Array, context: number, count: number): Int32Array[] {
  const room = ids.length - context - 1;
  const n = Math.max(1, Math.min(count, room + 1));
  return Array.from({ length: n }, (_, k) => {
    const start = n === 1 ? 0 : Math.round((k * room) / (n - 1));
    return ids.slice(start, start + context + 1);
  });
}
