/**
 * The generation widget's arithmetic against numbers worked out by hand: cache
 * bytes of published 7B shapes, the multiply-adds of a small made-up model with
 * and without the cache, the cache's growth, and the seeded draws.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/model/rng';
import type { ModelConfig } from '@/lib/model/types';
import { cachedTokens, continuation, formatBytes, kvCacheBytes, promptBudget, REFERENCE_MODELS, runCost, stepCost, stepInput, tinyKvShape } from '@/visualizations/generation/math';

/** d = 4, d_ff = 16, 2 layers, 10 tokens: small enough to count by hand. */
const SMALL: ModelConfig = { vocabSize: 10, contextLength: 16, dModel: 4, nHeads: 2, nLayers: 2, dFF: 16, lnEps: 1e-5 };

describe('key-value cache memory', () => {
  const [llama, mistral] = REFERENCE_MODELS;

  it('is half a mebibyte per token for Llama 2 7B in fp16, 2 GiB at 4,096 tokens', () => {
    // 2 × 32 layers × 32 heads × 128 × 2 bytes = 2 × 32 × 32 × 256 = 524,288
    expect(kvCacheBytes(llama.shape, 1)).toBe(524_288);
    expect(kvCacheBytes(llama.shape, 4096)).toBe(2 * 1024 ** 3);
  });

  it('is a quarter of that for Mistral 7B, whose 32 query heads share 8 key-value heads', () => {
    expect(kvCacheBytes(mistral.shape, 1)).toBe(131_072);
    expect(mistral.heads / mistral.shape.kvHeads).toBe(4);
  });

  it('takes every head of the tiny model in fp32', () => {
    // 2 layers, 4 heads of 64 / 4 = 16: 2 × 2 × 4 × 16 × 4 bytes = 1,024 bytes per token
    const shape = tinyKvShape({ ...SMALL, nLayers: 2, nHeads: 4, dModel: 64 });
    expect(shape).toEqual({ layers: 2, kvHeads: 4, dHead: 16, bytesPerValue: 4 });
    expect(kvCacheBytes(shape, 10)).toBe(10_240);
  });

  it('is written in powers of 1024', () => {
    expect(formatBytes(524_288)).toBe('512 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GiB');
    expect(formatBytes(900)).toBe('900 B');
  });
});

describe('multiply-adds of a step', () => {
  it('counts one token with the cache and every token without it', () => {
    // per token per block: 4d² + 2·d·d_ff = 64 + 128 = 192; output head d·V = 40
    // with the cache, 3 tokens: 2 × (192 + 2·3·4) + 40 = 2 × 216 + 40 = 472
    // without: 2 × (3 × 192 + 3·4·4) + 40 = 2 × (576 + 48) + 40 = 1,288
    expect(stepCost(SMALL, 3)).toEqual({ withCache: 472, withoutCache: 1288, saved: 816 });
  });

  it('saves nothing on the first token, which has no earlier token to reuse', () => {
    // 2 × (192 + 8) + 40 = 440 both ways
    expect(stepCost(SMALL, 1)).toEqual({ withCache: 440, withoutCache: 440, saved: 0 });
  });

  it('adds up over a run', () => {
    // prompt of 2: steps at 2 tokens (2 × (192 + 16) + 40 = 456; 2 × (384 + 24) + 40 = 856) and at 3 tokens
    expect(runCost(SMALL, 2, 2)).toEqual({ withCache: 456 + 472, withoutCache: 856 + 1288, saved: 400 + 816 });
    expect(runCost(SMALL, 2, 0)).toEqual({ withCache: 0, withoutCache: 0, saved: 0 });
  });
});

describe('the cache and the steps', () => {
  it('holds the prompt but its last token, then one more token per step', () => {
    expect(cachedTokens(5, 0)).toBe(4);
    expect(cachedTokens(5, 3)).toBe(7);
    expect(cachedTokens(0, 0)).toBe(0);
  });

  it('runs step s on the prompt and the s − 1 tokens drawn before', () => {
    expect(stepInput([1, 2], [7, 8, 9], 1)).toEqual([1, 2]);
    expect(stepInput([1, 2], [7, 8, 9], 3)).toEqual([1, 2, 7, 8]);
  });

  it('leaves room in the context for the new tokens', () => {
    expect(promptBudget(128, 32)).toBe(96);
    expect(promptBudget(16, 32)).toBe(1);
  });
});

describe('seeded continuation', () => {
  // logits 0 and ln 3 give probabilities 1/4 and 3/4: token 0 exactly when u < 1/4
  const logitsFor = () => [0, Math.log(3)];
  const take = (seed: number, temperature: number, n: number) => {
    const it = continuation([1], { temperature, topK: 0, seed }, logitsFor);
    return Array.from({ length: n }, () => it.next().value as { id: number; u: number });
  };

  it('draws with the seed’s numbers in order, one per step', () => {
    const rng = createRng(7);
    for (const draw of take(7, 1, 12)) {
      const u = rng();
      expect(draw.u).toBe(u);
      expect(draw.id).toBe(u < 0.25 ? 0 : 1);
    }
  });

  it('is greedy at temperature 0 and the same for the same seed', () => {
    expect(take(3, 0, 8).every((d) => d.id === 1)).toBe(true);
    expect(take(11, 1, 20)).toEqual(take(11, 1, 20));
  });

  it('passes the growing text to the model', () => {
    const seen: number[][] = [];
    const it = continuation([4, 5], { temperature: 0, topK: 0, seed: 1 }, (ids) => (seen.push([...ids]), [0, 1, 0]));
    it.next();
    it.next();
    expect(seen).toEqual([
      [4, 5],
      [4, 5, 1],
    ]);
  });
});
