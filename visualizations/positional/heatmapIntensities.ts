/**
 * A positional heatmap's values as cell intensities for CellCanvas.
 *
 * Colour follows the site's rule for intensities (one hue, opacity = magnitude), with a
 * second hue for negative values: a value v in [−max, max] becomes v / max. When every
 * value has the same sign (a matrix of dot products between 28 and 64, say), a `min`
 * stretches the one hue over [min, max] instead, (v − min) / (max − min), so the
 * structure stays visible. `into` (of the grid's size) receives the intensities instead of
 * a new array.
 */
import type { CellGrid } from '@/lib/widgets/cellGrid';
import type { Grid } from './math';

export function heatmapIntensities(grid: Grid, max: number, min?: number, into: Float64Array = new Float64Array(grid.values.length)): CellGrid {
  if (into.length !== grid.values.length) throw new RangeError(`${grid.values.length} intensities do not fit an array of ${into.length}`);
  const sequential = min !== undefined;
  const base = sequential ? min : 0;
  const span = sequential ? max - min : max;
  const scale = span > 0 ? 1 / span : 0;
  const values = into;
  for (let i = 0; i < values.length; i++) values[i] = (grid.values[i] - base) * scale;
  return { rows: grid.rows, cols: grid.cols, values };
}
