'use client';
/**
 * The loss curves: training loss (solid), held-out loss (dashed), the unigram
 * baseline (dotted, labelled), and the checkpoints as dots on the held-out
 * curve, the chosen one with a vertical rule. Lines differ by dash as well as
 * colour. d3 computes the scales and paths (math.ts); React draws them.
 * Dots can be clicked; the slider below is the keyboard way to the same.
 */
import { ChartLegend } from './ChartLegend';
import { StageRules } from './StageRule';
import { memo, type RefObject } from 'react';
import { scaleLinear } from 'd3';
import type { Locale } from '@/lib/i18n/locales';
import { CHART_TICK_PX, ChartGrid } from '@/components/widget/ChartGrid';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { fixed } from '@/lib/widgets/format';
import { curvePath, lastStep, lossDomain, spacedTicks, stepScale, stepTicks, type Checkpoint, type TrainingLog, type XScaleKind } from './math';
import { PLOT_BOTTOM, PLOT_RIGHT, plotLeft } from './plotMargins';
import { learningStrings } from './strings';

interface LossChartProps {
  locale: Locale;
  log: TrainingLog;
  list: Checkpoint[];
  selected: number;
  kind: XScaleKind;
  width: number;
  label: string;
  onSelect: (index: number) => void;
  svgRef?: RefObject<SVGSVGElement | null>;
}

const RIGHT = PLOT_RIGHT;
const BOTTOM = PLOT_BOTTOM;
/** A legend row in a chapter, at 12 px. */
const LEGEND_ROW = 18;

function LossChartInner({ locale, log, list, selected, kind, width, label, onSelect, svgRef }: LossChartProps) {
  const t = learningStrings[locale];
  const labelSize = useLabelPx();
  const font = labelSize(12);
  const row = font * 1.5;
  const left = plotLeft(font, labelSize(CHART_TICK_PX));
  // Legend: the two curves share a row when they fit; the baseline has its own row.
  const pairRow = width >= 400;
  const legendRows = pairRow ? 2 : 3;
  const top = 12 + legendRows * row + 14;
  // the chart keeps its height when the legend's rows grow (a slide): the plot gives up the room
  const height = Math.round(Math.max(260, Math.min(380, width * 0.5))) + legendRows * LEGEND_ROW;
  const maxStep = lastStep(log);
  const x = stepScale(kind, maxStep, [left, width - RIGHT]);
  const [lo, hi] = lossDomain(log.curve, log.unigramHeldOut);
  const y = scaleLinear()
    .domain([lo, hi])
    .range([height - BOTTOM, top]);
  const yTicks = y.ticks(5);
  const xTicks = spacedTicks(stepTicks(kind, maxStep), x, labelSize(CHART_TICK_PX) * 3.5);
  const chosen = list[selected];
  const legend = [
    { key: 'train', text: t.train, stroke: 'var(--accent)', dash: undefined, width: 2 },
    { key: 'heldOut', text: t.heldOut, stroke: 'var(--accent-2)', dash: '7 4', width: 2.5 },
    { key: 'unigram', text: t.unigram(fixed(log.unigramHeldOut, 2)), stroke: 'var(--muted)', dash: '2 3', width: 2 },
  ];
  return (
    <svg ref={svgRef} className="lc-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <ChartLegend items={legend} left={left} font={font} row={row} pairRow={pairRow} pairGap={14} />
      <ChartGrid
        x0={left}
        x1={width - RIGHT}
        yTicks={yTicks.map((v) => ({ at: y(v), label: fixed(v, 1) }))}
        xTicks={xTicks.map((s) => ({ at: x(s), label: s }))}
        xLabelY={height - BOTTOM + 15}
        labelFill="var(--muted)"
      />
      <text x={(left + width - RIGHT) / 2} y={height - 6} fontSize={font} textAnchor="middle">
        {t.axisStep}
      </text>
      <text transform={`translate(${font}, ${(top + height - BOTTOM) / 2}) rotate(-90)`} fontSize={font} textAnchor="middle">
        {t.axisLoss}
      </text>
      <line x1={left} x2={width - RIGHT} y1={y(log.unigramHeldOut)} y2={y(log.unigramHeldOut)} stroke="var(--muted)" strokeWidth={2} strokeDasharray="2 3" />
      <path d={curvePath(log.curve, 'train', x, y)} fill="none" stroke="var(--accent)" strokeWidth={2} />
      <path d={curvePath(log.curve, 'heldOut', x, y)} fill="none" stroke="var(--accent-2)" strokeWidth={2.5} strokeDasharray="7 4" />
      <StageRules starts={log.stageStarts} x={x} top={top - 6} bottom={height - BOTTOM} left={left} right={width - RIGHT} font={font} mark={t.stageMark} />
      {chosen && <line x1={x(chosen.step)} x2={x(chosen.step)} y1={top - 6} y2={height - BOTTOM} stroke="var(--fg)" strokeWidth={1.5} />}
      {list.map((c, i) => (
        <g key={c.step} className="lc-dot" onClick={() => onSelect(i)}>
          <circle cx={x(c.step)} cy={y(c.point.heldOut)} r={14} fill="transparent" />
          <circle
            cx={x(c.step)}
            cy={y(c.point.heldOut)}
            r={i === selected ? 7 : 4.5}
            fill={i === selected ? 'var(--accent-2)' : 'var(--bg)'}
            stroke="var(--fg)"
            strokeWidth={i === selected ? 2.5 : 1.5}
          />
        </g>
      ))}
    </svg>
  );
}

export const LossChart = memo(LossChartInner);
