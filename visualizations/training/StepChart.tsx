/**
 * What the trainer's two charts share: the legend (HTML, so it wraps on narrow
 * screens), the grid with its values, the step axis along the bottom, the
 * y-axis title at the top left, and one path per series (lines differ by dash
 * as well as colour). `underlay` is drawn beneath the series, `children` above.
 */
import type { ReactNode } from 'react';
import type { ScaleLinear } from 'd3';
import { ChartGrid } from '@/components/widget/ChartGrid';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { CHART_LABEL_PX, type ChartBox } from './math';

export interface Series {
  key: string;
  label: string;
  stroke: string;
  dash?: string;
  /** The path's `d`. */
  d: string;
}

interface StepChartProps {
  box: ChartBox;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** The y values that get a grid line. */
  yValues: readonly number[];
  series: readonly Series[];
  title: string;
  stepAxis: string;
  yAxis: string;
  underlay?: ReactNode;
  children?: ReactNode;
  caption?: ReactNode;
}

export function StepChart({ box, x, y, yValues, series, title, stepAxis, yAxis, underlay, children, caption }: StepChartProps) {
  const { width, height } = box;
  const titleFont = useLabelPx()(CHART_LABEL_PX);
  return (
    <figure className="tr-figure">
      <Legend items={series} />
      <svg className="tr-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        <title>{title}</title>
        <ChartGrid
          x0={box.left}
          x1={width - box.right}
          yTicks={yValues.map((v) => ({ at: y(v), label: v }))}
          xTicks={x.ticks(5).map((v) => ({ at: x(v), label: v }))}
          xLabelY={height - box.bottom + 14}
        />
        <text x={width - box.right} y={height - 4} textAnchor="end" fontSize={titleFont}>
          {stepAxis}
        </text>
        <text x={box.left} y={titleFont * 0.75} fontSize={titleFont}>
          {yAxis}
        </text>
        {underlay}
        {series.map((s) => (
          <path key={s.key} d={s.d} fill="none" stroke={s.stroke} strokeWidth={2} strokeDasharray={s.dash} />
        ))}
        {children}
      </svg>
      {caption !== undefined && <figcaption className="tr-caption">{caption}</figcaption>}
    </figure>
  );
}

function Legend({ items }: { items: readonly Series[] }) {
  return (
    <ul className="tr-legend">
      {items.map((s) => (
        <li key={s.key}>
          <svg width={24} height={8} aria-hidden="true">
            <line x1={0} x2={24} y1={4} y2={4} stroke={s.stroke} strokeWidth={2} strokeDasharray={s.dash} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
