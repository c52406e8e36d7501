/**
 * The log-scale bar chart of training compute: one bar per preset and one for
 * the reader's current input, each labelled with its name and its FLOP count,
 * so models eleven orders of magnitude apart can be compared in one picture.
 * Geometry comes from chartGeometry() in math.ts; this file only draws.
 */
import type { RefObject } from 'react';
import { useLabelScale } from '@/components/widget/useLabelPx';
import { scientific } from '@/lib/widgets/format';
import { chartGeometry } from './math';

interface ComputeChartProps {
  rows: { id: string; label: string; flops: number }[];
  /** Id of the row that matches the current input (drawn emphasised). */
  currentId: string;
  width: number;
  svgRef: RefObject<SVGSVGElement | null>;
  title: string;
  description: string;
  flopUnit: string;
}

const SUPERSCRIPT = '⁻⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => String(n).replace(/[-0-9]/g, (c) => SUPERSCRIPT['-0123456789'.indexOf(c)]);

/** The chart's smallest label (the unit, the values under the names): on a slide the chart is magnified until it reaches the label size. */
const SMALLEST_LABEL_PX = 11;

export function ComputeChart({ rows, currentId, width: drawnWidth, svgRef, title, description, flopUnit }: ComputeChartProps) {
  const scale = useLabelScale(SMALLEST_LABEL_PX);
  const width = drawnWidth / scale;
  const labelWidth = width < 480 ? 112 : 150;
  const g = chartGeometry(rows, width, labelWidth);
  return (
    <svg ref={svgRef} viewBox={`0 0 ${width} ${g.height}`} width={drawnWidth} height={g.height * scale} role="img" aria-labelledby="compute-chart-title compute-chart-desc">
      <title id="compute-chart-title">{title}</title>
      <desc id="compute-chart-desc">{description}</desc>
      {g.ticks.map((t) => (
        <g key={t.exponent}>
          <line x1={t.x} x2={t.x} y1={4} y2={g.height - 30} stroke="var(--border)" strokeDasharray="3 3" />
          <text x={t.x} y={g.height - 14} textAnchor="middle" fontSize={12}>
            {`10${sup(t.exponent)}`}
          </text>
        </g>
      ))}
      <text x={g.plotLeft + g.plotWidth} y={g.height - 1} textAnchor="end" fontSize={11} style={{ fill: 'var(--muted)' }}>
        {flopUnit}
      </text>
      {g.bars.map((b) => {
        const current = b.id === currentId;
        return (
          <g key={b.id} data-bar={b.id}>
            <text x={4} y={b.y + 11} fontSize={12.5} fontWeight={current ? 700 : 500}>
              {current ? `▶ ${b.label}` : b.label}
            </text>
            <text x={4} y={b.y + 25} fontSize={11} style={{ fill: 'var(--muted)' }}>
              {scientific(b.flops, 3)}
            </text>
            <rect
              x={g.plotLeft}
              y={b.y + 3}
              width={b.width}
              height={g.barHeight - 6}
              rx={3}
              fill={current ? 'var(--accent-2)' : 'var(--accent)'}
              fillOpacity={current ? 0.85 : 0.55}
              stroke={current ? 'var(--fg)' : 'none'}
              strokeWidth={current ? 1.5 : 0}
            />
          </g>
        );
      })}
    </svg>
  );
}
