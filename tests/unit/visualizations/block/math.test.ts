/**
 * Parameter counts of the block explorer against hand-worked totals and the
 * published figures (within a few percent), and the residual-norm reading of a
 * forward trace on a hand-made example.
 */
import { describe, expect, it } from 'vitest';
import { parameterCount } from '@/lib/model/layout';
import type { ForwardTrace, LayerTrace } from '@/lib/model/types';
import { parameterBreakdown, partParameters, partShapes, publishedBlockPresets, relativeDifference, residualNorms, sizeProblems } from '@/visualizations/block/math';

const preset = (id: string) => publishedBlockPresets().find((p) => p.id === id)!;

describe('parameter counts of the presets', () => {
  it('GPT-2 small: 124,439,808, the 124M of the released checkpoint', () => {
    // Embeddings: 50,257 × 768 = 38,597,376 tokens + 1,024 × 768 = 786,432 positions.
    // One block: 12·768² + 13·768 = 7,077,888 + 9,984 = 7,087,872 (4d²+4d attention,
    // 2·d·4d + 4d + d feed-forward, 4d for two layer norms); × 12 = 85,054,464.
    // Final layer norm 2 × 768 = 1,536; output tied to the embedding.
    const p = preset('gpt-2-small');
    const b = parameterBreakdown(p.sizes, p.options);
    expect(b.embedding).toBe(38_597_376 + 786_432);
    expect(b.perBlock).toBe(7_087_872);
    expect(b.total).toBe(124_439_808);
    expect(Math.abs(relativeDifference(b.total, 124e6))).toBeLessThan(0.01);
    // The paper's 117M is 6.4% lower: OpenAI later called that figure an error.
    expect(relativeDifference(b.total, p.paper!)).toBeCloseTo(0.0636, 3);
  });
  it('BERT-base: 108,890,112, within 1.1% of the published 110M', () => {
    // 30,522 × 768 = 23,440,896; 512 × 768 = 393,216; 12 blocks as above 85,054,464; 1,536.
    // BERT also has 2 segment embeddings and a pooler (768² + 768) that this stack does not count.
    const p = preset('bert-base');
    const total = parameterBreakdown(p.sizes, p.options).total;
    expect(total).toBe(23_440_896 + 393_216 + 85_054_464 + 1_536);
    expect(Math.abs(relativeDifference(total, 110e6))).toBeLessThan(0.011);
  });
  it('GPT-3 175B: 174.6 billion, within 0.3% of 175B', () => {
    // 96 × (12 × 12,288² + 13 × 12,288) = 96 × 1,812,099,072 = 173,961,510,912;
    // 50,257 × 12,288 = 617,558,016; 2,048 × 12,288 = 25,165,824; final norm 24,576.
    const p = preset('gpt-3');
    const total = parameterBreakdown(p.sizes, p.options).total;
    expect(total).toBe(173_961_510_912 + 617_558_016 + 25_165_824 + 24_576);
    expect(Math.abs(relativeDifference(total, 175e9))).toBeLessThan(0.003);
  });
  it('the tiny model: the same count as lib/model’s own parameter layout', () => {
    const config = { vocabSize: 67, contextLength: 64, dModel: 64, nHeads: 4, nLayers: 2, dFF: 256, lnEps: 1e-5 };
    const sizes = { layers: 2, dModel: 64, heads: 4, dFF: 256, vocab: 67, context: 64 };
    expect(parameterBreakdown(sizes, { outputBias: true }).total).toBe(parameterCount(config));
  });
});

describe('parts', () => {
  const s = { layers: 2, dModel: 8, heads: 2, dFF: 32, vocab: 10, context: 16 };
  it('counts each part by its formula', () => {
    expect(partParameters('embed', s, { outputBias: false })).toBe(10 * 8 + 16 * 8);
    expect(partParameters('ln1', s, { outputBias: false })).toBe(16);
    expect(partParameters('attn', s, { outputBias: false })).toBe(4 * 64 + 32);
    expect(partParameters('add1', s, { outputBias: false })).toBe(0);
    expect(partParameters('ffn', s, { outputBias: false })).toBe(2 * 8 * 32 + 32 + 8);
    expect(partParameters('head', s, { outputBias: true })).toBe(16 + 10);
  });
  it('gives shapes for n tokens', () => {
    expect(partShapes('embed', s, 5)).toEqual({
      input: [['n', 5]],
      output: [
        ['n', 5],
        ['d_model', 8],
      ],
      inner: [],
    });
    expect(partShapes('attn', s, 5).inner[0].shape).toEqual([
      ['h', 2],
      ['n', 5],
      ['d_head', 4],
    ]);
    expect(partShapes('ffn', s, 5).inner[0].shape).toEqual([
      ['n', 5],
      ['d_ff', 32],
    ]);
    expect(partShapes('head', s, 5).output).toEqual([
      ['n', 5],
      ['V', 10],
    ]);
  });
  it('flags heads that do not divide d_model', () => {
    expect(sizeProblems({ ...s, heads: 3 })).toEqual(['headsDontDivide']);
    expect(sizeProblems(s)).toEqual([]);
  });
});

describe('residualNorms', () => {
  it('reads the embedding, then after attention and after the FFN of each layer', () => {
    const layer = (a: number[][], b: number[][], c: number[][]): LayerTrace => ({ residualIn: a, residualAfterAttention: b, residualOut: c, attention: [], q: [], k: [], v: [] });
    const trace: ForwardTrace = {
      tokens: ['a', 'b'],
      ids: [1, 2],
      logits: [],
      layers: [
        layer(
          [
            [3, 4],
            [0, 1],
          ],
          [
            [6, 8],
            [0, 2],
          ],
          [
            [0, 0],
            [1, 0],
          ],
        ),
        layer(
          [
            [0, 0],
            [1, 0],
          ],
          [
            [5, 12],
            [0, 3],
          ],
          [
            [8, 6],
            [2, 0],
          ],
        ),
      ],
    };
    const r = residualNorms(trace);
    expect(r.stages.map((s) => s.id)).toEqual(['embed', 'attn1', 'ffn1', 'attn2', 'ffn2']);
    // ‖(3,4)‖ = 5, ‖(6,8)‖ = 10, ‖(5,12)‖ = 13, ‖(8,6)‖ = 10.
    expect(r.norms).toEqual([
      [5, 1],
      [10, 2],
      [0, 1],
      [13, 3],
      [10, 2],
    ]);
    expect(r.max).toBe(13);
  });
});
