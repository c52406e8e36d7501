/**
 * Measures, during and after training, whether the heads and predictions the
 * chapters describe have formed, on probe text the model never trains on:
 * - previous-token: for each head, the mean attention a token pays to the token just
 *   before it, over held-out sentences;
 * - induction: for each head, over a held-out span of tokens repeated twice, the mean
 *   attention a token of the second copy pays to the token that followed its earlier
 *   occurrence (the copy it can predict from);
 * - names (indirect objects): the share of prompts such as "When Anna and Tom went to
 *   the park, Tom gave a ball to" in which the model gives the right name (Anna) a
 *   higher probability than the wrong one (Tom); probe frames differ from training's;
 * - agreement (English): the share of "The keys near the house" prompts in which the
 *   verb that agrees with the head noun is more likely than the one agreeing with the
 *   nearer noun.
 */
import { bpeEncode } from '../../lib/model/bpe';
import { forward } from '../../lib/model/forward';
import { createRng } from '../../lib/model/rng';
import type { TinyModel } from '../../lib/model/types';
import { chineseNameProbes, englishAgreementProbes, englishNameProbes, type ChoiceProbe } from './corpus/structures';
import type { Corpus, Locale } from './data';

export interface Probes {
  /** Held-out sentences, at most 48 tokens each. */
  sentences: number[][];
  /** Spans of held-out tokens, each repeated twice in a row. */
  repeats: { ids: number[]; span: number }[];
  names: ChoiceProbe[];
  agreement: ChoiceProbe[];
}

export interface ProbeScores {
  /** [layer][head] mean attention on the previous token. */
  previousToken: number[][];
  /** [layer][head] mean attention on the token after the earlier occurrence. */
  induction: number[][];
  /** Share of name prompts answered with the right name. */
  names: number;
  /** Share of agreement prompts answered with the agreeing verb (English only, else null). */
  agreement: number | null;
}

const PROBE_SEED = 4242;

export function buildProbes(locale: Locale, corpus: Corpus): Probes {
  const r = createRng(PROBE_SEED);
  const paragraphs = corpus.heldOut.split('\n').filter((p) => p.length > 20);
  const sentences = paragraphs.slice(0, 24).map((p) => bpeEncode(corpus.bpe, p).slice(0, 48));
  const repeats: Probes['repeats'] = [];
  for (const p of paragraphs.slice(24, 48)) {
    const ids = bpeEncode(corpus.bpe, p);
    if (ids.length < 12) continue;
    const span = ids.slice(0, Math.min(24, ids.length));
    repeats.push({ ids: [...span, ...span], span: span.length });
  }
  return {
    sentences,
    repeats,
    names: locale === 'en' ? englishNameProbes(r, 60) : chineseNameProbes(r, 60),
    agreement: locale === 'en' ? englishAgreementProbes(r, 60) : [],
  };
}

/** Mean over cases of a per-head statistic, as [layer][head]. */
function headMeans(model: TinyModel, cases: { ids: number[]; pairs: [number, number][] }[]): number[][] {
  const { nLayers, nHeads } = model.config;
  const sums = Array.from({ length: nLayers }, () => new Array<number>(nHeads).fill(0));
  let count = 0;
  for (const { ids, pairs } of cases) {
    const trace = forward(model, ids);
    for (const [q, k] of pairs) {
      trace.layers.forEach((layer, l) => layer.attention.forEach((map, h) => (sums[l][h] += map[q][k])));
      count++;
    }
  }
  return sums.map((row) => row.map((s) => round3(s / Math.max(1, count))));
}

/** Log-probability of `continuation` after `prompt` (sum over its tokens). */
export function continuationLogProb(model: TinyModel, prompt: string, continuation: string): number {
  const head = bpeEncode(model.bpe, prompt);
  const tail = bpeEncode(model.bpe, continuation);
  const ids = [...head, ...tail].slice(-model.config.contextLength);
  const offset = ids.length - tail.length;
  const { logits } = forward(model, ids);
  let total = 0;
  tail.forEach((id, j) => {
    const row = logits[offset + j - 1];
    const max = Math.max(...row);
    let z = 0;
    for (const v of row) z += Math.exp(v - max);
    total += row[id] - max - Math.log(z);
  });
  return total;
}

/** Share of probes where the right continuation is the more likely one. */
export function choiceAccuracy(model: TinyModel, probes: ChoiceProbe[]): number {
  if (probes.length === 0) return 0;
  const right = probes.filter((p) => continuationLogProb(model, p.prompt, p.right) > continuationLogProb(model, p.prompt, p.wrong)).length;
  return round3(right / probes.length);
}

export function scoreProbes(model: TinyModel, probes: Probes): ProbeScores {
  const previousToken = headMeans(
    model,
    probes.sentences.map((ids) => ({ ids, pairs: ids.slice(1).map((_, i) => [i + 1, i] as [number, number]) })),
  );
  const induction = headMeans(
    model,
    probes.repeats.map(({ ids, span }) => ({
      ids,
      // query: position span + i (the i-th token again); key: i + 1 (what followed it the first time)
      pairs: Array.from({ length: span - 1 }, (_, i) => [span + i, i + 1] as [number, number]),
    })),
  );
  return {
    previousToken,
    induction,
    names: choiceAccuracy(model, probes.names),
    agreement: probes.agreement.length ? choiceAccuracy(model, probes.agreement) : null,
  };
}

/** Best score of a [layer][head] table, with where it is. */
export function bestHead(table: number[][]): { layer: number; head: number; score: number } {
  let best = { layer: 0, head: 0, score: -Infinity };
  table.forEach((row, layer) => row.forEach((score, head) => score > best.score && (best = { layer, head, score })));
  return best;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
