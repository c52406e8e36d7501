'use client';
/**
 * The sampling "ruler": every kept token laid end to end along 0…1 in the
 * order the sampler walks them (by id), each as long as its probability, and
 * a marker where the random number u fell. The stretch that holds u is the
 * token drawn, outlined and named. Wide stretches carry their token's label;
 * stretches too thin to see apart are drawn as one band (rulerRuns).
 */
import { useLabelPx } from '@/components/widget/useLabelPx';
import { memo, useMemo } from 'react';
import { scaleLinear } from 'd3';
import type { Locale } from '@/lib/i18n/locales';
import { visibleToken } from '@/lib/widgets/tokenText';
import { rulerRuns, type Segment } from './math';
import { playgroundStrings } from './strings';

interface SamplingRulerProps {
  locale: Locale;
  segments: Segment[];
  vocab: string[];
  /** The random number drawn, or null before a draw. */
  u: number | null;
  chosen: number | null;
  width: number;
  label: string;
}

const H = 30;

function SamplingRulerInner({ locale, segments, vocab, u, chosen, width, label }: SamplingRulerProps) {
  const t = playgroundStrings[locale];
  const x = scaleLinear()
    .domain([0, 1])
    .range([8, width - 8]);
  // label sizes (larger on a slide): the marker's value above and the ends' ticks below take more room
  const labelSize = useLabelPx();
  const tokenFont = labelSize(13);
  const tickFont = labelSize(10);
  const markerFont = labelSize(12);
  const top = u === null ? 6 : 26 + (markerFont - 12);
  const height = top + H + 22 + (tickFont - 10);
  const runs = useMemo(() => rulerRuns(segments, width - 16), [segments, width]);
  const picked = chosen === null ? null : segments.find((s) => s.id === chosen);
  return (
    <svg className="ntp-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {runs.map((s) => {
        const w = x(s.end) - x(s.start);
        return (
          <g key={s.index}>
            {/* a merged run of hair-thin stretches shows their average shade */}
            <rect
              x={x(s.start)}
              y={top}
              width={Math.max(0, w)}
              height={H}
              fill="var(--accent)"
              fillOpacity={s.id === null ? 0.47 : s.index % 2 ? 0.35 : 0.6}
              stroke="var(--bg)"
              strokeWidth={s.id !== null && w > 3 ? 1 : 0}
            />
            {s.id !== null && w >= tokenFont + 1 && (
              <text x={x(s.start) + w / 2} y={top + H / 2} fontSize={tokenFont} textAnchor="middle" dominantBaseline="central">
                {visibleToken(vocab[s.id] ?? '')}
              </text>
            )}
          </g>
        );
      })}
      {picked && <rect x={x(picked.start) - 1} y={top - 2} width={Math.max(2, x(picked.end) - x(picked.start) + 2)} height={H + 4} fill="none" stroke="var(--accent-2)" strokeWidth={3} />}
      <text x={x(0)} y={top + H + 3 + tickFont} fontSize={tickFont} fill="var(--muted)" className="ntp-tick">
        0
      </text>
      <text x={x(1)} y={top + H + 3 + tickFont} fontSize={tickFont} textAnchor="end" fill="var(--muted)" className="ntp-tick">
        1
      </text>
      {u !== null && (
        <g transform={`translate(${x(u)}, 0)`}>
          <path d={`M-6,${top - 12} L6,${top - 12} L0,${top - 2} Z`} fill="var(--fg)" />
          <line y1={top - 2} y2={top + H + 4} stroke="var(--fg)" strokeWidth={2} />
          <text x={x(u) > width - markerFont * 6 ? -8 : 8} y={top - 14} fontSize={markerFont} textAnchor={x(u) > width - markerFont * 6 ? 'end' : 'start'} fontWeight={700}>
            u = {u.toFixed(3)}
          </text>
        </g>
      )}
      <desc>{t.ruler}</desc>
    </svg>
  );
}

export const SamplingRuler = memo(SamplingRulerInner);
