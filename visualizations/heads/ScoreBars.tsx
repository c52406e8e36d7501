'use client';
/**
 * Why a head got its label: its four pattern scores as bars from 0 to 1,
 * highest first, with the threshold drawn as a labelled line. The pattern that
 * names the head is marked in bold and by a thick outline, not by colour alone.
 */
import { memo } from 'react';
import { scaleLinear } from 'd3';
import type { Locale } from '@/lib/i18n/locales';
import type { HeadLabel, HeadScores } from '@/lib/model/headPatterns';
import { fixed } from '@/lib/widgets/format';
import { attentionViewStrings } from '@/components/widget/attention/strings';
import { rankedScores } from './math';
import { headsStrings } from './strings';

interface ScoreBarsProps {
  locale: Locale;
  scores: HeadScores;
  label: HeadLabel;
  threshold: number;
  /** What a head spreading its weight evenly would score on the same sentence. */
  chance: HeadScores;
  width: number;
  title: string;
}

const ROW = 28;
const TOP = 22;

function ScoreBarsInner({ locale, scores, label, threshold, chance, width, title }: ScoreBarsProps) {
  const t = headsStrings[locale];
  const names = attentionViewStrings[locale].patterns;
  const labelWidth = Math.min(170, Math.max(126, width * 0.36));
  const x = scaleLinear()
    .domain([0, 1])
    .range([labelWidth, width - 48]);
  const rows = rankedScores(scores);
  const legendY = TOP + rows.length * ROW + 12;
  const height = legendY + 14;
  return (
    <svg className="hg-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      <line x1={x(threshold)} x2={x(threshold)} y1={TOP - 6} y2={height - 4} stroke="var(--fg)" strokeDasharray="4 3" />
      <text x={x(threshold)} y={8} fontSize={11} textAnchor="middle" dominantBaseline="central">
        {t.threshold(fixed(threshold, 1))}
      </text>
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const named = r.pattern === label;
        return (
          <g key={r.pattern}>
            <text x={labelWidth - 8} y={y + ROW / 2} fontSize={12} textAnchor="end" dominantBaseline="central" fontWeight={named ? 700 : 400}>
              {names[r.pattern]}
            </text>
            <rect x={x(0)} y={y + 5} width={x(1) - x(0)} height={ROW - 10} fill="var(--surface)" />
            <rect x={x(0)} y={y + 5} width={Math.max(0, x(r.score) - x(0))} height={ROW - 10} fill="var(--accent)" stroke={named ? 'var(--accent-2)' : 'none'} strokeWidth={named ? 3 : 0} />
            <line x1={x(chance[r.pattern])} x2={x(chance[r.pattern])} y1={y + 2} y2={y + ROW - 2} stroke="var(--fg)" strokeWidth={2} />
            <text x={x(1) + 6} y={y + ROW / 2} fontSize={12} dominantBaseline="central" fontWeight={named ? 700 : 400}>
              {fixed(r.score, 2)}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${labelWidth}, ${legendY})`} fontSize={11}>
        <line x1={0} x2={0} y1={-6} y2={6} stroke="var(--fg)" strokeWidth={2} />
        <text x={8} y={0} dominantBaseline="central">
          {t.chance}
        </text>
      </g>
    </svg>
  );
}

export const ScoreBars = memo(ScoreBarsInner);
