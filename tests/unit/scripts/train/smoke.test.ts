/**
 * A short training run on a tiny model: the loss must fall, and two runs with
 * the same seed must give bit-identical weights. Also checks the schedule,
 * batching, unigram baseline and the weights file's layout.
 */
import { describe, expect, it } from 'vitest';
import { buildBpe } from '@/lib/model/bpe';
import { createRng } from '@/lib/model/rng';
import { AdamW } from '@/lib/train/adamw';
import { englishSentence } from '@/scripts/train/corpus/en';
import { generateSentences } from '@/scripts/train/corpus/grammar';
import { Batcher, curriculumMix, evalWindows, toIds, unigramLoss, type WindowMix } from '@/scripts/train/data';
import { quantise, tensorBits } from '@/scripts/train/export';
import { TrainableModel } from '@/lib/train/model';
import { batchSeed, completedStages, learningRate, stageCount, stageOffset, stageSpec, stageStarts, totalSteps } from '@/scripts/train/train';
import { SPECS } from '@/scripts/train/specs';

const text = generateSentences(englishSentence, { seed: 5, minChars: 20_000, separator: ' ' }).join(' ');
const vocab = [...new Set(text)].sort();
const ids = toIds(text, buildBpe(vocab, [], false));
const config = { vocabSize: vocab.length, contextLength: 16, dModel: 16, nHeads: 2, nLayers: 1, dFF: 32, lnEps: 1e-5 };

function run(steps: number): { losses: number[]; params: Float32Array } {
  const model = new TrainableModel(config);
  model.init(createRng(1));
  const opt = new AdamW(config);
  const batches = new Batcher(ids, config.contextLength, 2, 8);
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const { inputs, targets } = batches.next(8);
    model.zeroGrad();
    losses.push(model.forward(inputs, targets, 8, config.contextLength));
    model.backward();
    opt.step(model.params, model.grads, learningRate(s, { steps, peakLr: 1e-2, warmupSteps: 5 }));
  }
  return { losses, params: model.params as Float32Array };
}

describe('training smoke run', () => {
  it('lowers the loss within 60 steps and is deterministic', () => {
    const a = run(60);
    const b = run(60);
    const first = a.losses.slice(0, 5).reduce((s, x) => s + x, 0) / 5;
    const last = a.losses.slice(-5).reduce((s, x) => s + x, 0) / 5;
    expect(first).toBeGreaterThan(Math.log(vocab.length) - 0.2); // starts near uniform guessing
    expect(last).toBeLessThan(first * 0.8);
    expect(Buffer.from(a.params.buffer).equals(Buffer.from(b.params.buffer))).toBe(true);
  });
});

/** A schedule that mixes windows the same way at every step. */
const only =
  (repeatRate: number, scrambledRate: number, pool = Number.POSITIVE_INFINITY) =>
  (): WindowMix => ({ repeatRate, scrambledRate, pool, run: [16, 64] });

describe('training helpers', () => {
  it('warms the learning rate up linearly, then decays it by cosine to 10%', () => {
    const spec = { steps: 110, peakLr: 1, warmupSteps: 10 };
    expect(learningRate(0, spec)).toBeCloseTo(0.1, 12);
    expect(learningRate(9, spec)).toBeCloseTo(1, 12);
    expect(learningRate(10, spec)).toBeCloseTo(1, 12);
    expect(learningRate(60, spec)).toBeCloseTo(0.55, 12); // halfway: 0.1 + 0.45·(1 + cos π/2)
    expect(learningRate(110, spec)).toBeCloseTo(0.1, 12);
  });

  it('makes batches whose targets are the inputs shifted by one', () => {
    const seq = Int32Array.from({ length: 100 }, (_, i) => 1 + (i % 9));
    const { inputs, targets } = new Batcher(seq, 8, 3, 4, only(0, 0)).next(4);
    for (let b = 0; b < 4; b++) for (let t = 0; t < 7; t++) expect(targets[b * 8 + t]).toBe(inputs[b * 8 + t + 1]);
    // repeatRate 1: every window is repeated pairs [lead][span][gap][span]…, spans of 8–40 ids and
    // gaps of 0–32. On a text whose 8-id runs are all distinct, a run that occurs twice in a window
    // can only come from a repeat; a span of L ids gives L − 7 such runs, about a quarter of a
    // window's positions on average (mean span 24, mean pair 24 + 16 + 24 ids)
    const text = Int32Array.from({ length: 5000 }, (_, i) => (i * 7919) % 4093);
    const { inputs: repeated } = new Batcher(text, 128, 3, 32, only(1, 0)).next(32);
    let copied = 0;
    for (let b = 0; b < 32; b++) {
      const w = [...repeated.subarray(b * 128, b * 128 + 128)];
      const runs = w.slice(0, 121).map((_, i) => w.slice(i, i + 8).join(','));
      const inWindow = runs.filter((run, i) => runs.indexOf(run) !== i).length;
      expect(inWindow).toBeGreaterThan(0);
      copied += inWindow;
    }
    expect(copied / (32 * 128)).toBeGreaterThan(0.15);
    // scrambledRate 1: a run of 16–64 ids of the text repeats with its own period to the end
    const { inputs: runs } = new Batcher(text, 128, 5, 8, only(0, 1)).next(8);
    const inText = new Set(text);
    for (let b = 0; b < 8; b++) {
      const w = [...runs.subarray(b * 128, b * 128 + 128)];
      const period = Array.from({ length: 49 }, (_, i) => 16 + i).find((p) => w.every((id, i) => i < p || id === w[i - p]));
      expect(period).toBeDefined();
      expect(w.every((id) => inText.has(id))).toBe(true);
    }
    const ev = evalWindows(seq, 8, 100);
    expect(ev.B).toBe(12); // floor(99 / 8)
  });

  it('draws random runs from the most frequent ids, as many as the schedule allows at each step', () => {
    // id k occurs k + 1 times, so the three most frequent ids are 9, 8 and 7
    const text = Int32Array.from(Array.from({ length: 10 }, (_, k) => Array<number>(k + 1).fill(k)).flat());
    const seen = (pool: number) => new Set(new Batcher(text, 32, 7, 16, only(0, 1, pool)).next(16).inputs);
    expect([...seen(3)].sort()).toEqual([7, 8, 9]);
    expect(seen(100).size).toBe(10);
    // the shipped schedule: step counts windows by windowsPerStep
    const steps: number[] = [];
    const batcher = new Batcher(text, 8, 1, 4, (step) => (steps.push(step), only(0, 0)()));
    batcher.next(4);
    batcher.next(4);
    expect(steps).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect([0, 1499, 1500, 1749, 1750, 2500].map((s) => curriculumMix(s).pool)).toEqual([64, 64, 128, 128, 256, 2048]);
    expect(curriculumMix(1499).scrambledRate).toBeGreaterThan(curriculumMix(1500).scrambledRate);
  });

  it('cuts structure windows from the structure stream and draws frequency runs in proportion to counts', () => {
    const text = Int32Array.from({ length: 2000 }, (_, i) => i % 50);
    const structures = Int32Array.from({ length: 3000 }, (_, i) => 100 + (i % 37));
    const all: WindowMix = { repeatRate: 0, scrambledRate: 0, pool: 10, run: [4, 4], structureRate: 1 };
    const { inputs } = new Batcher(text, 16, 1, 4, () => all, structures).next(4);
    // every window is a consecutive stretch of the structure stream (ids 100…136 in order)
    for (let i = 0; i < inputs.length; i++) {
      expect(inputs[i]).toBeGreaterThanOrEqual(100);
      if (i % 16 !== 0) expect(inputs[i]).toBe(100 + ((inputs[i - 1] - 100 + 1) % 37));
    }
    expect(() => new Batcher(text, 16, 1, 4, () => all).next(1)).toThrow('give the Batcher the structure sentences');
    // id 0 occurs 900 times, id 1 100 times: by frequency, runs hold about 90% zeros; uniformly, about half
    const skewed = Int32Array.from({ length: 1000 }, (_, i) => (i < 900 ? 0 : 1));
    const share = (runsByFrequency: number) => {
      const mix: WindowMix = { repeatRate: 0, scrambledRate: 1, pool: 2, run: [32, 32], runsByFrequency };
      const w = new Batcher(skewed, 32, 9, 64, () => mix).next(64).inputs;
      return w.filter((id) => id === 0).length / w.length;
    };
    expect(share(1)).toBeGreaterThan(0.85);
    expect(share(1)).toBeLessThan(0.95);
    expect(share(0)).toBeGreaterThan(0.4);
    expect(share(0)).toBeLessThan(0.6);
  });

  it('runs each later stage with its own steps, schedule and mix, counted on from the stages before it', () => {
    const later = (steps: number, peakLr: number) => ({ steps, peakLr, warmupSteps: 3, mix: 'structures' as const, structureChars: 10 });
    const spec = { ...SPECS.en, steps: 100, then: [later(30, 0.5), later(7, 0.25)] };
    expect(stageCount(spec)).toBe(3);
    expect(stageSpec(spec, 1)).toBe(spec);
    const second = stageSpec(spec, 2);
    expect([second.steps, second.peakLr, second.warmupSteps, second.mix, second.then]).toEqual([30, 0.5, 3, 'structures', undefined]);
    expect([stageSpec(spec, 3).steps, stageSpec(spec, 3).peakLr]).toEqual([7, 0.25]);
    expect(() => stageSpec(spec, 4)).toThrow('no stage 4');
    expect(stageStarts(spec)).toEqual([100, 130]);
    expect([1, 2, 3].map((stage) => stageOffset(spec, stage))).toEqual([0, 100, 130]);
    expect(totalSteps(spec)).toBe(137);
    expect(totalSteps({ ...spec, then: undefined })).toBe(100);
    expect(stageStarts({ ...spec, then: undefined })).toEqual([]);
    // the first stage draws with seed + 1, every later one with seed + 2 (the shipped Chinese model's stages did)
    expect([1, 2, 3].map((stage) => batchSeed(spec, stage) - spec.seed)).toEqual([1, 2, 2]);
    // resuming: a model that ended one of the stages before the last goes on with the next
    expect(completedStages(spec, 100)).toBe(1);
    expect(completedStages(spec, 130)).toBe(2);
    expect(() => completedStages(spec, 137)).toThrow('all 3 stages');
    expect(() => completedStages(spec, 120)).toThrow('ends none');
  });

  it('computes the add-one unigram loss by hand', () => {
    // counts [1, 3] → total 4 + 2 = 6; p(0) = 2/6, p(1) = 4/6
    expect(unigramLoss([0, 1], [1, 3])).toBeCloseTo(-(Math.log(2 / 6) + Math.log(4 / 6)) / 2, 14);
  });

  it('writes bfloat16 row scales first, then each tensor packed in its bits', () => {
    const tiny = { vocabSize: 2, contextLength: 3, dModel: 2, nHeads: 1, nLayers: 0, dFF: 2, lnEps: 1e-5 };
    // layout: tok_emb 2×2, pos_emb 3×2, lnf_g, lnf_b, out_b: no block, so every tensor keeps 8 bits
    const flat = Float32Array.from([1.27, 0, 0, 0, 0, 0, 127, -15.4, 0, 0, 1, 1, 0, 0, 0.5, 0]);
    const { bytes, tensors } = quantise(tiny, flat);
    expect(tensors.map((t) => t.bits)).toEqual([8, 8, 8, 8, 8]);
    // 8 rows → 16 bytes of scales, then the values a byte each: 4 + 6 + 2 + 2 + 2
    expect(tensors.map((t) => t.scalesOffset)).toEqual([0, 4, 10, 12, 14]);
    expect(tensors.map((t) => t.offset)).toEqual([16, 20, 26, 28, 30]);
    expect(bytes.byteLength).toBe(32);
    const view = new DataView(bytes.buffer);
    // pos_emb row 1: max 127 over 127 steps: scale 1 (bfloat16 0x3F80), stored as step + 127; rows 0 and 2 are zero: scale 0
    expect([0, 1, 2].map((r) => view.getUint16(tensors[1].scalesOffset + r * 2, true))).toEqual([0, 0x3f80, 0]);
    expect([...bytes.subarray(22, 24)]).toEqual([127 + 127, 127 - 15]);
    // tok_emb row 0 (1.27, 0): scale 1.27/127 = 0.01, bfloat16 0x3C24 = 0.010009765625, 1.27 of it → step 127
    expect(view.getUint16(tensors[0].scalesOffset, true)).toBe(0x3c24);
    expect([...bytes.subarray(16, 18)]).toEqual([127 + 127, 127]);
  });

  it('packs the weight matrices of the blocks in 6 bits, embeddings and vectors in 8', () => {
    const bits = (name: string, rows: number) => tensorBits({ name, rows, cols: 4, decay: true });
    expect([bits('h0.attn_qkv_w', 12), bits('h3.mlp_proj_w', 4), bits('tok_emb', 9), bits('pos_emb', 8), bits('h0.attn_qkv_b', 1), bits('out_b', 1)]).toEqual([6, 6, 8, 8, 8, 8]);
  });
});
