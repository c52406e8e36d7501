/**
 * Turning next-token logits into a probability distribution and a choice.
 *
 * The playground shows how temperature and top-k reshape
 * the distribution before a token is drawn; this is that maths, with the
 * randomness passed in as a seeded generator so results are reproducible.
 */
import { softmax } from '../math/attention';
import { forward } from './forward';
import { decode, encode } from './tokenizer';
import type { Rng, TinyModel } from './types';

/** How to shape the distribution. */
export interface SamplingOptions {
  /** Divides the logits before softmax. 0 means greedy (all probability on the top token). Default 1. */
  temperature?: number;
  /** Keep only the k most likely tokens (ties broken by lower id); 0 or undefined keeps all. */
  topK?: number;
}

/** Index of the largest value (the lowest index among ties). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** Probabilities over the vocabulary after temperature and top-k; sums to 1. */
export function nextTokenDistribution(logits: readonly number[], options: SamplingOptions = {}): number[] {
  const temperature = options.temperature ?? 1;
  if (!(temperature >= 0) || !Number.isFinite(temperature)) throw new RangeError(`temperature must be ≥ 0, got ${temperature}`);
  const topK = options.topK ?? 0;
  if (!Number.isInteger(topK) || topK < 0) throw new RangeError(`topK must be a non-negative integer, got ${topK}`);
  if (logits.length === 0) return [];
  if (temperature === 0) {
    const probs = new Array<number>(logits.length).fill(0);
    probs[argmax(logits)] = 1;
    return probs;
  }
  let keep: Set<number> | null = null;
  if (topK > 0 && topK < logits.length) {
    const order = logits.map((l, i) => i).sort((a, b) => logits[b] - logits[a] || a - b);
    keep = new Set(order.slice(0, topK));
  }
  return softmax(logits.map((l, i) => (keep === null || keep.has(i) ? l / temperature : -Infinity)));
}

/** Draws an index with the given probabilities using one number from rng. */
export function sampleToken(probs: readonly number[], rng: Rng): number {
  const u = rng();
  let acc = 0;
  let last = 0;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i] <= 0) continue;
    acc += probs[i];
    last = i;
    if (u < acc) return i;
  }
  return last;
}

/** Options for {@link generate}. */
export interface GenerateOptions extends SamplingOptions {
  /** Number of tokens to add. */
  maxNewTokens: number;
  rng: Rng;
}

/** What an empty prompt starts from: a newline, else a space (English) or 。 (Chinese), else the first token. */
function startToken(model: TinyModel): number {
  return model.tokenToId.get('\n') ?? model.tokenToId.get(' ') ?? model.tokenToId.get('。') ?? 0;
}

/** Continues `prompt` token by token (the model reads the last contextLength tokens). Returns only the new text. */
export function generate(model: TinyModel, prompt: string, options: GenerateOptions): string {
  const ids = encode(model, prompt, { keep: 'end' }).ids;
  for (let i = 0; i < options.maxNewTokens; i++) {
    const window = ids.slice(-model.config.contextLength);
    if (window.length === 0) window.push(startToken(model));
    const { logits } = forward(model, window);
    const next = sampleToken(nextTokenDistribution(logits[logits.length - 1], options), options.rng);
    ids.push(next);
  }
  return decode(model, ids.slice(ids.length - options.maxNewTokens));
}
