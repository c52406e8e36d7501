/**
 * Builds each model's training text, tokenizer and batches.
 *
 * The text is regenerated deterministically at training time from committed
 * sources (see ./corpus/sources.ts and data/README.md), so the trainer, the
 * exporter and model:eval all derive the same text and vocabulary from the same
 * seeds. It mixes, paragraph by paragraph:
 * - natural text: WordNet's example sentences (English), everyday prose written for
 *   the project (Chinese), the site's chapters;
 * - generated everyday sentences (./corpus/en.ts, ./corpus/zh.ts, and for Chinese the
 *   broad lexicon of ./corpus/zh-broad.ts);
 * - the patterns the chapters teach (./corpus/structures.ts).
 * The batcher adds a further pattern: in a share of the windows a span of text comes
 * back a little later, the situation in which induction heads pay off.
 *
 * The held-out text of the training log is the same mixture drawn with other seeds
 * (sentences that also occur in training are left out); the natural held-out text
 * in data/heldout/ is written by hand and never enters training.
 */
import { createRng, randomInt } from '../../lib/model/rng';
import type { Rng } from '../../lib/model/types';
import { buildBpe, bpeEncode, type Bpe } from '../../lib/model/bpe';
import { learnBpe, type BpeSpec } from './bpe';
import { englishSentence } from './corpus/en';
import type { Template } from './corpus/grammar';
import { chapterProse, everydayProse, wordnetExamples } from './corpus/sources';
import { chineseIndirectObject, englishIndirectObject, structureSentence, type StructureSet } from './corpus/structures';
import { chineseSentence } from './corpus/zh';
import { chineseBroadSentence } from './corpus/zh-broad';

export type Locale = 'en' | 'zh';

interface Mixture {
  trainSeed: number;
  heldOutSeed: number;
  /** Makers of generated sentences and how many characters of each (natural text is used whole). */
  generated: [() => Template, number][];
  /** How many times the chapters' prose is repeated in the mixture. */
  chapterCopies: number;
  /** How many times the project's own everyday prose (data/corpus/<locale>-everyday.txt, if any) is repeated. */
  everydayCopies: number;
  /** Placed between the sentences of a paragraph. */
  separator: string;
  /** The tokenizer, learned from the whole training text (data/README.md says why). */
  tokenizer: BpeSpec;
  heldOutChars: number;
}

const MIXTURES: Record<Locale, Mixture> = {
  en: {
    trainSeed: 101,
    heldOutSeed: 9001,
    generated: [
      [() => englishSentence, 1_600_000],
      [() => englishIndirectObject, 450_000],
    ],
    chapterCopies: 2,
    everydayCopies: 0,
    separator: ' ',
    tokenizer: { vocabSize: 2048, maxChars: 200, minCharCount: 20 },
    heldOutChars: 40_000,
  },
  zh: {
    trainSeed: 202,
    heldOutSeed: 9002,
    generated: [
      [() => chineseSentence, 500_000],
      [chineseBroadSentence, 700_000],
      [() => chineseIndirectObject, 200_000],
    ],
    chapterCopies: 3,
    everydayCopies: 5,
    separator: '',
    tokenizer: { vocabSize: 2304, maxChars: 1900, minCharCount: 3, maxTokenChars: 2 },
    heldOutChars: 15_000,
  },
};

export interface Corpus {
  locale: Locale;
  train: string;
  heldOut: string;
  vocab: string[];
  merges: number[];
  bpe: Bpe;
  /** Count of each token in the training text (for the unigram baseline). */
  counts: number[];
}

/** Paragraphs of 3–8 generated sentences, until `chars` characters. */
function generatedParagraphs(sentence: Template, r: Rng, chars: number, separator: string, exclude?: ReadonlySet<string>, seen?: Set<string>): string[] {
  const out: string[] = [];
  let total = 0;
  while (total < chars) {
    const n = 3 + randomInt(r, 6);
    const sentences: string[] = [];
    while (sentences.length < n) {
      const s = sentence(r);
      if (exclude?.has(s)) continue;
      seen?.add(s);
      sentences.push(s);
    }
    const p = sentences.join(separator);
    out.push(p);
    total += p.length + 1;
  }
  return out;
}

/** Fisher–Yates with the given generator. */
function shuffle<T>(items: T[], r: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(r, i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** WordNet examples as paragraphs of 4–8 sentences; every 50th paragraph is kept for held-out. */
function wordnetParagraphs(r: Rng): { train: string[]; heldOut: string[] } {
  const lines = shuffle(wordnetExamples(), r);
  const train: string[] = [];
  const heldOut: string[] = [];
  for (let i = 0, k = 0; i < lines.length; k++) {
    const n = 4 + randomInt(r, 5);
    (k % 50 === 49 ? heldOut : train).push(lines.slice(i, i + n).join(' '));
    i += n;
  }
  return { train, heldOut };
}

/** The everyday prose written for the project, one paragraph per line; every 25th paragraph is kept for held-out. */
function everydayParagraphs(locale: Locale, r: Rng): { train: string[]; heldOut: string[] } {
  const paragraphs = shuffle(everydayProse(locale), r);
  return { train: paragraphs.filter((_, i) => i % 25 !== 24), heldOut: paragraphs.filter((_, i) => i % 25 === 24) };
}

/** Generates the training and held-out text of one language and learns its tokenizer (about a minute). */
export function buildCorpus(locale: Locale): Corpus {
  const mix = MIXTURES[locale];
  const r = createRng(mix.trainSeed);
  const rh = createRng(mix.heldOutSeed);
  const makers = mix.generated.map(([make, chars]) => [make(), chars] as const);
  const generatedTotal = makers.reduce((sum, [, chars]) => sum + chars, 0);
  const seen = new Set<string>();
  const trainParts: string[] = [];
  const heldOutParts: string[] = [];
  for (const [sentence, chars] of makers) trainParts.push(...generatedParagraphs(sentence, r, chars, mix.separator, undefined, seen));
  for (const [sentence, chars] of makers) {
    heldOutParts.push(...generatedParagraphs(sentence, rh, (mix.heldOutChars * chars) / generatedTotal, mix.separator, seen));
  }
  if (locale === 'en') {
    const wn = wordnetParagraphs(r);
    trainParts.push(...wn.train);
    heldOutParts.push(...wn.heldOut);
  }
  if (mix.everydayCopies > 0) {
    const everyday = everydayParagraphs(locale, r);
    for (let c = 0; c < mix.everydayCopies; c++) trainParts.push(...everyday.train);
    heldOutParts.push(...everyday.heldOut);
  }
  const chapters = chapterProse(locale);
  for (let c = 0; c < mix.chapterCopies; c++) trainParts.push(...chapters);
  const train = shuffle(trainParts, r).join('\n');
  const heldOut = shuffle(heldOutParts, rh).join('\n');

  const { vocab, merges } = learnBpe(train, mix.tokenizer);
  const bpe = buildBpe(vocab, merges, true);
  const counts = new Array<number>(vocab.length).fill(0);
  for (const id of bpeEncode(bpe, train)) counts[id]++;
  return { locale, train, heldOut, vocab, merges, bpe, counts };
}

/**
 * A later stage's structure sentences (./corpus/structures.ts, `structureSentence`, of the set `set`) as one
 * stream of ids under the corpus's tokenizer, in paragraphs like the generated text's. They
 * are kept out of the corpus, so the first stage and the tokenizer stay as they were. With
 * `everydayCopies`, the everyday prose written for the project (its training paragraphs, as
 * in `buildCorpus`) is shuffled in that many times: a stage can bring in natural text the
 * earlier stages never read without changing what they read.
 */
export function structureIds(corpus: Corpus, chars: number, seed: number, set: StructureSet = 'frames', everydayCopies = 0): Int32Array {
  const { separator } = MIXTURES[corpus.locale];
  const r = createRng(seed);
  const paragraphs = generatedParagraphs(structureSentence(corpus.locale, set), r, chars, separator);
  if (everydayCopies > 0) {
    const prose = everydayParagraphs(corpus.locale, r).train;
    if (prose.length === 0) throw new Error(`a stage asks for everyday prose, but data/corpus/${corpus.locale}-everyday.txt has none`);
    for (let c = 0; c < everydayCopies; c++) paragraphs.push(...prose);
    shuffle(paragraphs, r);
  }
  return toIds(paragraphs.join('\n'), corpus.bpe);
}

/**
 * The corpus under another tokenizer: a trained model's own (its model.json), which the
 * corpus would no longer learn once the chapters it learns from have changed.
 */
export function withTokenizer(corpus: Corpus, vocab: string[], merges: number[], counts: number[]): Corpus {
  return { ...corpus, vocab, merges, bpe: buildBpe(vocab, merges, true), counts };
}

/** Ids of a text under a corpus's tokenizer. */
export function toIds(text: string, bpe: Bpe): Int32Array {
  return Int32Array.from(bpeEncode(bpe, text));
}

/** What a window is made of at one training step. */
export interface WindowMix {
  /** Share of windows built of repeated spans of the text. */
  repeatRate: number;
  /** Share of windows that are a random run of ids repeated to fill the window. */
  scrambledRate: number;
  /** How many of the most frequent ids the random runs draw from. */
  pool: number;
  /** Shortest and longest random run, in tokens. */
  run: [number, number];
  /** Share of windows cut from the structure sentences (`structureIds`); needs the Batcher's `structures`. */
  structureRate?: number;
  /** Share of random runs whose ids are drawn by their frequency in the text instead of uniformly from the pool. */
  runsByFrequency?: number;
}

/**
 * The curricula of the shipped models. Induction is learned first where it is the only
 * way to lower the loss and where it is easiest: for the first `easySteps` steps, 60% of
 * the windows are short random runs (4–16 tokens) of the 64 most frequent tokens,
 * repeated. (The same model on such runs alone formed an induction head at step 700,
 * while runs of 16–64 tokens of the 2,048-token vocabulary gave none in 2,700 steps.)
 * Then the pool doubles every `growEvery` steps, so that matching a token with its
 * earlier occurrence has to work for ever more of the vocabulary, the runs get longer,
 * and the mixture settles to mostly text, whose repeated pairs keep rewarding the head
 * on real text. A head learned on few tokens first works for those tokens only; it
 * generalises while the pool grows, or is lost if the pool grows faster than it adapts.
 */
export function curriculum(easySteps: number, growEvery: number): (step: number) => WindowMix {
  return (step) => {
    if (step < easySteps) return { repeatRate: 0.25, scrambledRate: 0.6, pool: 64, run: [4, 16] };
    const pool = 64 * 2 ** Math.min(16, 1 + Math.floor((step - easySteps) / growEvery));
    return { repeatRate: 0.4, scrambledRate: 0.2, pool, run: [4, 48] };
  };
}

export const curriculumMix = curriculum(1500, 250);

/** The mixture of the first rounds: the same at every step, random runs from every id. */
export const FLAT_MIX: WindowMix = { repeatRate: 0.45, scrambledRate: 0.15, pool: Number.POSITIVE_INFINITY, run: [16, 64] };

/**
 * The second stage's mix (TrainSpec.then): a third of the windows are structure sentences
 * (names copied back, agreement across a phrase), which plain text holds too rarely for a
 * model this small to learn them from it; random runs over the whole vocabulary, half of
 * them drawn by frequency, so that copying has to work on the tokens ordinary sentences
 * are made of (one Chinese first-stage run had learned to copy rare tokens only); the rest text.
 */
export const STRUCTURE_MIX: WindowMix = { repeatRate: 0.1, scrambledRate: 0.15, pool: Number.POSITIVE_INFINITY, run: [4, 48], structureRate: 0.3, runsByFrequency: 0.5 };

/**
 * The later stages of the four-layer Chinese model (data/README.md, "Four layers"), as the
 * STRUCTURE_MIX with other shares of repeated spans, random runs, structure sentences and
 * text: first more copying than text, which formed its induction head and cost some loss
 * and names; then a blend, which kept the head and brought the names back; then mostly text,
 * which brought the loss on text under the goal and the head just under 0.4; last, at a low
 * rate, a little more of the text repeated and fewer random runs, which lifted the head over
 * 0.4 and kept the loss.
 */
function structureBlend(repeatRate: number, scrambledRate: number, structureRate: number): WindowMix {
  return { ...STRUCTURE_MIX, repeatRate, scrambledRate, structureRate };
}
export const COPYING_MIX = structureBlend(0.35, 0.2, 0.25);
export const BLEND_MIX = structureBlend(0.25, 0.15, 0.3);
export const TEXT_BLEND_MIX = structureBlend(0.2, 0.1, 0.2);
export const FINAL_BLEND_MIX = structureBlend(0.25, 0.05, 0.2);

/**
 * The English fifth stage's mix: its structure windows carry the everyday prose as well as
 * agreement and name sentences, so they take nearly half of the windows; repeated spans and
 * random runs keep the induction head at work.
 */
export const EVERYDAY_MIX = structureBlend(0.1, 0.1, 0.45);

/** The schedules a training spec can name ('gradual': the second Chinese run of data/README.md, whose pool grew half as fast). */
export const MIXES = {
  flat: () => FLAT_MIX,
  curriculum: curriculumMix,
  gradual: curriculum(2000, 500),
  structures: () => STRUCTURE_MIX,
  copying: () => COPYING_MIX,
  blend: () => BLEND_MIX,
  textBlend: () => TEXT_BLEND_MIX,
  finalBlend: () => FINAL_BLEND_MIX,
  everyday: () => EVERYDAY_MIX,
} satisfies Record<string, (step: number) => WindowMix>;
export type MixName = keyof typeof MIXES;

/**
 * Random windows of T+1 ids: inputs are w[0…T−1], targets w[1…T], drawn by the
 * step's WindowMix (`windowsPerStep` windows make one step).
 *
 * A repeated-span window is built of repeated pairs, [lead][span][gap][span][span′][gap′][span′]…
 * until it is full: each span is 8–40 tokens from one place in the text, each gap 0–32
 * tokens from another. In every second copy each token can be predicted by finding the
 * earlier copy and reading what came next (an induction head's job), so about a third of
 * such a window rewards induction. (A first version with one span of 6–24 tokens per
 * window, a tenth of the tokens, grew no induction head in 40,000 windows.)
 *
 * A scrambled window is a run of ids (its length in the mix's `run` range) drawn
 * uniformly from the `pool` most frequent ones, repeated until the window is full. There
 * nothing but the earlier copy predicts a token, so only an induction head lowers the
 * loss; the probes check that the head also works on natural sentences
 * (scripts/train/probes.ts). The rest of the windows are stretches of the text as it is.
 */
export class Batcher {
  private readonly rng: Rng;
  /** Ids that occur in the text, most frequent first. */
  private readonly ranked: Int32Array;
  /** Running totals of the ranked ids' counts, for drawing an id by its frequency. */
  private readonly cumulative: Float64Array;
  private drawn = 0;
  constructor(
    private readonly ids: Int32Array,
    private readonly T: number,
    seed: number,
    private readonly windowsPerStep: number,
    private readonly mixAt: (step: number) => WindowMix = () => FLAT_MIX,
    /** Structure sentences as one id stream (`structureIds`), for mixes with a `structureRate`. */
    private readonly structures?: Int32Array,
  ) {
    this.rng = createRng(seed);
    const counts = new Map<number, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    this.ranked = Int32Array.from([...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a - b));
    this.cumulative = new Float64Array(this.ranked.length);
    let total = 0;
    this.ranked.forEach((id, i) => (this.cumulative[i] = total += counts.get(id)!));
  }

  private slice(length: number, from: Int32Array = this.ids): Int32Array {
    const start = randomInt(this.rng, from.length - length - 1);
    return from.subarray(start, start + length);
  }

  window(): Int32Array {
    const { T, rng } = this;
    const mix = this.mixAt(Math.floor(this.drawn++ / this.windowsPerStep));
    const kind = rng();
    const structureRate = mix.structureRate ?? 0;
    if (kind < mix.scrambledRate) {
      // (no draw for mixes without frequency runs, so the first stage's batches stay as they were)
      const byFrequency = (mix.runsByFrequency ?? 0) > 0 && rng() < mix.runsByFrequency!;
      return this.scrambled(Math.min(mix.pool, this.ranked.length), mix.run, byFrequency);
    }
    if (kind < mix.scrambledRate + structureRate) {
      if (!this.structures) throw new Error('this mix has structure windows: give the Batcher the structure sentences');
      return this.slice(T + 1, this.structures);
    }
    if (kind >= mix.scrambledRate + structureRate + mix.repeatRate) return this.slice(T + 1);
    const out = new Int32Array(T + 1);
    let at = 0;
    const put = (part: Int32Array) => {
      const n = Math.min(part.length, T + 1 - at);
      out.set(part.subarray(0, n), at);
      at += n;
    };
    put(this.slice(randomInt(rng, 17)));
    while (at < T + 1) {
      const span = this.slice(8 + randomInt(rng, 33));
      put(span);
      put(this.slice(randomInt(rng, 33)));
      put(span);
    }
    return out;
  }

  /** A run of ids drawn from the `pool` most frequent (uniformly, or by frequency), repeated to fill the window. */
  private scrambled(pool: number, [shortest, longest]: [number, number], byFrequency: boolean): Int32Array {
    const { T, rng } = this;
    const draw = byFrequency ? () => this.ranked[this.byFrequency(pool)] : () => this.ranked[randomInt(rng, pool)];
    const span = Int32Array.from({ length: shortest + randomInt(rng, longest - shortest + 1) }, draw);
    const out = new Int32Array(T + 1);
    for (let at = 0; at < T + 1; at++) out[at] = span[at % span.length];
    return out;
  }

  /** A rank below `pool`, drawn in proportion to the count of the id at that rank. */
  private byFrequency(pool: number): number {
    const target = this.rng() * this.cumulative[pool - 1];
    let lo = 0;
    let hi = pool - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  next(B: number): { inputs: Int32Array; targets: Int32Array } {
    const { T } = this;
    const inputs = new Int32Array(B * T);
    const targets = new Int32Array(B * T);
    for (let b = 0; b < B; b++) {
      const w = this.window();
      inputs.set(w.subarray(0, T), b * T);
      targets.set(w.subarray(1, T + 1), b * T);
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
