/**
 * Builds each model's corpus, vocabulary and training batches.
 *
 * Why this file exists: the corpus is generated deterministically at training
 * time (only the held-out text is committed, in data/heldout/), so the
 * trainer, the exporter and model:eval must all derive the same text and
 * vocabulary from the same seeds. The held-out text uses a different seed
 * and leaves out every sentence that also occurs in the training text.
 */
import { createRng, randomInt } from '../../lib/model/rng';
import type { Rng } from '../../lib/model/types';
import { englishSentence } from './corpus/en';
import { generateSentences } from './corpus/grammar';
import { chineseSentence } from './corpus/zh';

export type Locale = 'en' | 'zh';

/** The unknown token: id 0 in every vocabulary. */
export const UNK = '\uFFFD';

/** Corpus sizes and seeds per language. */
export const CORPUS_SPECS: Record<Locale, { trainSeed: number; heldOutSeed: number; trainChars: number; heldOutChars: number; separator: string }> = {
  en: { trainSeed: 101, heldOutSeed: 9001, trainChars: 1_500_000, heldOutChars: 30_000, separator: ' ' },
  zh: { trainSeed: 202, heldOutSeed: 9002, trainChars: 700_000, heldOutChars: 12_000, separator: '' },
};

export interface Corpus {
  locale: Locale;
  train: string;
  heldOut: string;
  /** UNK first, then every character of the training text in code-point order. */
  vocab: string[];
  /** Count of each vocab entry in the training text. */
  counts: number[];
}

/** Generates the corpus of one language (about a second). */
export function buildCorpus(locale: Locale): Corpus {
  const spec = CORPUS_SPECS[locale];
  const sentence = locale === 'en' ? englishSentence : chineseSentence;
  const trainSentences = generateSentences(sentence, { seed: spec.trainSeed, minChars: spec.trainChars, separator: spec.separator });
  const heldOutSentences = generateSentences(sentence, {
    seed: spec.heldOutSeed,
    minChars: spec.heldOutChars,
    separator: spec.separator,
    exclude: new Set(trainSentences),
  });
  const train = trainSentences.join(spec.separator);
  const heldOut = heldOutSentences.join(spec.separator);
  const chars = [...new Set(Array.from(train))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  const vocab = [UNK, ...chars];
  const index = new Map(vocab.map((c, i) => [c, i]));
  const counts = new Array<number>(vocab.length).fill(0);
  for (const c of Array.from(train)) counts[index.get(c)!]++;
  return { locale, train, heldOut, vocab, counts };
}

/** Ids of a text under a vocabulary (unknown characters → 0). */
export function toIds(text: string, vocab: readonly string[]): Int32Array {
  const index = new Map(vocab.map((c, i) => [c, i]));
  return Int32Array.from(Array.from(text), (c) => index.get(c) ?? 0);
}

/**
 * Random windows of T+1 ids: inputs are ids[s…s+T−1], targets ids[s+1…s+T].
 * With probability `unkRate` an input (never a target) is replaced by the
 * unknown token, so the model learns what to do after a character it has
 * not seen.
 */
export class Batcher {
  private readonly rng: Rng;
  constructor(private readonly ids: Int32Array, private readonly T: number, seed: number, private readonly unkRate = 0.01) {
    this.rng = createRng(seed);
  }

  next(B: number): { inputs: Int32Array; targets: Int32Array } {
    const { T, ids, rng } = this;
    const inputs = new Int32Array(B * T);
    const targets = new Int32Array(B * T);
    for (let b = 0; b < B; b++) {
      const start = randomInt(rng, ids.length - T - 1);
      for (let t = 0; t < T; t++) {
        inputs[b * T + t] = rng() < this.unkRate ? 0 : ids[start + t];
        targets[b * T + t] = ids[start + t + 1];
      }
    }
    return { inputs, targets };
  }
}

/** Consecutive non-overlapping windows of a text for evaluation (at most maxWindows of them). */
export function evalWindows(ids: Int32Array, T: number, maxWindows: number): { inputs: Int32Array; targets: Int32Array; B: number } {
  const B = Math.min(maxWindows, Math.floor((ids.length - 1) / T));
  const inputs = new Int32Array(B * T);
  const targets = new Int32Array(B * T);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      inputs[b * T + t] = ids[b * T + t];
      targets[b * T + t] = ids[b * T + t + 1];
    }
  }
  return { inputs, targets, B };
}

/** Add-one-smoothed unigram loss (nats/token) of ids under training counts. */
export function unigramLoss(ids: ArrayLike<number>, counts: readonly number[]): number {
  const total = counts.reduce((s, c) => s + c, 0) + counts.length;
  let loss = 0;
  for (let i = 0; i < ids.length; i++) loss -= Math.log((counts[ids[i]] + 1) / total);
  return loss / ids.length;
}
