/**
 * LoRA: the parameter and memory arithmetic against the chapter's formula
 * (r·(d + k) per d × k matrix, 16 bytes of AdamW state per parameter here),
 * and the adapter's gradients against finite differences.
 */
import { describe, expect, it } from 'vitest';
import { parameterCount } from '@/lib/model/layout';
import { createRng, gaussian } from '@/lib/model/rng';
import type { ModelConfig } from '@/lib/model/types';
import { gradientBytes, LoraAdapter, loraParameterCount, loraTargets, optimizerStateBytes } from '@/lib/train/lora';
import { TrainableModel } from '@/lib/train/model';

const small: ModelConfig = { vocabSize: 7, contextLength: 6, dModel: 8, nHeads: 2, nLayers: 2, dFF: 12, lnEps: 1e-5 };

describe('LoRA arithmetic', () => {
  it('matches the chapter: rank 8 on one 4096 × 4096 matrix trains 65,536 parameters', () => {
    const big: ModelConfig = { vocabSize: 10, contextLength: 4, dModel: 4096, nHeads: 32, nLayers: 1, dFF: 4, lnEps: 1e-5 };
    expect(loraParameterCount(big, 8, ['h0.attn_out_w'])).toBe(65_536);
  });
  it('counts r·(3d + d) + r·(d + d) per layer for the attention projections', () => {
    // d = 8: qkv is 24 × 8 → r·32; out is 8 × 8 → r·16; two layers → 96·r
    expect(loraTargets(small)).toEqual(['h0.attn_qkv_w', 'h0.attn_out_w', 'h1.attn_qkv_w', 'h1.attn_out_w']);
    for (const r of [1, 2, 4]) expect(loraParameterCount(small, r)).toBe(96 * r);
    const adapter = new LoraAdapter(small, new Float32Array(parameterCount(small)), 4, createRng(1));
    expect(adapter.params.length).toBe(384);
  });
  it('AdamW keeps two float64 per trainable parameter; gradients one float32', () => {
    expect(optimizerStateBytes(1000)).toBe(16_000);
    expect(gradientBytes(1000)).toBe(4_000);
  });
});

describe('LoRA adapter', () => {
  it('leaves the model unchanged at the start (B = 0)', () => {
    const m = new TrainableModel(small);
    m.init(createRng(2));
    const before = Float32Array.from(m.params);
    const adapter = new LoraAdapter(small, m.params, 2, createRng(3));
    adapter.merge(m.params);
    expect(Array.from(m.params)).toEqual(Array.from(before));
  });

  it('has the gradients of finite differences through the merged weights', () => {
    const m = new TrainableModel(small, Float64Array);
    m.init(createRng(4));
    const rng = createRng(5);
    for (let i = 0; i < m.params.length; i++) m.params[i] += gaussian(rng) * 0.3;
    const adapter = new LoraAdapter(small, m.params, 2, createRng(6), 4);
    for (let i = 0; i < adapter.params.length; i++) adapter.params[i] = gaussian(rng) * 0.5; // B ≠ 0 so both factors get gradients
    const B = 2;
    const T = 5;
    const inputs = Int32Array.from({ length: B * T }, (_, i) => (i * 3 + 1) % 7);
    const targets = Int32Array.from({ length: B * T }, (_, i) => (i * 5 + 2) % 7);
    const loss = () => {
      adapter.merge(m.params);
      return m.forward(inputs, targets, B, T, false);
    };
    adapter.merge(m.params);
    m.zeroGrad();
    m.forward(inputs, targets, B, T);
    m.backward();
    adapter.backward(m.grads);
    const analytic = Float64Array.from(adapter.grads);
    let worst = 0;
    for (let i = 0; i < adapter.params.length; i += 3) {
      const old = adapter.params[i];
      adapter.params[i] = old + 1e-3;
      const hi = adapter.params[i];
      const up = loss();
      adapter.params[i] = old - 1e-3;
      const lo = adapter.params[i];
      const down = loss();
      adapter.params[i] = old;
      const numeric = (up - down) / (hi - lo);
      worst = Math.max(worst, Math.abs(numeric - analytic[i]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic[i])));
    }
    expect(worst).toBeLessThan(1e-4);
  });
});
