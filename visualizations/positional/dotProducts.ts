/**
 * The distance view's matrix G[a][b] = PE(a)·PE(b) for every pair of positions, shared
 * between the page and a worker (dotProductWorker.ts) and kept out of the garbage
 * collector's way.
 *
 * G stays a literal dot product of every pair of rows of the sinusoidal table, in
 * float64: the view shows that each diagonal is constant (diagonalSpread) as evidence
 * that the dot product depends on b − a only, so computing it from the cosine identity
 * would assume what it shows. At 256 positions × 512 dimensions that is 16.7 million
 * multiply-adds per slider step, so the work is split by rows (lib/math/gramShare): the
 * worker takes the rows at the top, 0 … split−1, and the page the rows split … N−1,
 * which need only the table's rows from split on. Both use lib/math's gramRowsInto, so
 * the matrix is the same, bit for bit, as gramAAt's, whoever computed which rows.
 *
 * Buffers (table, strip, matrix) are kept between updates: a step of the slider would
 * otherwise allocate about 1.5 MB. The matrix alternates between two buffers
 * (SwapBuffers): the one on screen is never written.
 */
import { gramRowsInto, gramSplitRow, packUpperRows, sinusoidalRowsInto, unpackUpperRows, upperCount } from '@/lib/math';
import type { Grid } from './math';
import { SwapBuffers } from './swapBuffers';

/** The page's share of the multiply-adds when a worker takes the rest, before any update has been timed. */
export const PAGE_SHARE = 0.5;
/** Bounds of the page's share, so that both sides keep being timed. */
export const SHARE_RANGE = [0.25, 0.85] as const;

/**
 * The page's share of the work, following how fast each side has been: after an update
 * shared with the worker, the share that would have made both finish together is
 * page speed / (page speed + worker speed), speeds in work per ms (the worker's time as it
 * measured it, any wait for a core included), and the new share is the mean of that and
 * the old one. On a quiet two-core machine the halves come out about even; when another
 * program keeps the worker's core busy, the page takes more and waits less.
 */
export class ShareBalance {
  share = PAGE_SHARE;

  /** An update: the page did `pageShare` of the work in `pageMs`, the worker the rest in `workerMs`. */
  record(pageShare: number, pageMs: number, workerMs: number): void {
    if (!(pageShare > 0 && pageShare < 1 && pageMs > 0 && workerMs > 0)) return;
    const page = pageShare / pageMs;
    const worker = (1 - pageShare) / workerMs;
    const even = page / (page + worker);
    this.share = Math.min(SHARE_RANGE[1], Math.max(SHARE_RANGE[0], (this.share + even) / 2));
  }
}

/** The matrix and the sizes of the table it came from. */
export interface DotProducts {
  /** positions × positions. */
  grid: Grid;
  dims: number;
}

/** Grows a buffer to at least `length` values (keeping none of them). */
function atLeast(buffer: Float64Array<ArrayBuffer>, length: number): Float64Array<ArrayBuffer> {
  return buffer.length >= length ? buffer : new Float64Array(length);
}

export class DotProductBuffers {
  private table = new Float64Array(0);
  private strip = new Float64Array(0);
  private grams = new SwapBuffers();

  /** Room for a positions × dims table. */
  tableFor(positions: number, dims: number): Float64Array {
    return (this.table = atLeast(this.table, positions * dims));
  }

  /** Scratch for gramRowsInto's strips of rows from `from` on, in a matrix of `positions` rows. */
  stripFor(positions: number, from: number): Float64Array {
    return (this.strip = atLeast(this.strip, 4 * (positions - from)));
  }

  /** A positions × positions matrix to write, never the one last handed out. */
  gramFor(positions: number): Float64Array<ArrayBuffer> {
    return this.grams.next(positions * positions);
  }

  /** Marks a matrix as on screen: it is not written again until another one is. */
  handOut(values: Float64Array<ArrayBuffer>): void {
    this.grams.show(values);
  }
}

/** A matrix with rows split … N−1 computed and rows 0 … split−1 still to come. */
export interface PendingDotProducts {
  positions: number;
  dims: number;
  split: number;
  table: Float64Array;
  values: Float64Array<ArrayBuffer>;
}

/** Computes the page's rows split … N−1 (the table's rows from split on, then their dot products). */
export function startDotProducts(buffers: DotProductBuffers, positions: number, dims: number, split: number): PendingDotProducts {
  const table = buffers.tableFor(positions, dims);
  const values = buffers.gramFor(positions);
  sinusoidalRowsInto(table, split, positions, dims);
  gramRowsInto(values, table, positions, dims, split, positions, buffers.stripFor(positions, split));
  return { positions, dims, split, table, values };
}

/**
 * Fills in rows 0 … split−1: from the worker's packed rows (packUpperRows), or, with
 * `packed` null (no worker, or it failed), computed here. Hands the matrix out.
 */
export function finishDotProducts(buffers: DotProductBuffers, pending: PendingDotProducts, packed: Float64Array | null): DotProducts {
  const { positions, dims, split, table, values } = pending;
  if (packed) unpackUpperRows(values, packed, positions, 0, split);
  else if (split > 0) {
    sinusoidalRowsInto(table, 0, split, dims);
    gramRowsInto(values, table, positions, dims, 0, split, buffers.stripFor(positions, 0));
  }
  buffers.handOut(values);
  return { grid: { rows: positions, cols: positions, values }, dims };
}

/** The whole matrix on the page, at once. */
export function dotProductsHere(buffers: DotProductBuffers, positions: number, dims: number): DotProducts {
  return finishDotProducts(buffers, startDotProducts(buffers, positions, dims, 0), null);
}

/** Where the page's rows start for a matrix of `positions` rows when a worker helps (0: the page does it all). */
export function pageSplit(positions: number, share = PAGE_SHARE): number {
  return gramSplitRow(positions, share);
}

/** The page's part of the work when it takes rows split … N−1 (the split is rounded to whole strips). */
export function pageWork(positions: number, split: number): number {
  return positions > 0 ? upperCount(positions, split, positions) / upperCount(positions, 0, positions) : 1;
}

/**
 * The worker's side: rows 0 … to−1 of the matrix (the table's rows 0 … N−1 are all
 * read), packed for the trip back; its buffers are kept between requests too.
 */
export function topRows(buffers: DotProductBuffers, positions: number, dims: number, to: number): Float64Array {
  const table = sinusoidalRowsInto(buffers.tableFor(positions, dims), 0, positions, dims);
  const values = buffers.gramFor(positions);
  gramRowsInto(values, table, positions, dims, 0, to, buffers.stripFor(positions, 0));
  return packUpperRows(values, positions, 0, to);
}
