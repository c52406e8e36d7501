'use client';
/**
 * The loss over steps: the training batches (solid) and the held-out loss
 * (dashed; on the copy task, on the repeated letters only, which is where the
 * phase change shows). Lines differ by dash as well as colour.
 */
import { memo } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { History } from './history';
import { lossScale, seriesPath, stepScale, type ChartBox } from './math';
import { trainingStrings } from './strings';

interface Props {
  locale: Locale;
  history: History;
  stepsTarget: number;
  width: number;
}

function LossChartInner({ locale, history, stepsTarget, width }: Props) {
  const t = trainingStrings[locale];
  const box: ChartBox = { width, height: 220, left: 40, right: 12, top: 16, bottom: 30 };
  const lastStep = Math.max(stepsTarget, history.train[history.train.length - 1]?.step ?? 0);
  const x = stepScale(lastStep, box);
  // On the copy task the held-out curve is the loss on the repeats, where the phase change shows; the
  // probes' random letters stay unpredictable whatever the model learns, so their loss only adds noise.
  const copyTask = history.evals.some((e) => e.copy !== undefined);
  const held = history.evals.map((e) => ({ step: e.step, loss: copyTask ? (e.copy ?? 0) : e.heldOut }));
  const y = lossScale([...history.train.map((p) => p.loss), ...held.map((p) => p.loss)], box);
  const series = [
    { key: 'train', label: t.trainCurve, d: seriesPath(history.train, (p) => x(p.step), (p) => y(p.loss)), stroke: 'var(--accent)', dash: undefined },
    { key: 'held', label: copyTask ? t.copyCurve : t.heldOutCurve, d: seriesPath(held, (p) => x(p.step), (p) => y(p.loss)), stroke: 'var(--accent-2)', dash: '6 4' },
  ];
  return (
    <figure className="tr-figure">
    <Legend items={series} />
    <svg className="tr-chart" width={width} height={box.height} viewBox={`0 0 ${width} ${box.height}`} role="img" aria-label={t.lossChart}>
      <title>{t.lossChart}</title>
      {y.ticks(4).map((v) => (
        <g key={v}>
          <line x1={box.left} x2={width - box.right} y1={y(v)} y2={y(v)} stroke="var(--border)" />
          <text x={box.left - 6} y={y(v)} textAnchor="end" dominantBaseline="central" fontSize={11}>
            {v}
          </text>
        </g>
      ))}
      {x.ticks(5).map((v) => (
        <text key={v} x={x(v)} y={box.height - box.bottom + 14} textAnchor="middle" fontSize={11}>
          {v}
        </text>
      ))}
      <text x={width - box.right} y={box.height - 4} textAnchor="end" fontSize={11}>
        {t.stepAxis}
      </text>
      <text x={box.left} y={8} fontSize={11}>
        {t.lossAxis}
      </text>
      {series.map((s) => (
        <path key={s.key} d={s.d} fill="none" stroke={s.stroke} strokeWidth={2} strokeDasharray={s.dash} />
      ))}
    </svg>
    </figure>
  );
}

/** The lines' key, as HTML so it wraps on narrow screens. */
export function Legend({ items }: { items: { key: string; label: string; stroke: string; dash?: string }[] }) {
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

export const LossChart = memo(LossChartInner);
