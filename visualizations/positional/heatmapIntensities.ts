/**
 * A positional heatmap's values as cell intensities for CellCanvas.
 *
 * Colour follows the site's rule for intensities (one hue, opacity = magnitude), with a
 * second hue for negative values: a value v in [−max, max] becomes v / max. When every
 * value has the same sign (a matrix of dot products between 28 and 64, say), a `min`
 * stretches the one hue over [min, max] instead, (v − min) / (max − min), so the
 * structure stays visible.
 */
import type { CellGrid } from '@/lib/widgets/cellGrid';
import type { Grid } from './math';

export function heatmapIntensities(grid: Grid, max: number, min?: number): CellGrid {
  const sequential = min !== undefined;
  const base = sequential ? min : 0;
  const span = sequential ? max - min : max;
  const scale = span > 0 ? 1 / span : 0;
  const values = new Float64Array(grid.values.length);
  for (let i = 0; i < values.length; i++) values[i] = (grid.values[i] - base) * scale;
  return { rows: grid.rows, cols: grid.cols, values };
}
