/**
 * Colours of a heatmap as RGBA pixels, one pixel per cell, for a canvas.
 *
 * Why this file exists: heatmaps of up to 256 × 512 cells are too many for one SVG
 * rectangle each; the explorer paints them as an image instead. Colour follows the
 * site's rule for intensities (one hue, opacity = magnitude), with a second hue for
 * negative values: a value v in [−max, max] gets alpha |v|/max on the background.
 * When every value has the same sign (a matrix of dot products between 28 and 64, say),
 * a `min` stretches the one hue over [min, max] instead, so the structure stays visible.
 */
import type { Grid } from './math';

type Rgb = readonly [number, number, number];

/**
 * RGBA bytes for `grid`: positive values in `positive`, negative in `negative`, alpha =
 * |v| / max; or, with `min`, alpha = (v − min) / (max − min) in `positive` only.
 */
export function heatmapPixels(grid: Grid, max: number, positive: Rgb, negative: Rgb, min?: number): Uint8ClampedArray<ArrayBuffer> {
  const { values } = grid;
  const out = new Uint8ClampedArray(values.length * 4);
  const sequential = min !== undefined;
  const base = sequential ? min : 0;
  const span = sequential ? max - min : max;
  const scale = span > 0 ? 255 / span : 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const colour = sequential || v >= 0 ? positive : negative;
    const o = i * 4;
    out[o] = colour[0];
    out[o + 1] = colour[1];
    out[o + 2] = colour[2];
    out[o + 3] = Math.min(255, (sequential ? v - base : Math.abs(v)) * scale);
  }
  return out;
}
