'use client';
/**
 * The bar chart of the most likely next tokens: one row per token (spaces
 * drawn as ␣), a filled bar for the probability after temperature and top-k,
 * a dashed outline for the model's own probability, the value as text, and
 * the chosen token marked with a thick outline and a word (never colour
 * alone). The x axis is fixed at 0…100% so reshaping is seen as bars growing
 * and shrinking, not as an axis that moves.
 */
import { useLabelPx } from '@/components/widget/useLabelPx';
import { estimateTextWidth } from '@/components/figures/primitives';
import { memo, type RefObject } from 'react';
import { scaleLinear } from 'd3';
import type { Locale } from '@/lib/i18n/locales';
import { visibleToken } from '@/lib/widgets/tokenText';
import { percent, type RankedToken } from './math';
import { playgroundStrings } from './strings';

interface ProbabilityBarsProps {
  locale: Locale;
  rows: RankedToken[];
  /** Vocabulary strings by id. */
  vocab: string[];
  /** Id of the token drawn at this step, if any. */
  chosen: number | null;
  width: number;
  label: string;
  svgRef?: RefObject<SVGSVGElement | null>;
}

const ROW = 30;

function ProbabilityBarsInner({ locale, rows, vocab, chosen, width, label, svgRef }: ProbabilityBarsProps) {
  const t = playgroundStrings[locale];
  // label sizes (larger on a slide): the rank column, the value column, the legend and the
  // ticks' band grow with them
  const labelSize = useLabelPx();
  const legendFont = labelSize(11);
  const tickFont = labelSize(10);
  const rankFont = labelSize(10);
  const valueFont = labelSize(12);
  // On a phone: narrower margins, fewer ticks, and the legend on two lines.
  const stacked = width < 520;
  // the label column fits the longest token (subword tokens such as "␣mat" are wider than one character):
  // about 0.6 em for Latin letters and 1 em for CJK at 17 px, after the rank number
  const textWidth = (text: string) => Array.from(text).reduce((w, c) => w + (/[\u2E80-\u9FFF\uF900-\uFAFF]/u.test(c) ? 17 : 10.5), 0);
  const widest = Math.max(0, ...rows.map((row) => textWidth(visibleToken(vocab[row.id] ?? ''))));
  const LABEL = Math.min(Math.round(width * 0.4), Math.max(stacked ? 52 : 64, (stacked ? 22 : 28) + (rankFont - 10) + 12 + widest));
  const VALUE = ((stacked ? 92 : 110) * valueFont) / 12;
  const x = scaleLinear()
    .domain([0, 1])
    .range([LABEL, Math.max(LABEL + 60, width - VALUE)]);
  const grown = 2 * (legendFont - 11) + (tickFont - 10);
  const TOP = (stacked ? 58 : 36) + grown;
  const second = stacked ? { x: LABEL, y: 22 + 1.5 * (legendFont - 11) } : { x: LABEL + Math.max(210, estimateTextWidth(t.legendShaped, legendFont) + 40), y: 4 };
  const height = TOP + rows.length * ROW + 8;
  const ticks = stacked ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];
  return (
    <svg ref={svgRef} className="ntp-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <g fontSize={legendFont}>
        <rect x={LABEL} y={4} width={14} height={12} fill="var(--accent)" />
        <text x={LABEL + 19} y={10} dominantBaseline="central">
          {t.legendShaped}
        </text>
        <rect x={second.x} y={second.y} width={14} height={12} fill="none" stroke="var(--fg)" strokeDasharray="3 2" />
        <text x={second.x + 19} y={second.y + 6} dominantBaseline="central">
          {t.legendModel}
        </text>
      </g>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={TOP - 6} y2={height - 6} stroke="var(--border)" />
          <text x={x(v)} y={TOP - 12} fontSize={tickFont} textAnchor="middle" fill="var(--muted)" className="ntp-tick">
            {percent(v)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = TOP + i * ROW;
        const isChosen = row.id === chosen;
        const cut = row.prob === 0 && row.modelProb > 0;
        return (
          <g key={row.id} data-token-id={row.id}>
            {isChosen && <rect x={2} y={y + 1} width={width - 4} height={ROW - 2} rx={4} fill="var(--accent-soft)" stroke="var(--accent-2)" strokeWidth={2} />}
            <text x={stacked ? 6 : 10} y={y + ROW / 2} fontSize={rankFont} fill="var(--muted)" dominantBaseline="central" className="ntp-rank">
              {row.rank}
            </text>
            <text x={LABEL - 12} y={y + ROW / 2} fontSize={17} textAnchor="end" dominantBaseline="central" fontWeight={isChosen ? 700 : 400} className="ntp-token">
              {visibleToken(vocab[row.id] ?? '')}
            </text>
            <rect x={x(0)} y={y + 7} width={Math.max(0, x(row.prob) - x(0))} height={ROW - 14} fill="var(--accent)" />
            <rect x={x(0)} y={y + 5} width={Math.max(1, x(row.modelProb) - x(0))} height={ROW - 10} fill="none" stroke="var(--fg)" strokeDasharray="3 2" />
            <text
              x={x(Math.max(row.prob, row.modelProb)) + 6}
              y={y + ROW / 2}
              fontSize={valueFont}
              dominantBaseline="central"
              fill={cut ? 'var(--muted)' : 'var(--fg)'}
              fontWeight={isChosen ? 700 : 400}
            >
              {cut ? t.cut : percent(row.prob)}
              {isChosen ? ` · ${t.drawn}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export const ProbabilityBars = memo(ProbabilityBarsInner);
