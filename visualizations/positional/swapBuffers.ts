/**
 * Two Float64Arrays taken in turn, for a view that computes a large array on every update
 * (a 256 × 256 matrix, a heatmap's intensities) without allocating one each time: the
 * array on screen is never handed out for writing, so a render that is abandoned, or one
 * that has not yet been committed, cannot change what the reader sees. `next(length)`
 * gives a view of exactly `length` values of the other buffer (grown when too small);
 * `show(values)` marks an array as the one on screen.
 */
export class SwapBuffers {
  private buffers = [new Float64Array(0), new Float64Array(0)];
  private shown: ArrayBufferLike | null = null;

  /** `length` values to write, never those marked on screen. */
  next(length: number): Float64Array<ArrayBuffer> {
    const k = this.buffers[0].buffer === this.shown ? 1 : 0;
    if (this.buffers[k].length < length) this.buffers[k] = new Float64Array(length);
    return this.buffers[k].subarray(0, length);
  }

  /** Marks `values` (from next()) as on screen: its buffer is not handed out until another is shown. */
  show(values: Float64Array): void {
    this.shown = values.buffer;
  }
}
