/** Tests for lib/model/sampling: temperature, top-k and seeded sampling, with hand-worked values. */
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/model/rng';
import { argmax, generate, nextTokenDistribution, sampleToken } from '@/lib/model/sampling';
import { randomModel } from './reference';

describe('nextTokenDistribution', () => {
  const logits = [Math.log(1), Math.log(2), Math.log(3), Math.log(4)];

  it('is the softmax of the logits at temperature 1', () => {
    // exp(ln k) = k → [1, 2, 3, 4] / 10
    nextTokenDistribution(logits).forEach((p, i) => expect(p).toBeCloseTo([0.1, 0.2, 0.3, 0.4][i], 14));
  });

  it('sharpens at temperature 0.5 and flattens at 2', () => {
    // T = 0.5: k² → [1, 4, 9, 16] / 30; T = 2: √k → [1, √2, √3, 2] / (3 + √2 + √3)
    nextTokenDistribution(logits, { temperature: 0.5 }).forEach((p, i) => expect(p).toBeCloseTo([1, 4, 9, 16][i] / 30, 14));
    const z = 3 + Math.SQRT2 + Math.sqrt(3);
    nextTokenDistribution(logits, { temperature: 2 }).forEach((p, i) => expect(p).toBeCloseTo([1, Math.SQRT2, Math.sqrt(3), 2][i] / z, 14));
  });

  it('is greedy at temperature 0', () => {
    expect(nextTokenDistribution(logits, { temperature: 0 })).toEqual([0, 0, 0, 1]);
  });

  it('keeps only the top k and renormalises', () => {
    // top 2 of [1,2,3,4] → [0, 0, 3/7, 4/7]
    const p = nextTokenDistribution(logits, { topK: 2 });
    expect(p[0]).toBe(0);
    expect(p[1]).toBe(0);
    expect(p[2]).toBeCloseTo(3 / 7, 14);
    expect(p[3]).toBeCloseTo(4 / 7, 14);
    expect(nextTokenDistribution(logits, { topK: 10 })).toEqual(nextTokenDistribution(logits));
  });

  it('rejects a negative temperature or a fractional top-k', () => {
    expect(() => nextTokenDistribution(logits, { temperature: -1 })).toThrow(RangeError);
    expect(() => nextTokenDistribution(logits, { topK: 1.5 })).toThrow(RangeError);
  });
});

describe('sampleToken and argmax', () => {
  it('draws by cumulative probability', () => {
    const probs = [0.1, 0.2, 0.3, 0.4];
    expect(sampleToken(probs, () => 0.05)).toBe(0);
    expect(sampleToken(probs, () => 0.25)).toBe(1);
    expect(sampleToken(probs, () => 0.59)).toBe(2);
    expect(sampleToken(probs, () => 0.999999)).toBe(3);
    expect(sampleToken([0, 1, 0], () => 0.99)).toBe(1);
  });

  it('matches the probabilities over many seeded draws', () => {
    const rng = createRng(7);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[sampleToken([0.2, 0.5, 0.3], rng)]++;
    [0.2, 0.5, 0.3].forEach((p, i) => expect(counts[i] / 20000).toBeCloseTo(p, 1));
  });

  it('argmax takes the first of ties', () => {
    expect(argmax([1, 3, 3, 2])).toBe(1);
  });
});

describe('generate', () => {
  it('is reproducible from a seed', () => {
    const model = randomModel();
    const a = generate(model, 'ab', { maxNewTokens: 12, temperature: 1, rng: createRng(3) });
    const b = generate(model, 'ab', { maxNewTokens: 12, temperature: 1, rng: createRng(3) });
    expect(a).toBe(b);
    expect(Array.from(a)).toHaveLength(12);
  });
});
