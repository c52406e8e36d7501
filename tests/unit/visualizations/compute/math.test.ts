/**
 * The calculator's arithmetic against values worked out by hand from the
 * formulas C = 6·N·D, T = C / (G·u·P), cost = G·T·price, and against the
 * challenges chapter's worked example.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS, acceleratorPeak, chartGeometry, durationParts, estimate, publishedPresets, tinyTrainingTokens, trainingFlops } from '@/visualizations/compute/math';

describe('trainingFlops', () => {
  it('GPT-3: 6 × 175e9 × 300e9 = 6 × 5.25e22 = 3.15e23 FLOP', () => {
    expect(trainingFlops(175e9, 300e9)).toBeCloseTo(3.15e23, -20);
  });
  it('the published presets come from lib/data with their token counts', () => {
    const presets = publishedPresets();
    expect(presets.map((p) => p.id)).toEqual(['gpt-3', 'mt-nlg', 'llama-65b']);
    // Megatron-Turing NLG: 6 × 530e9 × 270e9 = 6 × 1.431e23 = 8.586e23.
    expect(trainingFlops(presets[1].n, presets[1].d) / 8.586e23).toBeCloseTo(1, 10);
    // LLaMA 65B: 6 × 65e9 × 1.4e12 = 6 × 9.1e22 = 5.46e23.
    expect(trainingFlops(presets[2].n, presets[2].d) / 5.46e23).toBeCloseTo(1, 10);
  });
});

describe('estimate', () => {
  it('reproduces the chapter’s worked example (A100, 40%, 1,024 GPUs, 2 USD per GPU-hour)', () => {
    const s = SCENARIOS.find((x) => x.id === 'worked')!;
    const e = estimate({ n: 175e9, d: 300e9, peakFlops: acceleratorPeak(s.acceleratorId), utilisation: s.utilisation, gpus: s.gpus, pricePerHour: s.pricePerHour });
    // u·P = 0.4 × 312e12 = 1.248e14 FLOP/s; G·u·P = 1024 × 1.248e14 = 1.277952e17 FLOP/s.
    expect(e.sustainedPerGpu).toBeCloseTo(1.248e14, -8);
    expect(e.clusterFlops).toBeCloseTo(1.277952e17, -10);
    // T = 3.15e23 / 1.277952e17 = 2,464,881 s ≈ 684.7 h ≈ 28.5 days.
    expect(e.seconds).toBeCloseTo(2_464_881, -1);
    expect(e.seconds / 86400).toBeCloseTo(28.53, 2);
    // GPU-hours = 1024 × 684.69 h ≈ 701,122; cost ≈ 1.40 million USD.
    expect(e.gpuHours).toBeCloseTo(701_122, -1);
    expect(e.cost).toBeCloseTo(1_402_243, -1);
  });
  it('reproduces the chapter’s 2020-style row: 28 TFLOP/s sustained, 3,125,000 GPU-hours, 12.5 million USD at 4 USD', () => {
    const s = SCENARIOS.find((x) => x.id === 'estimate2020')!;
    const e = estimate({ n: 175e9, d: 300e9, peakFlops: acceleratorPeak(s.acceleratorId), utilisation: s.utilisation, gpus: s.gpus, pricePerHour: s.pricePerHour });
    // 0.224 × 125e12 = 28e12; 3.15e23 / 28e12 = 1.125e10 GPU-seconds = 3,125,000 GPU-hours.
    expect(e.sustainedPerGpu).toBeCloseTo(28e12, -6);
    expect(e.gpuHours).toBeCloseTo(3_125_000, 0);
    expect(e.cost).toBeCloseTo(12_500_000, -1);
  });
  it('GPU-hours do not depend on the number of GPUs; the wall-clock time does', () => {
    const base = { n: 1e9, d: 2e10, peakFlops: 1e14, utilisation: 0.5, pricePerHour: 1 };
    const a = estimate({ ...base, gpus: 8 });
    const b = estimate({ ...base, gpus: 64 });
    // 6 × 1e9 × 2e10 = 1.2e20 FLOP; one GPU sustains 5e13 FLOP/s: 2.4e6 GPU-seconds = 666.67 GPU-hours.
    expect(a.gpuHours).toBeCloseTo(666.667, 2);
    expect(b.gpuHours).toBeCloseTo(666.667, 2);
    expect(a.seconds / b.seconds).toBeCloseTo(8, 10);
  });
});

describe('tinyTrainingTokens', () => {
  it('2,000 steps × 16 sequences × 64 predicted characters = 2,048,000 tokens', () => {
    expect(tinyTrainingTokens(2000, 16, 64)).toBe(2_048_000);
  });
});

describe('durationParts', () => {
  it('picks a readable unit', () => {
    expect(durationParts(3.14e-6).unit).toBe('microseconds');
    expect(durationParts(3.14e-6).value).toBeCloseTo(3.14, 10);
    expect(durationParts(0.25)).toEqual({ value: 250, unit: 'milliseconds' });
    expect(durationParts(30)).toEqual({ value: 30, unit: 'seconds' });
    expect(durationParts(600)).toEqual({ value: 10, unit: 'minutes' });
    expect(durationParts(36_000)).toEqual({ value: 10, unit: 'hours' });
    expect(durationParts(2_464_881).unit).toBe('days');
    expect(durationParts(3 * 365.25 * 86400)).toEqual({ value: 3, unit: 'years' });
  });
});

describe('chartGeometry', () => {
  it('places 1e12 and 1e23 eleven decades apart on a log axis', () => {
    const g = chartGeometry(
      [
        { id: 'a', label: 'a', flops: 1e12 },
        { id: 'b', label: 'b', flops: 1e23 },
      ],
      1000,
      100,
    );
    // Domain 1e12 … 1e23 (floor/ceil of the extremes) mapped to 888 px: a bar of 1e12 is the minimum 2 px, 1e23 the full width.
    expect(g.bars[0].width).toBe(2);
    expect(g.bars[1].width).toBeCloseTo(888, 6);
    expect(g.ticks[0].exponent).toBe(12);
    expect(g.ticks.at(-1)!.x).toBeCloseTo(988, 6);
  });
});
