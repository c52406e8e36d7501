/**
 * One Gram matrix Y = A·Aᵀ computed by two threads (the page and a worker): where to
 * cut its rows so both do about the same number of multiply-adds, and the worker's rows
 * packed for the trip back (only the entries on and right of the diagonal: the page
 * writes their mirror images itself).
 *
 * Row i of the upper triangle has N − i entries, so the rows s … N−1 hold (N − s)²/2 of
 * the N²/2 multiply-add blocks: the thread that takes them does a share f of the work at
 * s = N·(1 − √f), and needs only the table's rows from s on.
 */

/**
 * The first row of the share `fraction` (0 … 1) of A·Aᵀ's work taken from the bottom
 * end, rounded to a multiple of 4 (gramRowsInto's strips), within 0 … N.
 */
export function gramSplitRow(N: number, fraction: number): number {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`the share of the work must be between 0 and 1, got ${fraction}`);
  const exact = N * (1 - Math.sqrt(fraction));
  return Math.min(N, Math.max(0, 4 * Math.round(exact / 4)));
}

/** Entries on and right of the diagonal in rows from … to−1 of an N × N matrix. */
export function upperCount(N: number, from: number, to: number): number {
  // Σ_{i=from}^{to−1} (N − i)
  return ((to - from) * (2 * N - from - to + 1)) / 2;
}

/** Rows from … to−1 of y ([N][N]), entries Y[i][i … N−1] only, one row after another. */
export function packUpperRows(y: ArrayLike<number>, N: number, from: number, to: number): Float64Array {
  const packed = new Float64Array(upperCount(N, from, to));
  let k = 0;
  for (let i = from; i < to; i++) for (let j = i; j < N; j++) packed[k++] = y[i * N + j];
  return packed;
}

/** Writes rows packed by {@link packUpperRows} into a symmetric y: Y[i][j] and Y[j][i]. */
export function unpackUpperRows(y: Float64Array, packed: ArrayLike<number>, N: number, from: number, to: number): void {
  if (packed.length !== upperCount(N, from, to)) throw new RangeError(`expected ${upperCount(N, from, to)} packed values for rows ${from} … ${to - 1} of ${N}, got ${packed.length}`);
  let k = 0;
  for (let i = from; i < to; i++) {
    for (let j = i; j < N; j++) {
      const v = packed[k++];
      y[i * N + j] = v;
      y[j * N + i] = v;
    }
  }
}
