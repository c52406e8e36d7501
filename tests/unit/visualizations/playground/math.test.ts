/**
 * Tests for the next-token playground's maths. Reference distributions are
 * worked out by hand from the softmax formula p_i = e^{z_i/T} / Σ_j e^{z_j/T}
 * (derivations in the comments), the same numbers as the chapter's table for
 * the logits (2, 1, 0).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/model/rng';
import { sampleToken } from '@/lib/model/sampling';
import { clampTopK, createLogitsCache, cumulativeSegments, distributions, generateSteps, percent, rankOf, rankOrder, rulerRuns, topTokens, type Settings } from '@/visualizations/playground/math';

const close = (actual: number[], expected: number[], digits = 4) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], digits));
};

describe('temperature and top-k reshape the distribution', () => {
  const logits = [2, 1, 0];

  it('T = 1 keeps the model’s own softmax', () => {
    // e² = 7.3891, e¹ = 2.7183, e⁰ = 1; sum 11.1073 → 0.6652, 0.2447, 0.0900
    const { model, shaped } = distributions(logits, { temperature: 1, topK: 0 });
    close(model, [0.6652, 0.2447, 0.09]);
    close(shaped, [0.6652, 0.2447, 0.09]);
  });

  it('T = 0.5 sharpens: the logits double to (4, 2, 0)', () => {
    // e⁴ = 54.598, e² = 7.389, 1; sum 62.987 → 0.8668, 0.1173, 0.0159
    close(distributions(logits, { temperature: 0.5, topK: 0 }).shaped, [0.8668, 0.1173, 0.0159]);
  });

  it('T = 2 flattens: the logits halve to (1, 0.5, 0)', () => {
    // e¹ = 2.7183, e^0.5 = 1.6487, 1; sum 5.3670 → 0.5065, 0.3072, 0.1863
    close(distributions(logits, { temperature: 2, topK: 0 }).shaped, [0.5065, 0.3072, 0.1863]);
  });

  it('T = 0 puts everything on the top token', () => {
    expect(distributions(logits, { temperature: 0, topK: 0 }).shaped).toEqual([1, 0, 0]);
  });

  it('top-k = 2 drops the third token and renormalises the other two', () => {
    // e² / (e² + e¹) = 7.3891 / 10.1073 = 0.7311; e¹ / 10.1073 = 0.2689
    close(distributions(logits, { temperature: 1, topK: 2 }).shaped, [0.7311, 0.2689, 0]);
  });

  it('top-k and temperature combine: k = 2 at T = 0.5', () => {
    // (4, 2) → e⁴ / (e⁴ + e²) = 54.598 / 61.987 = 0.8808
    close(distributions(logits, { temperature: 0.5, topK: 2 }).shaped, [0.8808, 0.1192, 0]);
  });

  it('k at or above the vocabulary means every token', () => {
    expect(clampTopK(3, 3)).toBe(0);
    expect(clampTopK(7, 3)).toBe(0);
    expect(clampTopK(2, 3)).toBe(2);
  });
});

describe('ranking', () => {
  it('orders by logit, ties to the lower id', () => {
    const logits = [1, 3, 3, 0];
    expect(rankOrder(logits)).toEqual([1, 2, 0, 3]);
    expect([0, 1, 2, 3].map((id) => rankOf(logits, id))).toEqual([3, 1, 2, 4]);
  });

  it('lists the top tokens and appends the chosen one when it is further down', () => {
    const logits = [0, 5, 1, 4, 2];
    const { model, shaped } = distributions(logits, { temperature: 1, topK: 2 });
    const rows = topTokens(logits, model, shaped, 2, 0);
    expect(rows.map((r) => [r.id, r.rank])).toEqual([
      [1, 1],
      [3, 2],
      [0, 5],
    ]);
    expect(rows[2].prob).toBe(0);
    expect(rows[2].modelProb).toBeGreaterThan(0);
    expect(topTokens(logits, model, shaped, 2, 1)).toHaveLength(2);
  });
});

describe('generation', () => {
  const settings = (patch: Partial<Settings> = {}): Settings => ({ temperature: 1, topK: 0, mode: 'sample', seed: 7, ...patch });
  /** A fake model over 4 tokens that strongly prefers (last id + 1) mod 4. */
  const cycle = (ids: number[]) => [0, 1, 2, 3].map((id) => (id === (ids[ids.length - 1] + 1) % 4 ? 5 : 0));

  it('greedy follows the top logit every time', () => {
    const steps = generateSteps([0], settings({ mode: 'greedy' }), 6, 8, cycle);
    expect(steps.map((s) => s.id)).toEqual([1, 2, 3, 0, 1, 2]);
    expect(steps.every((s) => s.u === null)).toBe(true);
  });

  it('sampling uses one number per step from createRng(seed): u < ½ picks token 0 of two equal ones', () => {
    const flat = () => [0, 0];
    const steps = generateSteps([0], settings({ seed: 123 }), 8, 8, flat);
    const rng = createRng(123);
    const us = steps.map(() => rng());
    expect(steps.map((s) => s.u)).toEqual(us);
    expect(steps.map((s) => s.id)).toEqual(us.map((u) => (u < 0.5 ? 0 : 1)));
  });

  it('the same seed gives the same text, another seed another', () => {
    const flat = () => [0, 0, 0, 0];
    const a = generateSteps([0], settings({ seed: 1 }), 20, 8, flat).map((s) => s.id);
    expect(generateSteps([0], settings({ seed: 1 }), 20, 8, flat).map((s) => s.id)).toEqual(a);
    expect(generateSteps([0], settings({ seed: 2 }), 20, 8, flat).map((s) => s.id)).not.toEqual(a);
  });

  it('temperature 0 in sample mode is greedy', () => {
    const steps = generateSteps([2], settings({ temperature: 0 }), 4, 8, cycle);
    expect(steps.map((s) => s.id)).toEqual([3, 0, 1, 2]);
  });

  it('top-k = 1 always takes the top token, whatever the random number', () => {
    const steps = generateSteps([0], settings({ topK: 1, temperature: 2 }), 5, 8, (ids) => [0, 1, 2, 3].map((id) => (id === (ids[ids.length - 1] + 1) % 4 ? 0.1 : 0)));
    expect(steps.map((s) => s.id)).toEqual([1, 2, 3, 0, 1]);
  });

  it('the model reads at most contextLength tokens, the latest ones', () => {
    const seen: number[][] = [];
    generateSteps([0, 1, 2], settings({ mode: 'greedy' }), 3, 2, (ids) => {
      seen.push(ids);
      return cycle(ids);
    });
    expect(seen).toEqual([
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
  });

  it('an empty prompt gives nothing to continue', () => {
    expect(generateSteps([], settings(), 5, 8, cycle)).toEqual([]);
  });
});

describe('the logits cache', () => {
  it('computes each context once and forgets the least recently used', () => {
    const calls: string[] = [];
    const cached = createLogitsCache((ids) => {
      calls.push(ids.join());
      return [ids.length];
    }, 2);
    cached([1]);
    cached([1]);
    cached([1, 2]);
    cached([1]); // [1] is now the most recent
    cached([3]); // evicts [1, 2]
    cached([1]);
    cached([1, 2]);
    expect(calls).toEqual(['1', '1,2', '3', '1,2']);
  });
});

describe('the sampling ruler', () => {
  it('lays kept tokens end to end by id, skipping zeros', () => {
    const segs = cumulativeSegments([0.5, 0, 0.3, 0.2]);
    expect(segs.map((s) => s.id)).toEqual([0, 2, 3]);
    close(
      segs.flatMap((s) => [s.start, s.end]),
      [0, 0.5, 0.5, 0.8, 0.8, 1],
    );
  });

  it('the token drawn is the one whose stretch holds u', () => {
    const probs = [0.1, 0.25, 0, 0.4, 0.25];
    const segs = cumulativeSegments(probs);
    for (const u of [0, 0.05, 0.1, 0.2, 0.349, 0.35, 0.7, 0.75, 0.9, 0.9999]) {
      const drawn = sampleToken(probs, () => u);
      const seg = segs.find((s) => u >= s.start && u < s.end);
      expect(seg?.id).toBe(drawn);
    }
  });
});

describe('percent', () => {
  it('keeps two significant figures or so', () => {
    expect(percent(0.6652)).toBe('67%');
    expect(percent(0.0421)).toBe('4.2%');
    expect(percent(0.00346)).toBe('0.35%');
    expect(percent(0.00001)).toBe('<0.01%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });
});

describe('rulerRuns', () => {
  const seg = (id: number, start: number, end: number) => ({ id, start, end });

  it('keeps segments at least 1.5 px wide and merges each stretch of narrower ones into one run', () => {
    // at 100 px for 0…1: 0.5 (50 px), three of 0.005 (0.5 px each), 0.1 (10 px), two of 0.01 (1 px), 0.375
    const segments = [seg(7, 0, 0.5), seg(1, 0.5, 0.505), seg(2, 0.505, 0.51), seg(3, 0.51, 0.515), seg(9, 0.515, 0.615), seg(4, 0.615, 0.625), seg(5, 0.625, 0.635), seg(8, 0.635, 1)];
    expect(rulerRuns(segments, 100)).toEqual([
      { id: 7, start: 0, end: 0.5, index: 0 },
      { id: null, start: 0.5, end: 0.515, index: 1 },
      { id: 9, start: 0.515, end: 0.615, index: 4 },
      { id: null, start: 0.615, end: 0.635, index: 5 },
      { id: 8, start: 0.635, end: 1, index: 7 },
    ]);
  });

  it('covers 0…1 without gaps and draws a 2,048-token vocabulary with few elements', () => {
    const n = 2048;
    // one token holds half the mass, the rest share the other half
    const p = Array.from({ length: n }, (_, i) => (i === 100 ? 0.5 : 0.5 / (n - 1)));
    let at = 0;
    const segments = p.map((pi, id) => seg(id, at, (at += pi)));
    const runs = rulerRuns(segments, 600);
    expect(runs.length).toBeLessThanOrEqual(3);
    expect(runs[0].start).toBe(0);
    expect(runs.at(-1)!.end).toBeCloseTo(1, 12);
    runs.slice(1).forEach((r, i) => expect(r.start).toBe(runs[i].end));
    expect(runs.find((r) => r.id === 100)).toMatchObject({ start: segments[100].start, end: segments[100].end });
  });
});
