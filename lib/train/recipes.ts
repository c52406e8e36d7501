/**
 * The widget's tasks and model sizes as plain data, shared by the training
 * worker, the recipe search script and the tests.
 *
 * The copy task's default was found with scripts/train/copy-recipe.ts: the
 * smallest setting whose heads reach an induction score of 0.4 on held-out
 * sequences well within a minute of CPU.
 */
import type { ModelConfig } from '../model/types';
import type { CopyTaskOptions } from './tasks/copy';

export type ModelSize = 'xs' | 's' | 'm';
export const MODEL_SIZES: readonly ModelSize[] = ['xs', 's', 'm'];

/** Width, heads and feed-forward width per size; the copy task uses 2 layers. */
export const SIZE_SHAPES: Record<ModelSize, { dModel: number; nHeads: number; dFF: number }> = {
  xs: { dModel: 16, nHeads: 2, dFF: 16 },
  s: { dModel: 32, nHeads: 4, dFF: 32 },
  m: { dModel: 48, nHeads: 4, dFF: 96 },
};

export const COPY_TASK: CopyTaskOptions = { symbols: 26, context: 24, minSpan: 3, maxSpan: 8, maxPrefix: 8 };

export const COPY_TRAINING = { batch: 16, lr: 1e-2, warmup: 20 };

export function copyConfig(size: ModelSize, nLayers = 2, task = COPY_TASK): ModelConfig {
  return { vocabSize: task.symbols + 1, contextLength: task.context, nLayers, lnEps: 1e-5, ...SIZE_SHAPES[size] };
}
