/**
 * The distance view's matrix G[a][b] = PE(a)·PE(b) for every pair of positions, kept out
 * of the garbage collector's way.
 *
 * G stays a literal dot product of every pair of rows of the sinusoidal table, in
 * float64: the view shows that each diagonal is constant (diagonalSpread) as evidence
 * that the dot product depends on b − a only, so computing it from the cosine identity
 * would assume what it shows. At 256 positions × 512 dimensions that is 16.7 million
 * multiply-adds per slider step (lib/math's gramRowsInto, each pair once).
 *
 * Buffers (table, strip, matrix) are kept between updates: a step of the slider would
 * otherwise allocate about 1.5 MB. The matrix alternates between two buffers
 * (SwapBuffers): the one on screen is never written.
 */
import { gramRowsInto, sinusoidalRowsInto } from '@/lib/math';
import type { Grid } from './math';
import { SwapBuffers } from './swapBuffers';

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

  /** Scratch for gramRowsInto's strips in a matrix of `positions` rows. */
  stripFor(positions: number): Float64Array {
    return (this.strip = atLeast(this.strip, 4 * positions));
  }

  /** A positions × positions matrix to write, never the one on screen. */
  gramFor(positions: number): Float64Array<ArrayBuffer> {
    return this.grams.next(positions * positions);
  }

  /** Marks a matrix as on screen (after it is drawn): it is not written again until another one is. */
  onScreen(values: Float64Array): void {
    this.grams.show(values);
  }
}

/** The dot products of every pair of rows of the positions × dims sinusoidal table. */
export function dotProducts(buffers: DotProductBuffers, positions: number, dims: number): DotProducts {
  const table = sinusoidalRowsInto(buffers.tableFor(positions, dims), 0, positions, dims);
  const values = buffers.gramFor(positions);
  gramRowsInto(values, table, positions, dims, 0, positions, buffers.stripFor(positions));
  return { grid: { rows: positions, cols: positions, values }, dims };
}
