/**
 * The sinusoidal positional encoding (Vaswani et al. 2017, §3.5), value per
 * position for a few chosen dimensions, one strip each so the curves never
 * overlap. Every point comes from `sinusoidalEncoding` in lib/math.
 */
import { line, scaleLinear } from 'd3';
import { sinusoidalEncoding } from '@/lib/math/positional';
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import type { Locale } from '@/lib/i18n/locales';
import { defineLabels } from './labels';
import { FONT, Text } from './primitives';

const labels = defineLabels({
  en: { position: 'position' },
  zh: { position: '位置' },
});

function dimLabel(dim: number, locale: Locale): string {
  const fn = dim % 2 === 0 ? 'sin' : 'cos';
  return locale === 'zh' ? `第 ${dim} 维（${fn}）` : `dimension ${dim} (${fn})`;
}

export interface SinusoidSeries {
  dim: number;
  /** Encoding value at positions 0 … positions−1. */
  values: number[];
}

/** The encoding's columns for `dims` (those inside 0 … dModel−1), one value per position. */
export function sinusoidSeries(positions: number, dModel: number, dims: readonly number[]): SinusoidSeries[] {
  const table = sinusoidalEncoding(positions, dModel);
  return dims.filter((dim) => Number.isInteger(dim) && dim >= 0 && dim < dModel).map((dim) => ({ dim, values: table.map((row) => row[dim]) }));
}

/** SVG path of one series in a width × height strip: position 0 at x = 0, value +1 at y = 0, −1 at y = height. */
export function seriesPath(values: readonly number[], width: number, height: number): string {
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([0, width]);
  const y = scaleLinear().domain([1, -1]).range([0, height]);
  return (
    line<number>(
      (_, i) => x(i),
      (v) => y(v),
    )(values) ?? ''
  );
}

interface SinusoidDiagramProps extends FigureBaseProps {
  /** Width of the encoding vector (default 64). */
  dModel?: number;
  /** Number of positions drawn, 0 … positions−1 (default 64). */
  positions?: number;
  /** Dimensions to plot (default [0, 2, 4, 8]). */
  dims?: number[];
}

const W = 400;
const LEFT = 34;
const PLOT_W = W - LEFT - 14;
const STRIP_H = 48;
const BLOCK_H = STRIP_H + 36;
const TONES = ['accent', 'accent-2', 'accent-3', 'accent-4'];

export function SinusoidDiagram({ caption, alt, locale, dModel = 64, positions = 64, dims = [0, 2, 4, 8] }: SinusoidDiagramProps) {
  const t = labels[locale];
  const series = sinusoidSeries(positions, dModel, dims);
  const x = scaleLinear()
    .domain([0, Math.max(1, positions - 1)])
    .range([0, PLOT_W]);
  const axisY = 8 + series.length * BLOCK_H;
  return (
    <DiagramFigure name="SinusoidDiagram" width={W} height={axisY + 44} caption={caption} alt={alt}>
      {series.map((s, k) => {
        const top = 8 + k * BLOCK_H + 22;
        const color = `var(--${TONES[k % TONES.length]})`;
        const y = (v: number) => top + ((1 - v) / 2) * STRIP_H;
        return (
          <g key={s.dim} data-dim={s.dim}>
            <Text x={LEFT} y={top - 12} text={dimLabel(s.dim, locale)} anchor="start" size={FONT.small} weight={600} />
            <rect x={LEFT} y={top} width={PLOT_W} height={STRIP_H} fill="var(--surface)" />
            <line x1={LEFT} x2={LEFT + PLOT_W} y1={y(0)} y2={y(0)} stroke="var(--border)" />
            {[1, 0, -1].map((v) => (
              <Text key={v} x={LEFT - 6} y={y(v)} text={v < 0 ? '−1' : String(v)} anchor="end" size={FONT.small * 0.85} color="var(--muted)" />
            ))}
            <path d={seriesPath(s.values, PLOT_W, STRIP_H)} transform={`translate(${LEFT} ${top})`} fill="none" stroke={color} strokeWidth={2} data-first-value={s.values[0]} />
            {positions <= 80 && s.values.map((v, pos) => <circle key={pos} cx={LEFT + x(pos)} cy={y(v)} r={1.7} fill={color} />)}
          </g>
        );
      })}
      <line x1={LEFT} x2={LEFT + PLOT_W} y1={axisY} y2={axisY} stroke="var(--muted)" />
      {x.ticks(5).map((tick) => (
        <g key={tick}>
          <line x1={LEFT + x(tick)} x2={LEFT + x(tick)} y1={axisY} y2={axisY + 5} stroke="var(--muted)" />
          <Text x={LEFT + x(tick)} y={axisY + 14} text={String(tick)} size={FONT.small} color="var(--muted)" />
        </g>
      ))}
      <Text x={LEFT + PLOT_W / 2} y={axisY + 34} text={t.position} size={FONT.small} />
    </DiagramFigure>
  );
}
