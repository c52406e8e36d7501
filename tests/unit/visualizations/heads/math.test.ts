/**
 * Tests for the head gallery: labels come from lib/model's scores of each
 * head's map (hand-made maps with known patterns below), the best pattern of
 * an unlabelled head, the score ranking, tiles per row, the explorer link and
 * the URL state.
 */
import { describe, expect, it } from 'vitest';
import type { ForwardTrace, LayerTrace, ModelConfig } from '@/lib/model/types';
import { readState } from '@/lib/widgets/urlState';
import { bestPattern, explorerHref, galleryColumns, headCards, LABEL_THRESHOLD, rankedScores, slideLayout, tileSize } from '@/visualizations/heads/math';
import { checkAgainstModel, gallerySchema, MAX_TEXT, queryRow } from '@/visualizations/heads/state';

const n = 6;
/** Causal map where row i puts weight `w(i)` as given, rest spread evenly over keys 0…i. */
const map = (pick: (i: number) => number | null): number[][] =>
  Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(n).fill(0);
    const j = pick(i);
    if (j === null) for (let k = 0; k <= i; k++) row[k] = 1 / (i + 1);
    else row[j] = 1;
    return row;
  });
const previous = map((i) => Math.max(0, i - 1));
const first = map(() => 0);
const uniform = map(() => null);
const self = map((i) => i);

const layer = (attention: number[][][]): LayerTrace => ({ residualIn: [], residualAfterAttention: [], residualOut: [], attention, q: [], k: [], v: [] });
const trace: ForwardTrace = {
  tokens: ['a', 'b', ' ', 'c', 'd', 'e'],
  ids: [1, 2, 3, 4, 5, 6],
  logits: [],
  layers: [layer([previous, first]), layer([uniform, self])],
};

describe('head cards', () => {
  it('label each head from its weights, layer by layer', () => {
    const cards = headCards(trace);
    expect(cards.map((c) => [c.layer, c.head, c.label])).toEqual([
      [0, 0, 'previousToken'],
      [0, 1, 'firstToken'],
      [1, 0, 'mixed'],
      [1, 1, 'self'],
    ]);
    // previous-token head: A[i][i−1] = 1 for every query i ≥ 2 → score exactly 1
    expect(cards[0].scores.previousToken).toBe(1);
    expect(cards[2].map).toBe(uniform);
  });

  it('an unlabelled head still names its closest pattern', () => {
    // uniform rows: queries i = 2…5 give 1/(i+1) to key i−1 and to key 0: mean(1/3, 1/4, 1/5, 1/6) = 0.2375 for both;
    // self over i = 1…5: mean(1/2 … 1/6) = 0.29; the latest delimiter (the space at 2) is read by queries 4, 5: mean(1/5, 1/6) = 0.1833
    const card = headCards(trace)[2];
    expect(card.scores.previousToken).toBeCloseTo(0.2375, 10);
    expect(card.scores.firstToken).toBeCloseTo(0.2375, 10);
    expect(card.scores.self).toBeCloseTo(0.29, 10);
    expect(card.scores.latestDelimiter).toBeCloseTo(0.18333, 4);
    expect(card.best).toEqual({ pattern: 'self', score: card.scores.self });
  });

  it('a stricter threshold turns labels into mixed', () => {
    const strict = headCards({ ...trace, layers: [layer([uniform])] }, 0.2);
    expect(strict[0].label).toBe('self');
    expect(headCards({ ...trace, layers: [layer([uniform])] }, LABEL_THRESHOLD)[0].label).toBe('mixed');
  });

  it('ranks scores highest first; ties keep the pattern order', () => {
    const scores = { previousToken: 0.2, firstToken: 0.5, self: 0.2, latestDelimiter: 0.1, induction: 0.3 };
    expect(rankedScores(scores).map((r) => r.pattern)).toEqual(['firstToken', 'induction', 'previousToken', 'self', 'latestDelimiter']);
    expect(bestPattern({ previousToken: 0.3, firstToken: 0.3, self: 0, latestDelimiter: 0, induction: 0 }).pattern).toBe('previousToken');
  });
});

describe('layout and link', () => {
  it('puts all heads of a layer in a row when tiles get 120 px, else two, else one', () => {
    // (640 − 3·10) / 4 = 152.5 ≥ 120 → 4; (360 − 30) / 4 = 82.5 < 120, (360 − 10) / 2 = 175 → 2; (200 − 10) / 2 = 95 → 1
    expect(galleryColumns(640, 4)).toBe(4);
    expect(galleryColumns(360, 4)).toBe(2);
    expect(galleryColumns(200, 4)).toBe(1);
    expect(tileSize(640, 4)).toBe(152);
    expect(tileSize(1920, 4)).toBe(200);
  });

  it('links to the explorer with the sentence, the head and the heatmap view', () => {
    const href = explorerHref('zh', '我喜欢 & 你', 2, 3);
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/zh/self-attention/');
    expect(url.hash).toBe('#attention-explorer');
    expect(url.searchParams.get('attention-explorer.sentence')).toBe('我喜欢 & 你');
    expect(url.searchParams.get('attention-explorer.layer')).toBe('2');
    expect(url.searchParams.get('attention-explorer.head')).toBe('3');
    expect(url.searchParams.get('attention-explorer.view')).toBe('heatmap');
  });
});

describe('gallery URL state', () => {
  const config: ModelConfig = { vocabSize: 10, contextLength: 64, dModel: 64, nHeads: 4, nLayers: 2, dFF: 256, lnEps: 1e-5 };
  it('restores sentence, layer, head and query row; cuts a long sentence; checks against the model', () => {
    const read = readState(gallerySchema.en, new URLSearchParams('sentence=<i>x</i>&layer=2&head=4&query=3'));
    expect(read.state).toEqual({ sentence: '<i>x</i>', layer: 2, head: 4, query: 3 });
    expect(readState(gallerySchema.en, new URLSearchParams({ sentence: 'a'.repeat(5000) })).state.sentence).toHaveLength(MAX_TEXT);
    expect(checkAgainstModel(read.state, config, 7)).toEqual({ patch: {}, rejected: [] });
    expect(checkAgainstModel({ ...read.state, layer: 3, head: 5 }, config, 7)).toEqual({ patch: { layer: 1, head: 1 }, rejected: ['layer', 'head'] });
  });

  it('keeps a query row inside the sentence and the context, and rejects one past them', () => {
    // "<i>x</i>" is 8 characters; say the model reads it as 7 tokens: rows 1…7 exist
    expect(checkAgainstModel({ sentence: '<i>x</i>', layer: 1, head: 1, query: 7 }, config, 7).rejected).toEqual([]);
    expect(checkAgainstModel({ sentence: '<i>x</i>', layer: 1, head: 1, query: 8 }, config, 7)).toEqual({ patch: { query: 0 }, rejected: ['query'] });
    // a sentence longer than the 64-token context: row 65 is past what the model reads
    expect(checkAgainstModel({ sentence: '', layer: 1, head: 1, query: 65 }, config, 100)).toEqual({ patch: { query: 0 }, rejected: ['query'] });
    expect(readState(gallerySchema.en, new URLSearchParams('query=-1')).rejected).toEqual(['query']);
  });

  it('outlines the chosen row, counted from 1, or else the last token', () => {
    expect(queryRow(0, 5)).toBe(4);
    expect(queryRow(1, 5)).toBe(0);
    expect(queryRow(3, 5)).toBe(2);
    // the sentence got shorter since the row was chosen: its last token
    expect(queryRow(9, 5)).toBe(4);
  });
});

describe('chance level', () => {
  it('is what an evenly spreading head scores: mean of 1/(i+1) over the queries each pattern reads', async () => {
    const { chanceScores } = await import('@/visualizations/heads/math');
    // tokens a b ␣ c d e: previous and first token read queries 2…5 → mean(1/3, 1/4, 1/5, 1/6) = 0.2375;
    // self reads 1…5 → mean(1/2, 1/3, 1/4, 1/5, 1/6) = 0.29; the space at 2 is the latest delimiter for queries 4, 5 → mean(1/5, 1/6)
    const chance = chanceScores(['a', 'b', ' ', 'c', 'd', 'e']);
    expect(chance.previousToken).toBeCloseTo(0.2375, 10);
    expect(chance.firstToken).toBeCloseTo(0.2375, 10);
    expect(chance.self).toBeCloseTo(0.29, 10);
    expect(chance.latestDelimiter).toBeCloseTo(11 / 60, 10);
  });

  it('on a slide, lays the layers out for the largest tiles in at most two rows of tiles', () => {
    // 863 px, gaps 10 and 48, tiles ≥ 90: three layers side by side, each (863 − 96) / 3 = 255.7 px with
    // two tiles of 122 per row; four layers two by two, each (863 − 48) / 2 = 407.5 px with four tiles of 94
    expect(slideLayout(863, 3, 4, 90, 10, 48)).toEqual({ layersPerRow: 3, layerWidth: 767 / 3, cols: 2, size: 122 });
    expect(slideLayout(863, 4, 4, 90, 10, 48)).toEqual({ layersPerRow: 2, layerWidth: 407.5, cols: 4, size: 94 });
    // six layers take more than two rows however they stand: the fewest, three rows of two layers
    expect(slideLayout(863, 6, 4, 90, 10, 48)).toEqual({ layersPerRow: 2, layerWidth: 407.5, cols: 4, size: 94 });
  });
});
