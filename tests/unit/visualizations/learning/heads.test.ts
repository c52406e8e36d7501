/**
 * Tests for the heads chart's numbers: reading the probe records of the training log,
 * the best head per step, each head's own series, the first step at which the induction
 * score reaches the threshold, the nearest record to a checkpoint and the score axis.
 * Expected values are read off the small synthetic log below by hand.
 */
import { describe, expect, it } from 'vitest';
import { HEAD_THRESHOLD, labelHead } from '@/lib/model/headPatterns';
import { bestHead, bestHeadSeries, spacedTicks, firstCrossing, headPath, headSeries, lastStep, parseTrainingLog, probeAt, scoreDomain, type ProbeRecord } from '@/visualizations/learning/math';

// 2 layers × 2 heads, scored at four steps (given out of order, as a log might be)
const probes: ProbeRecord[] = [
  {
    step: 300,
    previousToken: [
      [0.5, 0.52],
      [0.2, 0.1],
    ],
    induction: [
      [0.05, 0.1],
      [0.6, 0.4],
    ],
  },
  {
    step: 0,
    previousToken: [
      [0.1, 0.2],
      [0.1, 0.1],
    ],
    induction: [
      [0.05, 0.05],
      [0.05, 0.05],
    ],
  },
  {
    step: 100,
    previousToken: [
      [0.3, 0.45],
      [0.2, 0.1],
    ],
    induction: [
      [0.05, 0.1],
      [0.2, 0.1],
    ],
  },
  {
    step: 200,
    previousToken: [
      [0.5, 0.45],
      [0.2, 0.1],
    ],
    induction: [
      [0.05, 0.1],
      [0.39, 0.4],
    ],
  },
];

const rawLog = (extra: Record<string, unknown>) => ({
  locale: 'en',
  parameters: 1000,
  steps: 300,
  batchSize: 4,
  contextLength: 16,
  trainChars: 100,
  heldOutChars: 10,
  unigramHeldOut: 3,
  curve: [
    { step: 0, train: 4, heldOut: 4 },
    { step: 250, train: 2, heldOut: 2.2 },
  ],
  samples: [],
  seconds: 1,
  ...extra,
});

describe('probe records in the training log', () => {
  it('are read in step order, without the fields the chart does not use', () => {
    const withExtras = probes.map((p) => ({ ...p, names: 0.5, agreement: null }));
    const log = parseTrainingLog(rawLog({ probes: withExtras }));
    expect(log.probes.map((p) => p.step)).toEqual([0, 100, 200, 300]);
    expect(Object.keys(log.probes[0]).sort()).toEqual(['induction', 'previousToken', 'step']);
    // the probes reach further than the loss curve (250): the shared axis runs to 300
    expect(lastStep(log)).toBe(300);
  });

  it('are empty in a log written before they were recorded', () => {
    const log = parseTrainingLog(rawLog({}));
    expect(log.probes).toEqual([]);
    expect(lastStep(log)).toBe(250);
  });

  it('a malformed record is named', () => {
    expect(() => parseTrainingLog(rawLog({ probes: {} }))).toThrow(/probes is not a list/);
    expect(() => parseTrainingLog(rawLog({ probes: [{ step: 0, previousToken: [[0.1]] }] }))).toThrow(/probe record/);
    expect(() => parseTrainingLog(rawLog({ probes: [{ step: 0, previousToken: [[0.1]], induction: [['x']] }] }))).toThrow(/probe record/);
    expect(() => parseTrainingLog(rawLog({ probes: [{ step: 0, previousToken: [], induction: [[0.1]] }] }))).toThrow(/probe record/);
  });
});

describe('best heads over training', () => {
  const sorted = parseTrainingLog(rawLog({ probes })).probes;

  it('the best head of a grid, the first in layer-then-head order on a tie', () => {
    expect(
      bestHead([
        [0.1, 0.3],
        [0.3, 0.2],
      ]),
    ).toEqual({ layer: 0, head: 1, score: 0.3 });
    expect(
      bestHead([
        [0.05, 0.05],
        [0.05, 0.05],
      ]),
    ).toEqual({ layer: 0, head: 0, score: 0.05 });
  });

  it('follows whichever head is best at each step', () => {
    expect(bestHeadSeries(sorted, 'previousToken')).toEqual([
      { step: 0, layer: 0, head: 1, score: 0.2 },
      { step: 100, layer: 0, head: 1, score: 0.45 },
      { step: 200, layer: 0, head: 0, score: 0.5 },
      { step: 300, layer: 0, head: 1, score: 0.52 },
    ]);
    expect(bestHeadSeries(sorted, 'induction').map((p) => [p.layer, p.head, p.score])).toEqual([
      [0, 0, 0.05],
      [1, 0, 0.2],
      [1, 1, 0.4],
      [1, 0, 0.6],
    ]);
  });

  it('gives each head its own series', () => {
    const series = headSeries(sorted, 'induction');
    expect(series).toHaveLength(4);
    expect(series.map((s) => [s[0].layer, s[0].head])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(series[2].map((p) => p.score)).toEqual([0.05, 0.2, 0.39, 0.6]);
    expect(headSeries([], 'induction')).toEqual([]);
  });

  it('the induction head forms at the first step whose best score reaches the threshold', () => {
    const induction = bestHeadSeries(sorted, 'induction');
    // 0.39 at step 200 by layer 1 head 0 does not count; 0.4 by layer 1 head 1 at the same step does
    expect(firstCrossing(induction, 0.4)).toEqual({ step: 200, layer: 1, head: 1, score: 0.4 });
    expect(firstCrossing(induction, 0.5)).toEqual({ step: 300, layer: 1, head: 0, score: 0.6 });
    expect(firstCrossing(induction, 0.7)).toBeNull();
  });

  it('the threshold is the one the head gallery labels by: a score of exactly it earns the name', () => {
    const scores = { previousToken: 0, firstToken: 0, self: 0, latestDelimiter: 0, induction: 0 };
    expect(labelHead({ ...scores, induction: HEAD_THRESHOLD })).toBe('induction');
    expect(labelHead({ ...scores, induction: HEAD_THRESHOLD - 0.01 })).toBe('mixed');
  });

  it('the record nearest a checkpoint (the earlier on a tie)', () => {
    expect(probeAt(sorted, 100)?.step).toBe(100);
    expect(probeAt(sorted, 150)?.step).toBe(100);
    expect(probeAt(sorted, 260)?.step).toBe(300);
    expect(probeAt([], 100)).toBeNull();
  });
});

describe('step ticks at a narrow width', () => {
  it('keep the last step and drop a round tick that would crowd it', () => {
    // at = step / 10: 3000 → 300 and 6000 → 600 are 300 apart, 1000 → 100 and 3000 are 200 apart
    expect(spacedTicks([0, 1000, 3000, 6000], (s) => s / 10, 250)).toEqual([0, 3000, 6000]);
    // gap 350: 3000 (300 from 600) gives way, 1000 (500 from 600) stays, and then 0 (100 from 1000) gives way
    expect(spacedTicks([0, 1000, 3000, 6000], (s) => s / 10, 350)).toEqual([1000, 6000]);
    expect(spacedTicks([0, 1000, 3000, 6000], (s) => s / 10, 100)).toEqual([0, 1000, 3000, 6000]);
  });
});

describe('the score axis', () => {
  it('runs from 0 to a tenth above the highest score rounded up to tenths', () => {
    // highest 0.6 → 0.6 + 0.1
    expect(scoreDomain(probes, 0.4)[1]).toBeCloseTo(0.7, 10);
    // all scores under the threshold: the threshold 0.4 sets the top, 0.5
    expect(scoreDomain([probes[1]], 0.4)[1]).toBeCloseTo(0.5, 10);
    // 0.95 → 1.0 + 0.1, capped at 1
    expect(scoreDomain([{ step: 0, previousToken: [[0.95]], induction: [[0]] }], 0.4)).toEqual([0, 1]);
  });

  it('draws a series as one path through every step', () => {
    const series = headSeries(parseTrainingLog(rawLog({ probes })).probes, 'induction')[2];
    expect(
      headPath(
        series,
        (s) => s / 10,
        (v) => 100 - v * 100,
      ),
    ).toBe('M0,95L10,80L20,61L30,40');
  });
});
