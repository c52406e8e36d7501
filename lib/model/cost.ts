/**
 * What a forward pass costs, counted in multiply-adds from the model's shape, and the
 * largest pass the page runs itself rather than in the model worker.
 *
 * The worker keeps the page free, but a round trip to it costs a frame: the page paints
 * the keystroke while the worker computes, and the answer waits for the frame after
 * that. A pass of a few milliseconds is better done in the keystroke's own task, so the
 * keystroke and its picture reach the screen in the same frame. IN_PLACE_BUDGET is that
 * few milliseconds at the speed measured here: the tiny model's attention pass runs at
 * about 1.3–1.5 multiply-adds per nanosecond in V8 on this 2-core machine (2.6 ms for a
 * new 32-token sentence, 6.2 ms for 64; `npm run bench` measures it in Chromium), so
 * five million multiply-adds take about 3.5 ms. A typed character adds one or two rows
 * and always fits; a pasted paragraph goes to the worker.
 */
import type { ModelConfig } from './types';

/** The most multiply-adds the page computes in place (about 3.5 ms, see above). */
export const IN_PLACE_BUDGET = 5_000_000;

/**
 * Multiply-adds of a pass over `n` tokens that computes rows first…n−1 (the rows before
 * come from the last run, lib/model/pass.ts): every block's projections and MLP for each
 * new row, each new row's attention scores and weighted sum over the rows up to it, and,
 * for a whole trace, the output layer at every row. An attention-only pass leaves out the
 * last block's MLP and the output layer.
 */
export function passMultiplyAdds(config: ModelConfig, first: number, n: number, attentionOnly: boolean): number {
  const { dModel: d, dFF, nLayers, vocabSize: V } = config;
  const rows = Math.max(0, n - first);
  if (rows === 0) return 0;
  const projections = 4 * d * d;
  const mlp = 2 * d * dFF;
  // Σ over new rows i of (i + 1) keys, times d for the scores and d for the weighted sum
  const attended = 2 * d * ((n * (n + 1)) / 2 - (first * (first + 1)) / 2);
  const blocks = nLayers * (rows * projections + attended) + (nLayers - (attentionOnly ? 1 : 0)) * rows * mlp;
  return blocks + (attentionOnly ? 0 : n * d * V);
}
