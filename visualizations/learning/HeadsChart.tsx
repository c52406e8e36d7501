'use client';
/**
 * The heads chart under the loss curves, on the same step axis and with the same
 * checkpoint cursor: for previous-token and induction heads, the best head's score at
 * every step the trainer scored them (bold), each head's own score (faint), the head
 * gallery's threshold (dashed), and a marker where the induction score first reaches
 * it; the line under the chart names the heads (HeadsPanel.tsx). Patterns differ by dash as well as colour. d3 computes (math.ts); React draws.
 * The checkpoint controls under the charts are the keyboard way through both.
 */
import { ChartLegend } from './ChartLegend';
import { StageRules } from './StageRule';
import { memo } from 'react';
import { scaleLinear } from 'd3';
import type { Locale } from '@/lib/i18n/locales';
import { CHART_TICK_PX, ChartGrid } from '@/components/widget/ChartGrid';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { fixed } from '@/lib/widgets/format';
import { HEAD_THRESHOLD } from '@/lib/model/headPatterns';
import {
  bestHeadSeries,
  firstCrossing,
  headPath,
  headSeries,
  lastStep,
  PROBE_PATTERNS,
  scoreDomain,
  spacedTicks,
  stepScale,
  stepTicks,
  type HeadPoint,
  type ProbePattern,
  type TrainingLog,
  type XScaleKind,
} from './math';
import { PLOT_BOTTOM, PLOT_RIGHT, plotLeft } from './plotMargins';
import { learningStrings } from './strings';

interface HeadsChartProps {
  locale: Locale;
  log: TrainingLog;
  /** The chosen checkpoint's step: the cursor. */
  step: number;
  kind: XScaleKind;
  width: number;
  label: string;
}

const STYLE: Record<ProbePattern, { stroke: string; dash?: string; width: number }> = {
  previousToken: { stroke: 'var(--accent)', width: 2.5 },
  induction: { stroke: 'var(--accent-2)', dash: '8 3', width: 2.5 },
};
const THRESHOLD_DASH = '3 3';
/** Text drawn over lines keeps a rim of the background around it. */
const HALO = { stroke: 'var(--bg)', strokeWidth: 4, paintOrder: 'stroke', fill: 'var(--fg)' } as const;
/** A legend row in a chapter, at 12 px. */
const LEGEND_ROW = 18;

function HeadsChartInner({ locale, log, step, kind, width, label }: HeadsChartProps) {
  const t = learningStrings[locale];
  const labelSize = useLabelPx();
  const font = labelSize(12);
  const row = font * 1.5;
  const left = plotLeft(font, labelSize(CHART_TICK_PX));
  const right = width - PLOT_RIGHT;
  // the two patterns share a legend row when they fit; the threshold has its own row
  const pairRow = width >= 560;
  const legendRows = pairRow ? 2 : 3;
  const top = 12 + legendRows * row + 10;
  // like the loss chart, the plot gives up the room the legend's larger rows take on a slide
  const height = Math.round(Math.max(170, Math.min(230, width * 0.32))) + legendRows * LEGEND_ROW + PLOT_BOTTOM;
  const bottom = height - PLOT_BOTTOM;
  const x = stepScale(kind, lastStep(log), [left, right]);
  const y = scaleLinear().domain(scoreDomain(log.probes, HEAD_THRESHOLD)).range([bottom, top]);
  const patterns = PROBE_PATTERNS;
  const best = Object.fromEntries(patterns.map((p) => [p, bestHeadSeries(log.probes, p)])) as Record<ProbePattern, HeadPoint[]>;
  const formed = firstCrossing(best.induction, HEAD_THRESHOLD);
  const legend = [
    ...patterns.map((p) => ({ key: p, text: t.heads.best[p], ...STYLE[p] })),
    { key: 'threshold', text: t.heads.threshold(fixed(HEAD_THRESHOLD, 1)), stroke: 'var(--muted)', dash: THRESHOLD_DASH, width: 2 },
  ];
  // the marker's label sits at the top of the plot, clear of the lines, on whichever side of the marker has more room
  const markX = formed ? x(formed.step) : 0;
  const markLeft = markX > (left + right) / 2;
  return (
    <svg className="lc-svg lc-heads" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <ChartLegend items={legend} left={left} font={font} row={row} pairRow={pairRow} pairGap={17} />
      <ChartGrid
        x0={left}
        x1={right}
        yTicks={y.ticks(4).map((v) => ({ at: y(v), label: fixed(v, 1) }))}
        xTicks={spacedTicks(stepTicks(kind, lastStep(log)), x, labelSize(CHART_TICK_PX) * 3.5).map((s) => ({ at: x(s), label: s }))}
        xLabelY={bottom + 15}
        labelFill="var(--muted)"
      />
      <text x={(left + right) / 2} y={height - 6} fontSize={font} textAnchor="middle">
        {t.axisStep}
      </text>
      <text transform={`translate(${font}, ${(top + bottom) / 2}) rotate(-90)`} fontSize={font} textAnchor="middle">
        {t.heads.axisScore}
      </text>
      {patterns.map((p) =>
        headSeries(log.probes, p).map((series) => (
          <path key={`${p}-${series[0].layer}-${series[0].head}`} d={headPath(series, x, y)} fill="none" stroke={STYLE[p].stroke} strokeWidth={1} strokeDasharray={STYLE[p].dash} opacity={0.3} />
        )),
      )}
      <line x1={left} x2={right} y1={y(HEAD_THRESHOLD)} y2={y(HEAD_THRESHOLD)} stroke="var(--muted)" strokeWidth={2} strokeDasharray={THRESHOLD_DASH} />
      {patterns.map((p) => (
        <path key={p} d={headPath(best[p], x, y)} fill="none" stroke={STYLE[p].stroke} strokeWidth={STYLE[p].width} strokeDasharray={STYLE[p].dash} />
      ))}
      {/* the stage labels start a line lower when the induction mark takes the plot's top line */}
      <StageRules starts={log.stageStarts} x={x} top={top - 6} bottom={bottom} left={left} right={right} font={font} firstRow={formed ? 1 : 0} mark={learningStrings[locale].stageMark} />
      <line x1={x(step)} x2={x(step)} y1={top - 6} y2={bottom} stroke="var(--fg)" strokeWidth={1.5} />
      {formed && (
        <g className="lc-formed">
          <line x1={markX} x2={markX} y1={top + font * 0.5} y2={y(formed.score)} stroke="var(--muted)" strokeDasharray="1 3" />
          <circle cx={markX} cy={y(formed.score)} r={6} fill="var(--accent-2)" stroke="var(--fg)" strokeWidth={2} />
          <text x={markX + (markLeft ? -6 : 6)} y={top + font * 0.5} dominantBaseline="central" fontSize={font} textAnchor={markLeft ? 'end' : 'start'} {...HALO}>
            {t.heads.formedMark(formed.step)}
          </text>
        </g>
      )}
    </svg>
  );
}

export const HeadsChart = memo(HeadsChartInner);
