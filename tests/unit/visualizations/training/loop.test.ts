/**
 * The training worker's loop (what the widget runs) against the trainer and its
 * gradient check: the session the worker builds computes, on a fixed batch, the
 * same loss and gradients as the float64 trainer that the finite-difference
 * check validates, and the losses the loop reports are those of the trainer
 * stepping on its own with the same seed.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/model/rng';
import { TrainableModel } from '@/lib/train/model';
import { COPY_TASK } from '@/lib/train/recipes';
import { TrainerLoop } from '@/visualizations/training/loop';
import type { FromWorker } from '@/visualizations/training/protocol';
import { createSession, type TrainSetup } from '@/visualizations/training/setup';

// Two tests train for dozens of steps: about a second of CPU, minutes on a machine shared with other work.
const setup: TrainSetup = { task: 'copy', size: 'xs', layers: 2, seed: 9, stepsTarget: 24 };

describe('the worker and the trainer agree', () => {
  it('the worker session has the float64 trainer’s loss and gradients on a fixed batch, which match finite differences', () => {
    const session = createSession(setup);
    const { config } = session.options.meta;
    const T = COPY_TASK.context;
    const B = 2;
    const inputs = new Int32Array(B * T);
    const targets = new Int32Array(B * T);
    session.options.data.nextBatch(createRng(77), B, inputs, targets);

    const m32 = session.model;
    m32.zeroGrad();
    const loss32 = m32.forward(inputs, targets, B, T);
    m32.backward();

    const m64 = new TrainableModel(config, Float64Array);
    m64.params.set(m32.params);
    m64.zeroGrad();
    const loss64 = m64.forward(inputs, targets, B, T);
    m64.backward();
    expect(loss32).toBeCloseTo(loss64, 5);
    let worst = 0;
    for (let i = 0; i < m64.grads.length; i++) worst = Math.max(worst, Math.abs(m32.grads[i] - m64.grads[i]));
    const scale = Math.max(...Array.from(m64.grads, Math.abs));
    expect(worst / scale).toBeLessThan(1e-4);

    // the gradient check, on 60 coordinates spread over every tensor
    const params = m64.params as Float64Array;
    const analytic = Float64Array.from(m64.grads);
    const h = 1e-5;
    let rel = 0;
    for (let i = 0; i < params.length; i += Math.floor(params.length / 60)) {
      const old = params[i];
      params[i] = old + h;
      const up = m64.forward(inputs, targets, B, T, false);
      params[i] = old - h;
      const down = m64.forward(inputs, targets, B, T, false);
      params[i] = old;
      const numeric = (up - down) / (2 * h);
      rel = Math.max(rel, Math.abs(numeric - analytic[i]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic[i]))); // the floor of tests/unit/lib/train/gradcheck.test.ts
    }
    expect(rel).toBeLessThan(1e-5);
  });

  it('the loop reports the trainer’s own losses, evaluations with induction scores, and stops at the target', () => {
    const messages: FromWorker[] = [];
    const ticks: (() => void)[] = [];
    const loop = new TrainerLoop(
      (m) => messages.push(m),
      (tick) => ticks.push(tick),
    );
    loop.handle({ type: 'speed', stepsPerTick: 3 });
    loop.handle({ type: 'start', setup });
    while (ticks.length) ticks.shift()!();
    const losses = messages.flatMap((m) => (m.type === 'progress' ? m.losses : []));
    expect(losses).toHaveLength(24);

    const reference = createSession(setup);
    const expected = Array.from({ length: 24 }, () => reference.trainStep());
    expect(losses).toEqual(expected);

    const ready = messages.find((m) => m.type === 'ready');
    expect(ready && ready.type === 'ready' && ready.trainable).toBe(reference.trainable);
    const evals = messages.filter((m): m is Extract<FromWorker, { type: 'eval' }> => m.type === 'eval');
    expect(evals[0].evaluation.step).toBe(0);
    expect(evals.some((e) => e.evaluation.step === 20)).toBe(true);
    const last = evals[evals.length - 1].evaluation;
    expect(last.step).toBe(24);
    expect(last.induction).toHaveLength(2);
    expect(last.attention[0][0]).toHaveLength(COPY_TASK.context);
    expect(messages[messages.length - 1]).toEqual({ type: 'done', step: 24 });
  }, 120_000);

  it('pause stops the loop and resume continues to a new target', () => {
    const messages: FromWorker[] = [];
    const ticks: (() => void)[] = [];
    const loop = new TrainerLoop(
      (m) => messages.push(m),
      (tick) => ticks.push(tick),
    );
    loop.handle({ type: 'speed', stepsPerTick: 2 });
    loop.handle({ type: 'start', setup });
    ticks.shift()!();
    loop.handle({ type: 'pause' });
    while (ticks.length) ticks.shift()!();
    expect(messages.filter((m) => m.type === 'progress').at(-1)).toMatchObject({ step: 2 });
    expect(messages.at(-1)).toEqual({ type: 'paused', step: 2 });
    loop.handle({ type: 'resume', stepsTarget: 4 });
    while (ticks.length) ticks.shift()!();
    expect(messages.at(-1)).toEqual({ type: 'done', step: 4 });
  });

  it('text tasks write a sample before training, every 100 steps and at the end', () => {
    const messages: FromWorker[] = [];
    const ticks: (() => void)[] = [];
    const loop = new TrainerLoop(
      (m) => messages.push(m),
      (tick) => ticks.push(tick),
    );
    loop.handle({ type: 'speed', stepsPerTick: 20 });
    const text = 'the cat sat on the mat. '.repeat(40);
    loop.handle({ type: 'start', setup: { task: 'text', size: 'xs', layers: 1, seed: 2, stepsTarget: 110, text, locale: 'en' } });
    while (ticks.length) ticks.shift()!();
    const samples = messages.filter((m): m is Extract<FromWorker, { type: 'sample' }> => m.type === 'sample');
    expect(samples.map((m) => m.step)).toEqual([0, 100, 110]);
    for (const m of samples) expect(m.text.startsWith('The ')).toBe(true);
    expect(messages.at(-1)).toEqual({ type: 'done', step: 110 });
  }, 120_000);
});
