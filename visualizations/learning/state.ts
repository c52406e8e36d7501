/**
 * "Watch it learn"'s shareable state: `checkpoint` (the training step whose
 * samples are shown; checked against the log once it is loaded) and `x` (log
 * or linear step axis).
 *
 * The URL schema and the check that needs the log are
 * plain data and functions, tested without a browser.
 */
import { enumParam, intParam, type Schema, type StateOf } from '@/lib/widgets/urlState';
import { checkpointIndex, type Checkpoint, type XScaleKind } from './math';

export const learningSchema = {
  checkpoint: intParam(0, 0, 10_000_000),
  x: enumParam<XScaleKind>('log', ['log', 'linear']),
} satisfies Schema;

export type LearningState = StateOf<typeof learningSchema>;

/** A step that is not one of the log's checkpoints falls back to the first checkpoint, and is reported. */
export function checkAgainstLog(state: LearningState, list: readonly Checkpoint[]): { patch: Partial<LearningState>; rejected: string[] } {
  if (list.length === 0 || checkpointIndex(list, state.checkpoint) >= 0) return { patch: {}, rejected: [] };
  return { patch: { checkpoint: list[0].step }, rejected: ['checkpoint'] };
}
