'use client';
/**
 * Each head's induction score over steps (copy task), with the 0.4 line and a
 * marked dot where a head of a later layer first crosses it: the moment it became an
 * induction head. Heads of the first layer are dashed, of later layers solid; a
 * first-layer head is never marked (see inductionSteps).
 */
import { memo } from 'react';
import { useLabelPx } from '@/components/widget/useLabelPx';
import type { Locale } from '@/lib/i18n/locales';
import { INDUCTION_THRESHOLD } from '@/lib/train/induction';
import { inductionSteps, type History } from './history';
import { scoreScale, seriesPath, stepScale, CHART_LABEL_PX, chartBox } from './math';
import { StepChart, type Series } from './StepChart';
import { trainingStrings } from './strings';

export const HEAD_COLOURS = ['var(--accent)', 'var(--accent-2)', 'var(--accent-3)', 'var(--muted)'];

interface Props {
  locale: Locale;
  history: History;
  /** The model's shape: the legend lists every head from the start, so the chart keeps its height when the scores arrive. */
  nLayers: number;
  nHeads: number;
  stepsTarget: number;
  width: number;
}

function InductionChartInner({ locale, history, nLayers, nHeads, stepsTarget, width }: Props) {
  const t = trainingStrings[locale];
  const labelSize = useLabelPx();
  const box = chartBox(width, 180, labelSize(CHART_LABEL_PX));
  const evals = history.evals.filter((e) => e.induction);
  const heads = nLayers * nHeads;
  const x = stepScale(Math.max(stepsTarget, evals[evals.length - 1]?.step ?? 0), box);
  const y = scoreScale(box);
  const crossings = inductionSteps(history, nHeads);
  const series: Series[] = Array.from({ length: heads }, (_, k) => {
    const layer = Math.floor(k / nHeads);
    return {
      key: `h${k}`,
      label: t.head(layer, k % nHeads),
      stroke: HEAD_COLOURS[(k % nHeads) % HEAD_COLOURS.length],
      dash: layer === 0 ? '5 3' : undefined,
      d: seriesPath(
        evals,
        (e) => x(e.step),
        (e) => y(e.induction![k]),
      ),
    };
  });
  return (
    <StepChart
      box={box}
      x={x}
      y={y}
      yValues={[0, 0.5, 1]}
      series={series}
      title={t.inductionChart}
      stepAxis={t.stepAxis}
      yAxis={t.inductionAxis}
      underlay={
        <>
          <line x1={box.left} x2={width - box.right} y1={y(INDUCTION_THRESHOLD)} y2={y(INDUCTION_THRESHOLD)} stroke="var(--fg, currentColor)" strokeDasharray="1 3" />
          <text x={width - box.right} y={y(INDUCTION_THRESHOLD) - 5} textAnchor="end" fontSize={labelSize(CHART_LABEL_PX)}>
            {t.threshold}
          </text>
        </>
      }
      caption={
        crossings.some((c) => c !== null) ? crossings.map((step, k) => (step === null || !series[k] ? null : <span key={k}>{t.becameInduction(series[k].label, step)} </span>)) : t.noInductionYet
      }
    >
      {crossings.map((step, k) =>
        step === null || !series[k] ? null : (
          <g key={k} className="tr-crossing">
            <line x1={x(step)} x2={x(step)} y1={box.top} y2={box.height - box.bottom} stroke={series[k].stroke} strokeDasharray="2 2" />
            <circle cx={x(step)} cy={y(INDUCTION_THRESHOLD)} r={5} fill={series[k].stroke} stroke="var(--bg, white)" />
          </g>
        ),
      )}
    </StepChart>
  );
}

export const InductionChart = memo(InductionChartInner);
