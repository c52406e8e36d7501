/**
 * The widget's tasks and model sizes as plain data, shared by the training
 * worker, the recipe search script and the tests.
 *
 * scripts/train/copy-recipe.ts trains copy-task candidates and reports the
 * step and CPU time at which a head past the first layer first reaches a
 * held-out induction score of 0.4. The widget's models use rotary positions:
 * with learned positions no setting tried formed an induction head within a
 * minute of CPU (their best scores, about 0.3, came from first-layer heads
 * spreading attention over the last few letters). With rotary positions and
 * three layers, a third-layer head crossed 0.4 at steps 1,175, 2,775 and 1,525
 * for seeds 1, 2 and 3 (29, 66 and 37 s of CPU in Node); with two layers the
 * best second-layer head reached about 0.3 in 70 s and stayed there.
 */
import type { ModelConfig } from '../model/types';
import { copySource, type SessionOptions } from './session';
import { copyVocabulary, type CopyTaskOptions } from './tasks/copy';

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

/** Layers of a new model in the widget: induction needs at least two, and three form it within a minute (see above). */
export const DEFAULT_LAYERS = 3;

export function copyConfig(size: ModelSize, nLayers = DEFAULT_LAYERS, task = COPY_TASK): ModelConfig {
  return { vocabSize: task.symbols + 1, contextLength: task.context, nLayers, lnEps: 1e-5, positions: 'rotary', ...SIZE_SHAPES[size] };
}

/** Everything a copy-task run needs: the training worker and the tests build their session from this one place. */
export function copySessionOptions(size: ModelSize, nLayers: number, seed: number): SessionOptions {
  return {
    meta: { locale: 'copy', config: copyConfig(size, nLayers), vocab: copyVocabulary(COPY_TASK.symbols) },
    data: copySource(COPY_TASK, seed),
    seed,
    ...COPY_TRAINING,
  };
}
