'use client';
/**
 * Why a head got its label: its pattern scores as bars from 0 to 1,
 * highest first, with the threshold drawn as a labelled line; each pattern's name
 * stands left of its bar, or above it where the width is a phone's. The pattern that
 * names the head is marked in bold and by a thick outline, not by colour alone.
 */
import { memo } from 'react';
import { scaleLinear } from 'd3';
import type { Locale } from '@/lib/i18n/locales';
import type { HeadLabel, HeadScores } from '@/lib/model/headPatterns';
import { fixed } from '@/lib/widgets/format';
import { attentionViewStrings } from '@/components/widget/attention/strings';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { labelEms } from '@/lib/widgets/attentionGeometry';
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
  // label sizes (larger on a slide): the rows, the left column and the value column grow with them
  const labelSize = useLabelPx();
  const font = labelSize(12);
  const smallFont = labelSize(11);
  const row = Math.max(ROW, font * 2.2);
  const top = TOP + (smallFont - 11);
  const rows = rankedScores(scores);
  const widestName = Math.max(...rows.map((r) => labelEms(names[r.pattern]))) * font * 1.1 + 12;
  // on a phone the names leave the bars less than a fifth of the width: each name goes above its bar
  const stacked = width - 4 * font - widestName < width * 0.2;
  const labelWidth = stacked ? 0 : Math.min(Math.max(170, widestName), Math.max(126, width * 0.36, widestName));
  const nameLine = stacked ? font * 1.4 : 0;
  const pitch = row + nameLine;
  const bar = row - 10;
  const x = scaleLinear()
    .domain([0, 1])
    .range([labelWidth, width - 4 * font]);
  const legendY = top + rows.length * pitch + 12;
  // the legend starts under the bars, or further left when its line would run past the edge
  const legendX = Math.max(0, Math.min(labelWidth, width - labelEms(t.chance) * smallFont - 12));
  const height = legendY + smallFont + 3;
  return (
    <svg className="hg-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      {/* the threshold crosses every bar; stacked, it is cut at each name so it never runs through one */}
      {!stacked && <line x1={x(threshold)} x2={x(threshold)} y1={top - 6} y2={legendY - smallFont} stroke="var(--fg)" strokeDasharray="4 3" />}
      <text x={x(threshold)} y={smallFont * 0.75} fontSize={smallFont} textAnchor="middle" dominantBaseline="central">
        {t.threshold(fixed(threshold, 1))}
      </text>
      {rows.map((r, i) => {
        const y = top + i * pitch;
        // the bar's top; its middle holds the value
        const barTop = y + nameLine + 5;
        const middle = barTop + bar / 2;
        const named = r.pattern === label;
        return (
          <g key={r.pattern}>
            <text
              x={stacked ? 0 : labelWidth - 8}
              y={stacked ? y + nameLine / 2 + 2 : middle}
              fontSize={font}
              textAnchor={stacked ? 'start' : 'end'}
              dominantBaseline="central"
              fontWeight={named ? 700 : 400}
            >
              {names[r.pattern]}
            </text>
            {stacked && <line x1={x(threshold)} x2={x(threshold)} y1={i === 0 ? top - 6 : barTop - 4} y2={barTop + bar + 4} stroke="var(--fg)" strokeDasharray="4 3" />}
            <rect x={x(0)} y={barTop} width={x(1) - x(0)} height={bar} fill="var(--surface)" />
            <rect x={x(0)} y={barTop} width={Math.max(0, x(r.score) - x(0))} height={bar} fill="var(--accent)" stroke={named ? 'var(--accent-2)' : 'none'} strokeWidth={named ? 3 : 0} />
            <line x1={x(chance[r.pattern])} x2={x(chance[r.pattern])} y1={barTop - 3} y2={barTop + bar + 3} stroke="var(--fg)" strokeWidth={2} />
            <text x={x(1) + 6} y={middle} fontSize={font} dominantBaseline="central" fontWeight={named ? 700 : 400}>
              {fixed(r.score, 2)}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${legendX}, ${legendY})`} fontSize={smallFont}>
        <line x1={0} x2={0} y1={-6} y2={6} stroke="var(--fg)" strokeWidth={2} />
        <text x={8} y={0} dominantBaseline="central">
          {t.chance}
        </text>
      </g>
    </svg>
  );
}

export const ScoreBars = memo(ScoreBarsInner);
