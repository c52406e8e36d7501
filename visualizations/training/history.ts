/**
 * What the page keeps of a run, as plain data: the loss per step (thinned to
 * a bounded number of points so drawing stays cheap however long it runs),
 * the held-out evaluations, and the induction scores over steps.
 */
import type { Evaluation } from '@/lib/train/session';
import { firstCrossing } from '@/lib/train/induction';

export interface LossPoint {
  step: number;
  loss: number;
}

export interface EvalPoint {
  step: number;
  heldOut: number;
  copy?: number;
  /** Induction score per head, flattened layer by layer. */
  induction?: number[];
}

/** Most training-loss points kept; beyond it every other point is dropped and each new point averages twice as many steps. */
export const MAX_POINTS = 400;

export interface History {
  train: LossPoint[];
  evals: EvalPoint[];
  /** Steps averaged into each training-loss point. */
  stride: number;
  /** Loss values waiting to complete the next point. */
  pending: number[];
}

export const emptyHistory = (): History => ({ train: [], evals: [], stride: 1, pending: [] });

/** Adds the losses of steps firstStep, firstStep+1, …; returns a new history. */
export function addLosses(h: History, firstStep: number, losses: readonly number[]): History {
  let { train, stride } = h;
  const pending = [...h.pending];
  train = [...train];
  losses.forEach((loss, k) => {
    pending.push(loss);
    if (pending.length < stride) return;
    const mean = pending.reduce((s, v) => s + v, 0) / pending.length;
    train.push({ step: firstStep + k, loss: mean });
    pending.length = 0;
    if (train.length > MAX_POINTS) {
      train = train.filter((_, i) => i % 2 === 1);
      stride *= 2;
    }
  });
  return { ...h, train, stride, pending };
}

export function addEvaluation(h: History, e: Evaluation): History {
  if (h.evals.length && h.evals[h.evals.length - 1].step === e.step) return h;
  const point: EvalPoint = { step: e.step, heldOut: e.heldOutLoss, copy: e.copyLoss, induction: e.induction?.flat() };
  return { ...h, evals: [...h.evals, point] };
}

/**
 * For each head (flattened, `headsPerLayer` to a layer), the first evaluated step with a
 * score ≥ 0.4, or null. Heads of the first layer are always null: they see only each
 * token and its position, not what followed an earlier token, so on the copy task's
 * fixed-length spans their score can rise by looking a fixed distance back, which is
 * position, not induction.
 */
export function inductionSteps(h: History, headsPerLayer: number): (number | null)[] {
  const withScores = h.evals.filter((e) => e.induction);
  if (!withScores.length) return [];
  const steps = withScores.map((e) => e.step);
  return withScores[0].induction!.map((_, head) =>
    head < headsPerLayer
      ? null
      : firstCrossing(
          steps,
          withScores.map((e) => e.induction![head]),
        ),
  );
}
