/**
 * Tests for "Watch it learn": checking the training log, grouping samples by
 * checkpoint, perplexity, the step axis (symlog values worked out by hand from
 * d3's definition, sign(x)·log1p(|x|/c)), ticks, the loss domain, and the URL state.
 */
import { describe, expect, it } from 'vitest';
import { readState } from '@/lib/widgets/urlState';
import {
  checkpointIndex,
  checkpoints,
  curvePath,
  lossDomain,
  nearestPoint,
  parseTrainingLog,
  perplexity,
  stageLabelRows,
  stepScale,
  stepTicks,
  type TrainingLog,
} from '@/visualizations/learning/math';
import { checkAgainstLog, learningSchema } from '@/visualizations/learning/state';

const log = (): TrainingLog => ({
  locale: 'en',
  parameters: 109_000,
  steps: 200,
  batchSize: 8,
  contextLength: 64,
  trainChars: 1000,
  heldOutChars: 100,
  unigramHeldOut: 3.1,
  curve: [
    { step: 100, train: 2.5, heldOut: 2.4 },
    { step: 0, train: 4.2, heldOut: 4.2 },
    { step: 50, train: 3.2, heldOut: 3.0 },
    { step: 150, train: 2.1, heldOut: 2.2 },
    { step: 200, train: 2.0, heldOut: 2.1 },
  ],
  samples: [
    { step: 0, prompt: 'The cat ', text: 'xq' },
    { step: 0, prompt: 'She ', text: 'zz' },
    { step: 100, prompt: 'The cat ', text: 'sat' },
    { step: 200, prompt: 'The cat ', text: 'sat on' },
  ],
  probes: [],
  stageStarts: [],
  seconds: 90,
});

describe('the training log', () => {
  it('accepts a well-formed log and sorts the curve by step', () => {
    expect(parseTrainingLog(JSON.parse(JSON.stringify(log()))).curve.map((p) => p.step)).toEqual([0, 50, 100, 150, 200]);
  });

  it('names what is wrong with a malformed one', () => {
    expect(() => parseTrainingLog(null)).toThrow(/not an object/);
    expect(() => parseTrainingLog({ ...log(), unigramHeldOut: 'x' })).toThrow(/unigramHeldOut/);
    expect(() => parseTrainingLog({ ...log(), curve: [] })).toThrow(/curve/);
    expect(() => parseTrainingLog({ ...log(), curve: [{ step: 0, train: 1 }] })).toThrow(/curve point/);
    expect(() => parseTrainingLog({ ...log(), samples: [{ step: 0, prompt: 1, text: '' }] })).toThrow(/sample/);
    expect(() => parseTrainingLog({ ...log(), stageStarts: [100, 'x'] })).toThrow(/stageStarts/);
  });

  it('reads the steps where later stages began, in order, and none from a log without them', () => {
    expect(parseTrainingLog({ ...log(), stageStarts: [150, 100] }).stageStarts).toEqual([100, 150]);
    const { stageStarts: _, ...older } = log();
    expect(parseTrainingLog(older).stageStarts).toEqual([]);
  });
});

describe('checkpoints', () => {
  it('groups samples by step, in order, each with its held-out loss', () => {
    const list = checkpoints(parseTrainingLog(log()));
    expect(list.map((c) => c.step)).toEqual([0, 100, 200]);
    expect(list[0].samples).toEqual([
      { prompt: 'The cat ', text: 'xq' },
      { prompt: 'She ', text: 'zz' },
    ]);
    expect(list.map((c) => c.point.heldOut)).toEqual([4.2, 2.4, 2.1]);
    expect(checkpointIndex(list, 100)).toBe(1);
    expect(checkpointIndex(list, 50)).toBe(-1);
  });

  it('takes the nearest curve point when a checkpoint falls between two (the earlier on a tie)', () => {
    const curve = parseTrainingLog(log()).curve;
    expect(nearestPoint(curve, 120).step).toBe(100);
    expect(nearestPoint(curve, 125).step).toBe(100);
    expect(nearestPoint(curve, 130).step).toBe(150);
    expect(nearestPoint(curve, 999).step).toBe(200);
  });

  it('a step that is not a checkpoint goes back to the first one, and is reported', () => {
    const list = checkpoints(parseTrainingLog(log()));
    const state = readState(learningSchema, new URLSearchParams('checkpoint=100&x=linear')).state;
    expect(state).toEqual({ checkpoint: 100, x: 'linear' });
    expect(checkAgainstLog(state, list)).toEqual({ patch: {}, rejected: [] });
    expect(checkAgainstLog({ ...state, checkpoint: 120 }, list)).toEqual({ patch: { checkpoint: 0 }, rejected: ['checkpoint'] });
    expect(readState(learningSchema, new URLSearchParams('checkpoint=-5&x=cubic')).rejected.sort()).toEqual(['checkpoint', 'x']);
  });
});

describe('numbers and axes', () => {
  it('perplexity is e to the loss', () => {
    expect(perplexity(Math.log(4))).toBeCloseTo(4, 10);
    expect(perplexity(0)).toBe(1);
  });

  it('the linear step axis maps steps proportionally', () => {
    const x = stepScale('linear', 1200, [0, 600]);
    expect(x(0)).toBe(0);
    expect(x(600)).toBeCloseTo(300, 10);
    expect(x(1200)).toBeCloseTo(600, 10);
  });

  it('the log step axis keeps 0 and gives the early steps more room', () => {
    // symlog with constant 10: f(s) = ln(1 + s/10). f(10) / f(1200) = ln 2 / ln 121 = 0.693147 / 4.795791 = 0.144532
    const x = stepScale('log', 1200, [0, 1000]);
    expect(x(0)).toBe(0);
    expect(x(10)).toBeCloseTo(144.532, 2);
    expect(x(1200)).toBeCloseTo(1000, 6);
    // f(100) / f(1200) = ln 11 / ln 121 = exactly ½
    expect(x(100)).toBeCloseTo(500, 6);
  });

  it('ticks are round numbers within the run; the last step only when clear of them', () => {
    expect(stepTicks('linear', 1200)).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
    expect(stepTicks('log', 1200)).toEqual([0, 10, 30, 100, 300, 1000]);
    expect(stepTicks('log', 2000)).toEqual([0, 10, 30, 100, 300, 1000, 2000]);
    expect(stepTicks('log', 5)).toEqual([0, 5]);
  });

  it('the loss domain covers both curves and the baseline, on half-nat steps', () => {
    const curve = parseTrainingLog(log()).curve;
    // values span 2.0 … 4.2 (baseline 3.1 inside); pad 5% of 2.2 = 0.11 → [1.89, 4.31] → halves [1.5, 4.5]
    expect(lossDomain(curve, 3.1)).toEqual([1.5, 4.5]);
    // a baseline above the curve widens it: span 2.0 … 5.0, pad 0.15 → [1.85, 5.15] → [1.5, 5.5]
    expect(lossDomain(curve, 5)).toEqual([1.5, 5.5]);
  });

  it('moves a stage label a line down when its rule is too close to the one before', () => {
    // rules at 400, 566, 600 and 612 px with labels 50 px wide: the third and fourth crowd their neighbours
    expect(stageLabelRows([400, 566, 600, 612], 50)).toEqual([0, 0, 1, 2]);
    expect(stageLabelRows([100, 300], 50)).toEqual([0, 0]);
    expect(stageLabelRows([], 50)).toEqual([]);
  });

  it('draws each series as one path through every point', () => {
    const curve = parseTrainingLog(log()).curve;
    const d = curvePath(
      curve,
      'heldOut',
      (s) => s,
      (l) => l * 10,
    );
    expect(d).toBe('M0,42L50,30L100,24L150,22L200,21');
  });
});
