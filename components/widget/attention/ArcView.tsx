'use client';
/**
 * The arc view: the sentence's tokens in rows, an arc from the active query to
 * every token it reads (stroke width and opacity = weight), a bar under each
 * token (height = weight) with the three largest weights written out, and
 * faint arcs for every other token's strongest link. Geometry comes from
 * math.ts; this file only draws. When the query, head, layer or sentence
 * changes, the active row's arcs and bars glide from the old weights to the
 * new ones (one render of the moving part per animation frame; instant under reduced
 * motion). A new sentence is drawn at once: its weights are not the old ones moved.
 */
import { memo, useMemo, type RefObject } from 'react';
import { useAnimatedValues } from '@/components/widget/animate';
import { useReducedMotion } from '@/components/widget/hooks';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { fixed } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { arcBands, arcLabelLayout, arcPath, labelEms, spacedLabels, strongestLinks, topKeys, type ArcLabelLayout } from '@/lib/widgets/attentionGeometry';
import { visibleToken } from '@/lib/widgets/tokenText';
import { attentionViewStrings } from './strings';

interface ArcViewProps {
  locale: Locale;
  tokens: string[];
  weights: number[][];
  active: number;
  width: number;
  /** Spoken summary of the picture. */
  label: string;
  svgRef?: RefObject<SVGSVGElement | null>;
}

const BAR = 14;
const NO_WEIGHTS: number[] = [];
const LEGEND = 34;

function ArcViewInner({ locale, tokens, weights, active, width, label, svgRef }: ArcViewProps) {
  const t = attentionViewStrings[locale];
  const labelSize = useLabelPx();
  const onSlide = useOnSlide();
  const legendFont = labelSize(11);
  // on a slide labels keep their size and take as many lines as that needs
  const sizes = useMemo(() => ({ minFont: labelSize(12), floorFont: labelSize(9), maxLines: onSlide ? 8 : 3, valueFont: labelSize(10) }), [labelSize, onSlide]);
  const layout = useMemo(() => arcLabelLayout(tokens.map(visibleToken), width, sizes), [tokens, width, sizes]);
  const { cell, centers, font, lineHeight, lines } = layout;
  const labelY = (i: number) => centers[i].y + (i % lines) * lineHeight;
  // the outline around the query's label: the label's width (bold) with a little room, at least a cell
  const activeWidth = Math.max(cell - 2, labelEms(visibleToken(tokens[active] ?? '')) * font * 1.1 + 8);
  const bands = useMemo(
    () =>
      arcBands(
        strongestLinks(weights, active).filter((link) => link.weight >= 0.3),
        layout,
      ),
    [weights, active, layout],
  );
  // the legend's swatches and their values, spaced for the label size (wider on a slide)
  const swatchStep = 44 + legendFont * 2.6;
  const legendWraps = width < 3 * swatchStep + labelEms(t.legend) * legendFont + 20;
  const height = layout.height + LEGEND + (legendFont - 11) + (legendWraps ? legendFont * 1.6 : 0);
  return (
    <svg ref={svgRef} className="attn-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {bands.map((band) => (
        <path key={band.weight} d={band.d} fill="none" stroke="var(--muted)" strokeOpacity={0.1 + 0.2 * band.weight} strokeWidth={0.5 + 1.5 * band.weight} />
      ))}
      <ActiveRow target={weights[active] ?? NO_WEIGHTS} active={active} layout={layout} tokens={tokens} />
      {active < tokens.length && (
        <rect x={centers[active].x - activeWidth / 2} y={labelY(active) - font * 0.8} width={activeWidth} height={font * 1.6} rx={4} fill="none" stroke="var(--accent-2)" strokeWidth={2.5} />
      )}
      {/* the labels' shared attributes are set once, on their group */}
      <g fontSize={font} textAnchor="middle" dominantBaseline="central">
        {tokens.map((token, i) => (
          <text key={i} x={centers[i].x} y={labelY(i)} fontWeight={i === active ? 700 : undefined}>
            {visibleToken(token)}
          </text>
        ))}
      </g>
      <g transform={`translate(8, ${layout.height + 8})`}>
        {[0.25, 0.5, 1].map((w, i) => (
          <g key={w} transform={`translate(${6 + i * swatchStep}, 0)`}>
            <line x1={0} x2={26} y1={8} y2={8} stroke="var(--accent)" strokeOpacity={0.35 + 0.65 * w} strokeWidth={0.75 + 9 * w} strokeLinecap="round" />
            <text x={38} y={8} fontSize={legendFont} dominantBaseline="central">
              {fixed(w, 2)}
            </text>
          </g>
        ))}
        <text x={legendWraps ? 0 : 6 + 3 * swatchStep} y={legendWraps ? 8 + legendFont * 1.6 : 8} fontSize={legendFont} dominantBaseline="central">
          {t.legend}
        </text>
      </g>
    </svg>
  );
}

interface ActiveRowProps {
  /** The active query's weights over the keys. */
  target: readonly number[];
  active: number;
  layout: ArcLabelLayout;
  /** The sentence: a new one is drawn without a glide. */
  tokens: readonly string[];
}

/**
 * The active query's arcs, the bars under the tokens and their largest values: the
 * only part that moves. It renders once per animation frame while the weights glide,
 * so it holds nothing else (the tokens, faint arcs and legend stay put in ArcViewInner).
 */
function ActiveRowInner({ target, active, layout, tokens }: ActiveRowProps) {
  const { cell, centers, lift, font, lines, lineHeight, valueFont } = layout;
  // bars and values go under the lowest label line
  const under = (lines - 1) * lineHeight + font * 0.85;
  const row = useAnimatedValues(target, useReducedMotion(), undefined, tokens);
  const strong = useMemo(
    () =>
      spacedLabels(
        topKeys(target, 8).filter((k) => k.weight >= 0.01),
        centers,
        // a value is about four characters wide: keep two of them apart
        valueFont * 2.8,
      ),
    [target, centers, valueFont],
  );
  return (
    <g>
      {row.map((w, j) =>
        w < 0.005 ? null : (
          <path key={j} d={arcPath(centers[active], centers[j], cell, lift)} fill="none" stroke="var(--accent)" strokeOpacity={0.35 + 0.65 * w} strokeWidth={0.75 + 9 * w} strokeLinecap="round" />
        ),
      )}
      {/* every bar in one path: one element to restyle and lay out instead of one per token */}
      <path className="attn-bars" d={barsPath(row, centers, under, cell * 0.6)} fill="var(--accent)" />
      {strong.map((i) => (
        <text key={i} x={centers[i].x} y={centers[i].y + under + BAR + 2 + valueFont * 0.6} fontSize={valueFont} textAnchor="middle" dominantBaseline="central">
          {fixed(row[i], 2)}
        </text>
      ))}
    </g>
  );
}

const ActiveRow = memo(ActiveRowInner);

/** The bars under the tokens as one path: a `width` wide rectangle under each centre, `weight × BAR` tall, starting `under` below it. */
function barsPath(weights: readonly number[], centers: readonly { x: number; y: number }[], under: number, width: number): string {
  let d = '';
  weights.forEach((w, i) => {
    const height = w * BAR;
    if (height > 0) d += `M${centers[i].x - width / 2},${centers[i].y + under}h${width}v${height}h${-width}z`;
  });
  return d;
}

export const ArcView = memo(ArcViewInner);
