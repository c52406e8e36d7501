/**
 * The page's record of a run: losses thinned to a bounded number of points, and the step
 * at which each head of a later layer first reaches the induction threshold (heads of
 * the first layer can only look a fixed distance back, so they are never marked).
 */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '@/lib/train/session';
import { addEvaluation, addLosses, emptyHistory, inductionSteps, MAX_POINTS } from '@/visualizations/training/history';

const evaluation = (step: number, induction: number[][]): Evaluation => ({ step, heldOutLoss: 1, copyLoss: 1, induction, attention: [], tokens: [] });

describe('inductionSteps', () => {
  it('gives the first step at which each later-layer head reaches 0.4, never a first-layer head', () => {
    let h = emptyHistory();
    h = addEvaluation(
      h,
      evaluation(100, [
        [0.1, 0.2],
        [0.1, 0.1],
      ]),
    );
    h = addEvaluation(
      h,
      evaluation(200, [
        [0.5, 0.2],
        [0.39, 0.1],
      ]),
    );
    h = addEvaluation(
      h,
      evaluation(300, [
        [0.6, 0.45],
        [0.4, 0.2],
      ]),
    );
    // layer 1 crossed at 200 and 300: position, not induction; layer 2 head 1 at 300
    expect(inductionSteps(h, 2)).toEqual([null, null, 300, null]);
  });

  it('is empty before any scored evaluation, and an evaluation of the same step is kept once', () => {
    expect(inductionSteps(emptyHistory(), 4)).toEqual([]);
    const once = addEvaluation(emptyHistory(), evaluation(100, [[0], [0.9]]));
    expect(addEvaluation(once, evaluation(100, [[0], [0.1]]))).toBe(once);
    expect(inductionSteps(once, 1)).toEqual([null, 100]);
  });
});

describe('addLosses', () => {
  it('keeps at most MAX_POINTS points, in step order, each a mean of at most `stride` steps ending at its step', () => {
    // the loss of step i is i, so a point averaging steps s−k+1 … s has loss s − (k−1)/2
    const h = addLosses(
      emptyHistory(),
      0,
      Array.from({ length: 3 * MAX_POINTS }, (_, i) => i),
    );
    expect(h.stride).toBeGreaterThan(1);
    expect(h.train.length).toBeLessThanOrEqual(MAX_POINTS);
    h.train.forEach((p, i) => {
      if (i > 0) expect(p.step).toBeGreaterThan(h.train[i - 1].step);
      expect(p.loss).toBeLessThanOrEqual(p.step);
      expect(p.loss).toBeGreaterThanOrEqual(p.step - (h.stride - 1) / 2);
    });
  });
});
