/**
 * The scaffolding the line charts share: horizontal grid lines, each labelled
 * with its value at the left, and the x-axis values under the plot. The chart
 * computes the positions (d3 scales); this draws them in its <svg>.
 */
import type { ReactNode } from 'react';
import { useLabelPx } from './useLabelPx';

export interface ChartTick {
  /** Position along the axis, in SVG units. */
  at: number;
  label: ReactNode;
}

interface ChartGridProps {
  /** Where the grid lines start (the plot's left edge) and end. */
  x0: number;
  x1: number;
  /** Y values: a grid line each, labelled left of x0. */
  yTicks: readonly ChartTick[];
  /** X values, labelled at height `xLabelY`. */
  xTicks: readonly ChartTick[];
  xLabelY: number;
  /** Colour of the value labels; the text colour when left out. */
  labelFill?: string;
}

/** The tick labels' size in a chapter; on a slide they take the slide's label size (useLabelPx), and the charts leave room for it. */
export const CHART_TICK_PX = 11;

export function ChartGrid({ x0, x1, yTicks, xTicks, xLabelY, labelFill }: ChartGridProps) {
  const font = useLabelPx()(CHART_TICK_PX);
  return (
    <>
      {yTicks.map((tick, i) => (
        <g key={`y${i}`}>
          <line x1={x0} x2={x1} y1={tick.at} y2={tick.at} stroke="var(--border)" />
          <text x={x0 - 6} y={tick.at} textAnchor="end" dominantBaseline="central" fontSize={font} fill={labelFill}>
            {tick.label}
          </text>
        </g>
      ))}
      {xTicks.map((tick, i) => (
        <text key={`x${i}`} x={tick.at} y={xLabelY} textAnchor="middle" fontSize={font} fill={labelFill}>
          {tick.label}
        </text>
      ))}
    </>
  );
}
