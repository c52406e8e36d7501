/**
 * The widget's shareable state: `task`, `size`, `seed` and `steps` (the step
 * count to train to). Everything else (layers, speed, the text, the LoRA
 * rank) is local to the reader's session.
 */
import { enumParam, intParam, type Schema, type StateOf } from '@/lib/widgets/urlState';
import { MODEL_SIZES, type ModelSize } from '@/lib/train/recipes';
import { TASKS, type TaskKind } from './setup';

export const MAX_STEPS = 20_000;

export const trainingSchema = {
  task: enumParam<TaskKind>('copy', TASKS),
  size: enumParam<ModelSize>('s', MODEL_SIZES),
  seed: intParam(1, 0, 999_999),
  steps: intParam(1500, 1, MAX_STEPS),
} satisfies Schema;

export type TrainingState = StateOf<typeof trainingSchema>;

/** Steps per update: fewer on small screens, where each update's drawing costs more. */
export function defaultSpeed(viewportWidth: number): number {
  return viewportWidth < 600 ? 2 : 5;
}

/** LoRA ranks offered when customising the site's model (0 = every weight). */
export const LORA_CHOICES = [0, 1, 2, 4, 8] as const;
