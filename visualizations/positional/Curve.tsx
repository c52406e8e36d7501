'use client';
/**
 * A line chart of one or two series against position, with the picked position marked:
 * the "similarity of one position to every position" curves of the distance and learned
 * views. Series differ by dash pattern as well as colour.
 */
import { line, scaleLinear } from 'd3';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { fixed } from '@/lib/widgets/format';

export interface Series {
  name: string;
  values: number[];
  dashed?: boolean;
  colour: string;
}

interface CurveProps {
  width: number;
  title: string;
  label: string;
  yLabel: string;
  series: Series[];
  /** The picked position (drawn as a vertical line). */
  marker: number;
  /** A second highlighted position (the heatmap's other coordinate). */
  other?: number;
}

const M = { left: 44, right: 12, top: 26, bottom: 30 };
const PLOT = 130;

export function Curve({ width, title, label, yLabel, series, marker, other }: CurveProps) {
  // label sizes (larger on a slide): the margins and the legend's spacing grow with them
  const labelSize = useLabelPx();
  const titleFont = labelSize(13);
  const tickFont = labelSize(10.5);
  const axisFont = labelSize(11.5);
  const m = { left: M.left + 2 * (tickFont - 10.5), right: M.right, top: M.top + (titleFont - 13), bottom: M.bottom + (tickFont - 10.5) + (axisFont - 11.5) };
  const n = series[0]?.values.length ?? 0;
  const all = series.flatMap((s) => s.values);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const x = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice()
    .range([m.top + PLOT, m.top]);
  const height = m.top + PLOT + m.bottom + (series.length > 1 ? axisFont * 1.4 : 0);
  const xTicks = x.ticks(Math.max(2, Math.floor(width / 80))).filter(Number.isInteger);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <text x={m.left} y={titleFont + 1} fontSize={titleFont} fontWeight={600}>
        {title}
      </text>
      {y.ticks(4).map((v) => (
        <g key={v}>
          <line x1={m.left} x2={width - m.right} y1={y(v)} y2={y(v)} stroke="var(--border)" strokeOpacity={v === 0 ? 1 : 0.5} />
          <text x={m.left - 4} y={y(v)} fontSize={tickFont} textAnchor="end" dominantBaseline="middle" fill="var(--muted)">
            {fixed(v, Math.abs(hi - lo) < 5 ? 1 : 0)}
          </text>
        </g>
      ))}
      {xTicks.map((v) => (
        <text key={v} x={x(v)} y={m.top + PLOT + 2.5 + tickFont} fontSize={tickFont} textAnchor="middle" fill="var(--muted)">
          {v}
        </text>
      ))}
      <text transform={`translate(${axisFont * 0.95} ${m.top + PLOT / 2}) rotate(-90)`} fontSize={axisFont} textAnchor="middle">
        {yLabel}
      </text>
      <line x1={x(marker)} x2={x(marker)} y1={m.top} y2={m.top + PLOT} stroke="var(--fg)" strokeOpacity={0.5} />
      {other !== undefined && other !== marker && <line x1={x(other)} x2={x(other)} y1={m.top} y2={m.top + PLOT} stroke="var(--fg)" strokeOpacity={0.4} strokeDasharray="3 3" />}
      {series.map((s) => (
        <path
          key={s.name}
          d={
            line<number>()
              .x((_, i) => x(i))
              .y((v) => y(v))(s.values) ?? ''
          }
          fill="none"
          stroke={s.colour}
          strokeWidth={1.8}
          strokeDasharray={s.dashed ? '5 3' : undefined}
        />
      ))}
      {series.map((s) => (
        <circle key={`m${s.name}`} cx={x(marker)} cy={y(s.values[marker] ?? 0)} r={3.5} fill={s.colour} />
      ))}
      {series.length > 1 &&
        series.map((s, i) => (
          <g key={`l${s.name}`} transform={`translate(${m.left + i * 130 * (axisFont / 11.5)} ${m.top + PLOT + 30 + (tickFont - 10.5)})`}>
            <line x1={0} x2={22} y1={0} y2={0} stroke={s.colour} strokeWidth={2} strokeDasharray={s.dashed ? '5 3' : undefined} />
            <text x={28} y={0} fontSize={axisFont} dominantBaseline="middle">
              {s.name}
            </text>
          </g>
        ))}
    </svg>
  );
}
