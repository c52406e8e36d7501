/**
 * The room the loss chart and the heads chart leave around their plots. Both use the
 * same margins at the same width, so their step axes line up and one checkpoint
 * cursor falls at the same x in both.
 */
export const PLOT_RIGHT = 18;
export const PLOT_BOTTOM = 44;

/** Room left of the plot for the rotated axis title (`font`) and values like "6.0" (`tickFont`); more on a slide, where labels are larger. */
export function plotLeft(font: number, tickFont: number): number {
  return Math.max(46, Math.round(font * 1.4 + tickFont * 2.1 + 8));
}
