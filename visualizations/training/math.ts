/**
 * Scales and paths for the widget's two charts (pure: d3's scale and shape
 * helpers only). D3 computes, React draws.
 */
import { line, max, scaleLinear, type ScaleLinear } from 'd3';

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The charts' tick labels and axis titles in a chapter; on a slide they are larger (lib/widgets/labelSize.ts). */
export const CHART_LABEL_PX = 11;

/**
 * A chart's box with margins for labels of `labelPx`: at a chapter's 11 px, 40 px at the
 * left for values like "4.5", 16 above for the y-axis title, 30 below for the step values and
 * title. Larger labels widen each margin by what they grow (the left one twice: values have
 * up to four characters).
 */
export function chartBox(width: number, height: number, labelPx: number): ChartBox {
  const grow = Math.max(0, labelPx - CHART_LABEL_PX);
  return { width, height, left: 40 + 2 * grow, right: 12, top: 16 + grow, bottom: 30 + grow };
}

/** x over steps 0 … max(target, 10). */
export function stepScale(lastStep: number, box: ChartBox): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(10, lastStep)])
    .range([box.left, box.width - box.right]);
}

/** y over the losses shown, from 0 to a little above the largest. */
export function lossScale(values: readonly number[], box: ChartBox): ScaleLinear<number, number> {
  const hi = max(values) ?? 1;
  return scaleLinear()
    .domain([0, Math.max(0.5, hi * 1.05)])
    .nice()
    .range([box.height - box.bottom, box.top]);
}

export function scoreScale(box: ChartBox): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, 1])
    .range([box.height - box.bottom, box.top]);
}

/** An SVG path through (step, value) points, or '' for none. */
export function seriesPath<T>(points: readonly T[], x: (p: T) => number, y: (p: T) => number): string {
  return line<T>().x(x).y(y)(points as T[]) ?? '';
}
