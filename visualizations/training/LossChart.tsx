'use client';
/**
 * The loss over steps: the training batches (solid) and the held-out loss
 * (dashed; on the copy task, on the repeated letters only, which is where the
 * phase change shows).
 */
import { memo } from 'react';
import { useLabelPx } from '@/components/widget/useLabelPx';
import type { Locale } from '@/lib/i18n/locales';
import type { History } from './history';
import { lossScale, seriesPath, stepScale, CHART_LABEL_PX, chartBox } from './math';
import { StepChart, type Series } from './StepChart';
import { trainingStrings } from './strings';

interface Props {
  locale: Locale;
  history: History;
  stepsTarget: number;
  width: number;
}

function LossChartInner({ locale, history, stepsTarget, width }: Props) {
  const t = trainingStrings[locale];
  const labelSize = useLabelPx();
  const box = chartBox(width, 220, labelSize(CHART_LABEL_PX));
  const lastStep = Math.max(stepsTarget, history.train[history.train.length - 1]?.step ?? 0);
  const x = stepScale(lastStep, box);
  // On the copy task the held-out curve is the loss on the repeats, where the phase change shows; the
  // probes' random letters stay unpredictable whatever the model learns, so their loss only adds noise.
  const copyTask = history.evals.some((e) => e.copy !== undefined);
  const held = history.evals.map((e) => ({ step: e.step, loss: copyTask ? (e.copy ?? 0) : e.heldOut }));
  const y = lossScale([...history.train.map((p) => p.loss), ...held.map((p) => p.loss)], box);
  const series: Series[] = [
    {
      key: 'train',
      label: t.trainCurve,
      d: seriesPath(
        history.train,
        (p) => x(p.step),
        (p) => y(p.loss),
      ),
      stroke: 'var(--accent)',
      dash: undefined,
    },
    {
      key: 'held',
      label: copyTask ? t.copyCurve : t.heldOutCurve,
      d: seriesPath(
        held,
        (p) => x(p.step),
        (p) => y(p.loss),
      ),
      stroke: 'var(--accent-2)',
      dash: '6 4',
    },
  ];
  return <StepChart box={box} x={x} y={y} yValues={y.ticks(4)} series={series} title={t.lossChart} stepAxis={t.stepAxis} yAxis={t.lossAxis} />;
}

export const LossChart = memo(LossChartInner);
