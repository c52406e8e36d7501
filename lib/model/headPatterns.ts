/**
 * Names what an attention head does, from its weights on a sentence.
 *
 * The head gallery labels each head by a score computed
 * from its real attention weights, never by hand. For an attention map A
 * [query][key] over tokens t₀…tₙ₋₁, each score is an average over queries:
 *
 * - previousToken: A[i][i−1], queries i ≥ 2 (at i = 1 the previous token is
 *   also the first token, so that query says nothing);
 * - firstToken: A[i][0], queries i ≥ 2;
 * - self: A[i][i], queries i ≥ 1 (query 0 can only attend to itself);
 * - latestDelimiter: A[i][j] where j is the latest token made only of spaces
 *   or punctuation before i − 1 (so the delimiter is neither the query nor the
 *   previous token), over the queries that have one;
 * - induction: A[i][j+1] where j < i − 1 is the latest earlier occurrence of the
 *   query's own token: the head looks at what followed this token last time,
 *   which is how a model continues a repeated passage. Scored over the queries
 *   whose token occurred before (0 when none did, e.g. a sentence without
 *   repeats).
 *
 * A score is the mean weight the head puts on that key: 1 means all of it,
 * and a head spreading weight evenly over ~10 keys would score about 0.1.
 * The label is the best pattern whose score reaches the threshold
 * (HEAD_THRESHOLD by default), otherwise 'mixed'.
 */
import type { AttentionTrace } from './types';

export type HeadPattern = 'previousToken' | 'firstToken' | 'self' | 'latestDelimiter' | 'induction';
export type HeadLabel = HeadPattern | 'mixed';

export type HeadScores = Record<HeadPattern, number>;

export interface HeadSummary {
  layer: number;
  head: number;
  scores: HeadScores;
  label: HeadLabel;
}

/** The score a head needs before its pattern names it (the gallery's labels, the learning curve's threshold line). */
export const HEAD_THRESHOLD = 0.4;

export const HEAD_PATTERNS: readonly HeadPattern[] = ['previousToken', 'firstToken', 'self', 'latestDelimiter', 'induction'];

/** True for a token made only of whitespace and Unicode punctuation (ASCII or full-width). */
export function isDelimiter(token: string): boolean {
  return /^[\s\p{P}]+$/u.test(token);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Scores of one attention map [query][key] over `tokens`. */
export function scoreHead(attention: readonly (readonly number[])[], tokens: readonly string[]): HeadScores {
  const n = attention.length;
  const prev: number[] = [];
  const first: number[] = [];
  const self: number[] = [];
  const delim: number[] = [];
  const induction: number[] = [];
  const lastSeen = new Map<string, number>();
  let latest = -1;
  for (let i = 0; i < n; i++) {
    const earlier = lastSeen.get(tokens[i]);
    if (earlier !== undefined && earlier + 1 < i) induction.push(attention[i][earlier + 1]);
    lastSeen.set(tokens[i], i);
    if (i >= 1) self.push(attention[i][i]);
    if (i >= 2) {
      prev.push(attention[i][i - 1]);
      first.push(attention[i][0]);
      if (isDelimiter(tokens[i - 2] ?? '')) latest = i - 2;
      if (latest >= 0) delim.push(attention[i][latest]);
    }
  }
  return { previousToken: mean(prev), firstToken: mean(first), self: mean(self), latestDelimiter: mean(delim), induction: mean(induction) };
}

/** The best pattern at or above `threshold`, else 'mixed'. */
export function labelHead(scores: HeadScores, threshold = HEAD_THRESHOLD): HeadLabel {
  let best: HeadLabel = 'mixed';
  let bestScore = threshold;
  for (const p of HEAD_PATTERNS) {
    if (scores[p] >= bestScore) {
      best = p;
      bestScore = scores[p];
    }
  }
  return best;
}

/** Scores and labels every head of every layer of a forward trace. */
export function classifyHeads(trace: AttentionTrace, threshold = HEAD_THRESHOLD): HeadSummary[] {
  const out: HeadSummary[] = [];
  trace.layers.forEach((layer, l) =>
    layer.attention.forEach((map, h) => {
      const scores = scoreHead(map, trace.tokens);
      out.push({ layer: l, head: h, scores, label: labelHead(scores, threshold) });
    }),
  );
  return out;
}

/** Averages the scores of several traces (e.g. several sentences) head by head, then labels them. */
export function classifyHeadsOver(traces: readonly AttentionTrace[], threshold = HEAD_THRESHOLD): HeadSummary[] {
  if (traces.length === 0) return [];
  const per = traces.map((t) => classifyHeads(t, threshold));
  return per[0].map((h, i) => {
    const scores = Object.fromEntries(HEAD_PATTERNS.map((p) => [p, mean(per.map((s) => s[i].scores[p]))])) as HeadScores;
    return { layer: h.layer, head: h.head, scores, label: labelHead(scores, threshold) };
  });
}
