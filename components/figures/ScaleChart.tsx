/**
 * Parameter counts of well-known models on a log scale, oldest first, so the
 * jump from millions to hundreds of billions in five years is visible. The
 * numbers come from lib/data/models.ts, each traced to its paper there.
 */
import { scaleLog } from 'd3';
import { models as allModels, type ModelSize } from '@/lib/data/models';
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import type { Locale } from '@/lib/i18n/locales';
import { defineLabels, formatNumber } from './labels';
import { FONT, Text, estimateTextWidth } from './primitives';

const labels = defineLabels({
  en: { axis: 'parameters (log scale)' },
  zh: { axis: '参数量（对数刻度）' },
});

const UNITS: Record<Locale, [number, string][]> = {
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
  zh: [
    [1e12, ' 万亿'],
    [1e8, ' 亿'],
    [1e4, ' 万'],
  ],
};

/** A parameter count the way each language says it: 175B, 1.5B, 65M / 1750 亿, 15 亿, 6500 万. */
export function formatParameters(count: number, locale: Locale): string {
  const unit = UNITS[locale].find(([size]) => count >= size);
  if (!unit) return formatNumber(count, locale);
  const value = count / unit[0];
  return `${value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 1 : 0, useGrouping: false })}${unit[1]}`;
}

const W = 420;
const LABEL_X = 150;
const PLOT_X = 162;
const PLOT_END = W - 26;
const ROW = 34;
const TOP = 12;

export function ScaleChart({ caption, alt, locale }: FigureBaseProps) {
  const t = labels[locale];
  const rows: ModelSize[] = [...allModels].sort((a, b) => a.year - b.year || a.parameters - b.parameters);
  const x = scaleLog().domain([1e7, 1e12]).range([PLOT_X, PLOT_END]);
  // A gridline every decade, a label every other one (10M, 1B, 100B) so labels never touch at 360 px.
  const ticks = [1e7, 1e8, 1e9, 1e10, 1e11, 1e12];
  const axisY = TOP + rows.length * ROW + 4;
  return (
    <DiagramFigure name="ScaleChart" width={W} height={axisY + 46} caption={caption} alt={alt}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY} stroke="var(--border)" strokeDasharray="3 3" />
          {Math.round(Math.log10(tick)) % 2 === 1 && <Text x={x(tick)} y={axisY + 14} text={formatParameters(tick, locale)} size={FONT.small} color="var(--muted)" />}
        </g>
      ))}
      <line x1={PLOT_X} x2={PLOT_END} y1={axisY} y2={axisY} stroke="var(--muted)" />
      <Text x={(PLOT_X + PLOT_END) / 2} y={axisY + 36} text={t.axis} size={FONT.small} />
      {rows.map((model, i) => {
        const y = TOP + i * ROW + ROW / 2;
        const cx = x(model.parameters);
        const value = formatParameters(model.parameters, locale);
        const right = cx + 10 + estimateTextWidth(value, FONT.small) * 1.1 <= W - 2;
        return (
          <g key={model.id} data-model={model.id} data-parameters={model.parameters}>
            <Text x={LABEL_X} y={y - 6} text={model.name} size={FONT.small} anchor="end" />
            <Text x={LABEL_X} y={y + 9} text={String(model.year)} size={FONT.small * 0.85} anchor="end" color="var(--muted)" />
            <line x1={PLOT_X} x2={cx} y1={y} y2={y} stroke="var(--accent)" strokeOpacity={0.35} strokeWidth={2} />
            <circle cx={cx} cy={y} r={5.5} fill="var(--accent)" />
            <text
              x={right ? cx + 10 : cx - 10}
              y={y}
              textAnchor={right ? 'start' : 'end'}
              dominantBaseline="central"
              fontSize={FONT.small}
              fontWeight={600}
              fill="var(--fg)"
              stroke="var(--bg)"
              strokeWidth={4}
              paintOrder="stroke"
            >
              {value}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}
