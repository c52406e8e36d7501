/**
 * What a training run is made of, as plain data the page sends to the worker,
 * and the one function that turns it into a {@link TrainingSession}. The worker
 * and the unit tests both call {@link createSession}, so the tests check the
 * very steps the reader runs.
 */
import { parameterCount, type ModelConfig } from '@/lib/model';
import type { ModelMeta } from '@/lib/model/weights';
import { copySessionOptions, SIZE_SHAPES, type ModelSize } from '@/lib/train/recipes';
import { textSource, TrainingSession } from '@/lib/train/session';
import { characterVocabulary, encodeCharacters, splitText } from '@/lib/train/tasks/text';

export type TaskKind = 'copy' | 'text' | 'finetune';
export const TASKS: readonly TaskKind[] = ['copy', 'text', 'finetune'];

export type TrainSetup =
  | { task: 'copy'; size: ModelSize; layers: number; seed: number; stepsTarget: number }
  | { task: 'text'; size: ModelSize; layers: number; seed: number; stepsTarget: number; text: string; locale: string }
  | {
      task: 'finetune';
      seed: number;
      stepsTarget: number;
      /** The shipped model: its description and weights, and the text already turned into its token ids. */
      meta: ModelMeta;
      weights: Float32Array;
      ids: Int32Array;
      /** 0 trains every weight; r > 0 trains a rank-r LoRA adapter only. */
      loraRank: number;
    };

/** Context of the "your own text" model: enough for a few words. */
export const TEXT_CONTEXT = 32;
export const TEXT_TRAINING = { batch: 12, lr: 3e-3, warmup: 30 };
export const FINETUNE_TRAINING = { batch: 4, fullLr: 3e-4, loraLr: 3e-3, warmup: 10 };

export function textConfig(size: ModelSize, nLayers: number, vocabSize: number): ModelConfig {
  const shape = SIZE_SHAPES[size];
  return { vocabSize, contextLength: TEXT_CONTEXT, nLayers, lnEps: 1e-5, positions: 'rotary', ...shape, dFF: 4 * shape.dModel };
}

export function createSession(setup: TrainSetup): TrainingSession {
  if (setup.task === 'copy') {
    return new TrainingSession(copySessionOptions(setup.size, setup.layers, setup.seed));
  }
  if (setup.task === 'text') {
    const vocab = characterVocabulary(setup.text);
    const split = splitText(encodeCharacters(setup.text, vocab), TEXT_CONTEXT);
    return new TrainingSession({
      meta: { locale: setup.locale, config: textConfig(setup.size, setup.layers, vocab.length), vocab },
      data: textSource(split.train, split.heldOut, TEXT_CONTEXT),
      seed: setup.seed,
      ...TEXT_TRAINING,
    });
  }
  const context = Math.min(setup.meta.config.contextLength, 64);
  const split = splitText(setup.ids, context);
  if (parameterCount(setup.meta.config) !== setup.weights.length) throw new Error('the weights do not match the model');
  return new TrainingSession({
    meta: setup.meta,
    data: textSource(split.train, split.heldOut, context, 4),
    seed: setup.seed,
    batch: FINETUNE_TRAINING.batch,
    warmup: FINETUNE_TRAINING.warmup,
    lr: setup.loraRank > 0 ? FINETUNE_TRAINING.loraLr : FINETUNE_TRAINING.fullLr,
    init: setup.weights,
    loraRank: setup.loraRank > 0 ? setup.loraRank : undefined,
  });
}
