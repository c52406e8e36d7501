/**
 * What a forward pass costs, counted in multiply-adds from the model's shape, and which
 * passes the page runs itself rather than in the model worker.
 *
 * The worker keeps the page free, but a round trip to it costs a frame: the page paints
 * the keystroke while the worker computes, and the answer waits for the frame after
 * that. A pass of a few milliseconds is better done in the keystroke's own task, so the
 * keystroke and its picture reach the screen in the same frame. How many multiply-adds
 * fit in IN_PLACE_MS depends on the device and on the kernel (WebAssembly SIMD or
 * JavaScript), so the page measures its own passes (PassSpeed) and decides from that: on
 * this 2-core machine a new sentence of 64 tokens fits with SIMD, of 32 without; a typed
 * character, a row or two, always fits; a long pasted paragraph goes to the worker.
 */
import type { ModelConfig } from './types';

/** How long the page may spend on a pass in the keystroke's task (the rest of a 16 ms frame draws it). */
export const IN_PLACE_MS = 4;

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

/**
 * The page's speed at forward passes, in multiply-adds per millisecond, from the passes
 * run on the page and in the model worker (the same kernels on the same machine): the
 * median of the last RECENT passes long enough to time (a million multiply-adds or more:
 * the browser's clock may count in tenths of a millisecond), so that one pass slowed by
 * garbage collection or by compiling the code does not send every later pass to the
 * worker. Until three such passes are timed, the assumption of a slow device (a phone
 * without WebAssembly SIMD) counts as one of them.
 */
export class PassSpeed {
  static readonly ASSUMED = 1_000_000;
  static readonly TIMED_FROM = 1_000_000;
  static readonly RECENT = 7;
  private readonly rates: number[] = [];

  /** Multiply-adds per millisecond as measured so far. */
  get perMs(): number {
    // until three passes are timed, the assumption counts as one of them
    const sorted = (this.rates.length < 3 ? [PassSpeed.ASSUMED, ...this.rates] : [...this.rates]).sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** A pass of `multiplyAdds` took `ms`. */
  record(multiplyAdds: number, ms: number): void {
    if (multiplyAdds < PassSpeed.TIMED_FROM || !(ms > 0)) return;
    this.rates.push(multiplyAdds / ms);
    if (this.rates.length > PassSpeed.RECENT) this.rates.shift();
  }

  /** Whether a pass of `multiplyAdds` should take at most IN_PLACE_MS here. */
  fits(multiplyAdds: number): boolean {
    return multiplyAdds <= IN_PLACE_MS * this.perMs;
  }
}
