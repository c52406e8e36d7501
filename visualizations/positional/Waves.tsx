'use client';
/**
 * The waves of a few sinusoidal dimensions against position, one strip each, so the
 * reader sees the wavelength grow by the same factor from strip to strip; the
 * dimension highlighted in the heatmap gets its own strip too. When the position
 * moves, its marker sweeps along the waves to the new one (instant under reduced
 * motion), staying on the drawn lines.
 */
import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { useReducedMotion } from '@/components/widget/hooks';
import { useTween } from './useTween';
import { fixed } from '@/lib/widgets/format';
import { waveDims, wavelength, type Grid } from './math';
import type { PositionalStrings } from './strings';

interface WavesProps {
  t: PositionalStrings;
  width: number;
  /** The sinusoidal table (positions × dims). */
  grid: Grid;
  pos: number;
  /** Dimension highlighted in the heatmap. */
  highlight: number;
}

const STRIP = 40;
const GAP = 20;
const LEFT = 40;
const TOP = 24;

/** The value of `values` at a fractional position, along the straight segments the wave is drawn with. */
function along(values: readonly number[], p: number): number {
  const i = Math.max(0, Math.min(values.length - 1, Math.floor(p)));
  const j = Math.min(values.length - 1, i + 1);
  return values[i] + (values[j] - values[i]) * (p - i);
}

export function Waves({ t, width, grid, pos, highlight }: WavesProps) {
  const shownPos = Math.min(grid.rows - 1, useTween(pos, useReducedMotion()));
  const base = waveDims(grid.cols);
  const dims = base.includes(highlight) ? base : [...base, highlight];
  const x = scaleLinear()
    .domain([0, Math.max(1, grid.rows - 1)])
    .range([LEFT, width - 10]);
  // The waves stay put while the marker sweeps: their samples and paths are computed once per table and width.
  const strips = useMemo(
    () =>
      dims.map((dim, k) => {
        const top = TOP + k * (STRIP + GAP) + 14;
        const y = scaleLinear()
          .domain([-1, 1])
          .range([top + STRIP, top]);
        const values = Array.from({ length: grid.rows }, (_, p) => grid.values[p * grid.cols + dim]);
        const path = line<number>()
          .x((_, p) => x(p))
          .y((v) => y(v))(values);
        return { dim, top, y, values, path };
      }),
    // dims and x follow from grid, width and highlight
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [grid, width, highlight],
  );
  const lambdas = base.map((d) => wavelength(d, grid.cols));
  const ratios = lambdas.slice(1).map((l, i) => l / lambdas[i]);
  const ratioText = ratios.length > 0 ? [...new Set(ratios.map((r) => fixed(r, 2)))].join(' / ') : '';
  const height = TOP + dims.length * (STRIP + GAP) + 10;
  return (
    <figure style={{ margin: 0 }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t.wavesLabel}>
        <text x={LEFT} y={14} fontSize={13} fontWeight={600}>
          {t.wavesTitle}
        </text>
        {strips.map(({ dim, top, y, values, path }) => {
          const isHighlight = dim === highlight;
          return (
            <g key={dim}>
              <text x={LEFT} y={top - 4} fontSize={11.5} fill={isHighlight ? 'var(--fg)' : 'var(--muted)'} fontWeight={isHighlight ? 600 : 400}>
                {t.waveLine(dim, fixed(wavelength(dim, grid.cols), 1))}
              </text>
              <line x1={LEFT} x2={width - 10} y1={y(0)} y2={y(0)} stroke="var(--border)" />
              <text x={LEFT - 4} y={y(1)} fontSize={10} textAnchor="end" dominantBaseline="middle" fill="var(--muted)">
                1
              </text>
              <text x={LEFT - 4} y={y(-1)} fontSize={10} textAnchor="end" dominantBaseline="middle" fill="var(--muted)">
                −1
              </text>
              <path d={path ?? ''} fill="none" stroke={isHighlight ? 'var(--accent-2)' : 'var(--accent)'} strokeWidth={isHighlight ? 2 : 1.5} strokeDasharray={isHighlight ? '5 2' : undefined} />
              {grid.rows <= 64 && values.map((v, p) => <circle key={p} cx={x(p)} cy={y(v)} r={1.8} fill={isHighlight ? 'var(--accent-2)' : 'var(--accent)'} />)}
              <circle cx={x(shownPos)} cy={y(along(values, shownPos))} r={4} fill="var(--bg)" stroke="var(--fg)" strokeWidth={1.5} />
            </g>
          );
        })}
        <line x1={x(shownPos)} x2={x(shownPos)} y1={TOP + 8} y2={height - 8} stroke="var(--fg)" strokeOpacity={0.35} strokeDasharray="2 3" />
      </svg>
      {ratioText && <figcaption className="pe-note">{t.waveRatio(ratioText)}</figcaption>}
    </figure>
  );
}
