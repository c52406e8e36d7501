/**
 * The "copy the pattern" task: a random span of letters, repeated.
 *
 * A sequence of `context + 1` symbols starts with a few random letters, then
 * a span of random length L, then that span again and again until the end.
 * The first copy is unpredictable; from the second copy on, every next token
 * is predictable by a model that finds the earlier occurrence of the current
 * token and reads what followed it, which is what an induction head does.
 * Varying L and the start keeps a purely positional "look back L" head from
 * solving it, so the loss only collapses once induction forms. Repeating to
 * the end (rather than once) gives the model more predictable tokens per
 * sequence, so the head forms in fewer steps.
 */
import { randomInt } from '../../model/rng';
import type { Rng } from '../../model/types';

export interface CopyTaskOptions {
  /** Number of symbols drawn from (ids 1…symbols; id 0 is the unknown token). */
  symbols: number;
  /** Tokens the model reads per sequence. */
  context: number;
  /** Shortest and longest repeated span. */
  minSpan: number;
  maxSpan: number;
  /** Most random letters before the first copy (fewer when a long span leaves no room). */
  maxPrefix: number;
}

/** One sequence: `ids` holds context + 1 tokens (inputs ids[0…T−1], targets ids[1…T]). */
export interface CopySequence {
  ids: Int32Array;
  /** Position of the first token of the second copy; from here on ids[i] = ids[i − L]. */
  secondStart: number;
  /** Length L of the span. */
  span: number;
}

export function checkCopyOptions(o: CopyTaskOptions): void {
  if (o.minSpan < 2 || o.maxSpan < o.minSpan) throw new Error('span lengths must satisfy 2 ≤ minSpan ≤ maxSpan');
  if (2 * o.maxSpan > o.context) throw new Error('two copies of the longest span must fit in the context');
  if (o.symbols < 2) throw new Error('the copy task needs at least two symbols');
}

export function copySequence(rng: Rng, o: CopyTaskOptions): CopySequence {
  const T = o.context;
  const ids = new Int32Array(T + 1);
  for (let i = 0; i <= T; i++) ids[i] = 1 + randomInt(rng, o.symbols);
  const span = o.minSpan + randomInt(rng, o.maxSpan - o.minSpan + 1);
  const secondStart = randomInt(rng, Math.min(o.maxPrefix, T - 2 * span) + 1) + span;
  for (let i = secondStart; i <= T; i++) ids[i] = ids[i - span];
  return { ids, secondStart, span };
}

/**
 * The held-out probe, the classic test for induction heads: random letters
 * in which a span of L letters is followed by one copy of it, then random
 * letters again, with L drawn from the upper half of the training spans and
 * the first copy at a random place. A head that looks back a fixed distance,
 * or at fixed positions (which the periodic training data can reward for
 * some L), scores on few probes; only a head that finds the earlier copy
 * scores on all of them.
 */
export function probeSequence(rng: Rng, o: CopyTaskOptions): CopySequence {
  const ids = new Int32Array(o.context + 1);
  for (let i = 0; i < ids.length; i++) ids[i] = 1 + randomInt(rng, o.symbols);
  const low = Math.max(o.minSpan, Math.ceil(o.maxSpan / 2));
  const span = low + randomInt(rng, o.maxSpan - low + 1);
  const firstStart = randomInt(rng, o.context - 2 * span + 1);
  for (let k = 0; k < span; k++) ids[firstStart + span + k] = ids[firstStart + k];
  return { ids, secondStart: firstStart + span, span };
}

/** The vocabulary as characters: the unknown token, then a, b, c, … */
export function copyVocabulary(symbols: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (symbols > letters.length) throw new Error(`at most ${letters.length} symbols`);
  return ['\uFFFD', ...letters.slice(0, symbols)];
}

/**
 * Input positions whose next token is predictable from the first copy, inside
 * the second copy: secondStart … secondStart + L − 2 (at secondStart − 1 the
 * model cannot yet know the span restarts).
 */
export function predictablePositions(seq: CopySequence): number[] {
  const out: number[] = [];
  for (let i = seq.secondStart; i < seq.secondStart + seq.span - 1 && i < seq.ids.length - 1; i++) out.push(i);
  return out;
}
