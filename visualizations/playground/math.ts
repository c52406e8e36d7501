/**
 * The next-token playground's maths, pure and testable without a browser:
 * ranking the model's candidate tokens, reshaping their probabilities with
 * temperature and top-k (lib/model's nextTokenDistribution) and the
 * cumulative "ruler" that shows how a random number picks a token. The
 * continuation itself (token by token with a seeded generator, recording what
 * each step saw and drew) is lib/model/continuation.ts, re-exported here; the
 * model worker runs it.
 *
 * The view only draws; every number it shows (logit,
 * probability before and after reshaping, rank, the random number drawn) is
 * computed here from the model's logits, never typed in. The logits
 * themselves come from the one forward pass in lib/model, passed in as a
 * function, so tests can use hand-made logits.
 */
import { softmax } from '@/lib/math/attention';
import { nextTokenDistribution } from '@/lib/model/sampling';
import type { Settings } from '@/lib/model/continuation';
export { percent } from '@/lib/widgets/format';

export { continuation, createLogitsCache, generateSteps, type GenStep, type Mode, type Settings } from '@/lib/model/continuation';

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

/** A token's stretch of [0, 1) in the order sampleToken walks (by id). */
export interface Segment {
  id: number;
  start: number;
  end: number;
}

/** A stretch of the ruler as drawn: one token's segment, or a run of segments too narrow to see apart (`id` null). */
export interface RulerRun {
  /** Token id of a drawn segment; null for merged narrow segments. */
  id: number | null;
  start: number;
  end: number;
  /** Position of the (first) segment in the ruler, for the alternating shading. */
  index: number;
}

/**
 * The ruler's segments as drawn at `pixelsPerUnit` px for the whole 0…1 range: a segment
 * at least `minPixels` wide stays itself; consecutive narrower ones merge into one run.
 * With every token kept, most of a 2,048-token vocabulary is a fraction of a pixel wide,
 * and one element per token would cost far more to lay out than anyone can see.
 */
export function rulerRuns(segments: readonly Segment[], pixelsPerUnit: number, minPixels = 1.5): RulerRun[] {
  const runs: RulerRun[] = [];
  let open: RulerRun | null = null;
  segments.forEach((s, index) => {
    if ((s.end - s.start) * pixelsPerUnit >= minPixels) {
      open = null;
      runs.push({ id: s.id, start: s.start, end: s.end, index });
    } else if (open) {
      open.end = s.end;
    } else {
      open = { id: null, start: s.start, end: s.end, index };
      runs.push(open);
    }
  });
  return runs;
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
