/**
 * The next-token playground's maths, pure and testable without a browser:
 * ranking the model's candidate tokens, reshaping their probabilities with
 * temperature and top-k (lib/model's nextTokenDistribution), generating a
 * continuation token by token with a seeded generator while recording what
 * each step saw and drew, and the cumulative "ruler" that shows how a random
 * number picks a token.
 *
 * Why this file exists: the view only draws; every number it shows (logit,
 * probability before and after reshaping, rank, the random number drawn) is
 * computed here from the model's logits, never typed in. The logits
 * themselves come from the one forward pass in lib/model, passed in as a
 * function, so tests can use hand-made logits.
 */
import { softmax } from '@/lib/math/attention';
import { createRng } from '@/lib/model/rng';
import { argmax, nextTokenDistribution, sampleToken } from '@/lib/model/sampling';
export { percent } from '@/lib/widgets/format';

export type Mode = 'greedy' | 'sample';

/** How the next token is chosen. */
export interface Settings {
  /** Divides the logits before softmax; 0 puts all probability on the top token. */
  temperature: number;
  /** Keep only the k most likely tokens; 0 keeps all. */
  topK: number;
  mode: Mode;
  /** Seed of the random numbers used in sample mode. */
  seed: number;
}

/** One candidate token as the chart and table show it. */
export interface RankedToken {
  id: number;
  /** 1 = the model's favourite (ties: lower id first, as in nextTokenDistribution). */
  rank: number;
  logit: number;
  /** The model's own probability: softmax of the logits (temperature 1, every token kept). */
  modelProb: number;
  /** Probability after temperature and top-k: what sampling uses. */
  prob: number;
}

/** Token ids ordered by logit, largest first; ties go to the lower id. */
export function rankOrder(logits: readonly number[]): number[] {
  return logits.map((_, i) => i).sort((a, b) => logits[b] - logits[a] || a - b);
}

/** 1-based rank of token `id` under {@link rankOrder}. */
export function rankOf(logits: readonly number[], id: number): number {
  let rank = 1;
  for (let i = 0; i < logits.length; i++) {
    if (logits[i] > logits[id] || (logits[i] === logits[id] && i < id)) rank++;
  }
  return rank;
}

/** The model's distribution and the reshaped one (temperature, top-k) for one position. */
export function distributions(logits: readonly number[], settings: Pick<Settings, 'temperature' | 'topK'>): { model: number[]; shaped: number[] } {
  return { model: softmax(logits), shaped: nextTokenDistribution(logits, { temperature: settings.temperature, topK: settings.topK }) };
}

/**
 * The `count` most likely tokens, with their probabilities before and after
 * reshaping. `include` (e.g. the token that was drawn) is appended when it is
 * not among them, so the chart always shows the chosen token.
 */
export function topTokens(logits: readonly number[], model: readonly number[], shaped: readonly number[], count: number, include?: number): RankedToken[] {
  const order = rankOrder(logits);
  const ids = order.slice(0, count);
  if (include !== undefined && include >= 0 && include < logits.length && !ids.includes(include)) ids.push(include);
  return ids.map((id) => ({ id, rank: order.indexOf(id) + 1, logit: logits[id], modelProb: model[id], prob: shaped[id] }));
}

/** One generated token and what the model saw when it was chosen. */
export interface GenStep {
  /** The token chosen. */
  id: number;
  /** Next-token logits the choice was made from. */
  logits: number[];
  /** The uniform random number drawn (sample mode), or null (greedy). */
  u: number | null;
}

/**
 * The continuation of `promptIds`, one token per iteration, without end.
 * Greedy takes the highest logit; sample mode draws from the reshaped
 * distribution with one number per step from createRng(seed), so the same
 * settings always give the same text. The model reads the last
 * `contextLength` tokens. `logitsFor(ids)` returns the next-token logits after
 * `ids` (the last row of a forward pass). An empty prompt yields nothing.
 * A generator, so a caller can spread a long continuation over several frames.
 */
export function* continuation(
  promptIds: readonly number[],
  settings: Settings,
  contextLength: number,
  logitsFor: (ids: number[]) => number[],
): Generator<GenStep, void, undefined> {
  const rng = createRng(settings.seed);
  const ids = [...promptIds];
  if (ids.length === 0) return;
  for (;;) {
    const logits = logitsFor(ids.slice(-contextLength));
    let id: number;
    let u: number | null = null;
    if (settings.mode === 'greedy') {
      id = argmax(logits);
    } else {
      const drawn = rng();
      u = drawn;
      id = sampleToken(nextTokenDistribution(logits, settings), () => drawn);
    }
    yield { id, logits, u };
    ids.push(id);
  }
}

/** The first `count` steps of {@link continuation}. */
export function generateSteps(
  promptIds: readonly number[],
  settings: Settings,
  count: number,
  contextLength: number,
  logitsFor: (ids: number[]) => number[],
): GenStep[] {
  const steps: GenStep[] = [];
  const it = continuation(promptIds, settings, contextLength, logitsFor);
  while (steps.length < count) {
    const next = it.next();
    if (next.done) break;
    steps.push(next.value);
  }
  return steps;
}

/**
 * Memoises `compute(ids)` by the ids (least recently used entries go first
 * beyond `max`). Changing the temperature re-runs the generation, but every
 * step before the first token that changes reads the same context, so its
 * forward pass comes from here.
 */
export function createLogitsCache(compute: (ids: number[]) => number[], max = 512): (ids: number[]) => number[] {
  const cache = new Map<string, number[]>();
  return (ids) => {
    const key = ids.join(',');
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = compute(ids);
    cache.set(key, value);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return value;
  };
}

/** A token's stretch of [0, 1) in the order sampleToken walks (by id). */
export interface Segment {
  id: number;
  start: number;
  end: number;
}

/**
 * How sampling reads a random number u: the kept tokens laid end to end in
 * id order, each as long as its probability; the token whose stretch holds u
 * is drawn (exactly sampleToken's walk).
 */
export function cumulativeSegments(probs: readonly number[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  probs.forEach((p, id) => {
    if (p <= 0) return;
    out.push({ id, start: at, end: at + p });
    at += p;
  });
  return out;
}

/** Top-k as the sampler reads it: k at or above the vocabulary size keeps every token, which is 0. */
export function clampTopK(topK: number, vocabSize: number): number {
  return topK >= vocabSize ? 0 : Math.max(0, Math.round(topK));
}
