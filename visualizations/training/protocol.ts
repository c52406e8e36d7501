/**
 * The messages between the widget (main thread) and its training worker.
 * Everything heavy (forward, backward, optimiser, evaluation, sampling)
 * happens in the worker; the page only receives small summaries to draw.
 */
import type { ModelConfig } from '@/lib/model';
import type { Evaluation } from '@/lib/train/session';
import type { TrainSetup } from './setup';

export type ToWorker = { type: 'start'; setup: TrainSetup } | { type: 'pause' } | { type: 'resume'; stepsTarget?: number } | { type: 'speed'; stepsPerTick: number } | { type: 'weights' };

export type FromWorker =
  | { type: 'ready'; config: ModelConfig; vocab: string[]; parameters: number; trainable: number }
  | { type: 'progress'; step: number; losses: number[]; tokens: number; elapsedMs: number }
  | { type: 'eval'; evaluation: Evaluation }
  | { type: 'sample'; step: number; text: string }
  | { type: 'paused'; step: number }
  | { type: 'done'; step: number }
  | { type: 'weights'; params: Float32Array; config: ModelConfig; vocab: string[]; merges: number[]; byteFallback: boolean }
  | { type: 'error'; message: string };
