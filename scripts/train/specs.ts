/**
 * The training recipe of the two shipped models.
 *
 * Why this file exists: one place that says exactly how public/models/ was
 * made (architecture, steps, batch, learning rate, seeds, prompts), read by
 * the trainer and reported in data/README.md.
 */
import type { Locale } from './data';
import type { TrainSpec } from './train';

const architecture = { contextLength: 64, dModel: 64, nHeads: 4, nLayers: 2, dFF: 256, lnEps: 1e-5 };

export const SPECS: Record<Locale, TrainSpec> = {
  en: {
    locale: 'en',
    config: architecture,
    steps: 1200,
    batchSize: 8,
    peakLr: 3e-3,
    warmupSteps: 100,
    seed: 1234,
    evalEvery: 50,
    sampleSteps: [0, 100, 500, 1000],
    prompts: ['The cat ', 'She gave him '],
  },
  zh: {
    locale: 'zh',
    config: architecture,
    steps: 1200,
    batchSize: 8,
    peakLr: 3e-3,
    warmupSteps: 100,
    seed: 5678,
    evalEvery: 50,
    sampleSteps: [0, 100, 500, 1000],
    prompts: ['小猫', '老师把书'],
  },
};
