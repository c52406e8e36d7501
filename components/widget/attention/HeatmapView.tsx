'use client';
/**
 * The heatmap view: query rows × key columns, each cell's opacity √weight
 * (one hue, so it reads for colour-blind readers in both themes; the legend
 * names the weights), cells hidden
 * by the causal mask in the surface colour, token labels on both axes, axis
 * titles, a legend, and an outline on the active query's row. A pointer on a
 * row previews that query; a click chooses it.
 *
 * The cells are painted on a canvas (CellCanvas) and glide from the old weights
 * to the new ones; everything else is SVG, with an <image> standing for the
 * cells in downloads.
 *
 * On a slide the labels take the slide's label size (useLabelPx), the token
 * labels thin out by the widest one so none overlap, the legend stands beside
 * the grid, and the grid may be held to a height (`maxHeight`).
 */
import { memo, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { CellCanvas } from '@/components/widget/CellCanvas';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { cellAt } from '@/lib/widgets/cellGrid';
import type { Locale } from '@/lib/i18n/locales';
import { heatmapLayout, labelEms, opacityGrid, opacityWeight } from '@/lib/widgets/attentionGeometry';
import { visibleToken } from '@/lib/widgets/tokenText';
import { attentionViewStrings } from './strings';

interface HeatmapViewProps {
  locale: Locale;
  tokens: string[];
  weights: number[][];
  active: number;
  /** Draw the causal mask's hidden cells (j > i). */
  causal: boolean;
  width: number;
  label: string;
  maxCell?: number;
  /** The most height the picture may take (a slide's room): cells shrink to fit it. */
  maxHeight?: number;
  svgRef?: RefObject<SVGSVGElement | null>;
  onSelect?: (query: number) => void;
  onPreview?: (query: number | null) => void;
}

function HeatmapViewInner({ locale, tokens, weights, active, causal, width, label, maxCell, maxHeight, svgRef, onSelect, onPreview }: HeatmapViewProps) {
  const t = attentionViewStrings[locale];
  const n = tokens.length;
  const labelSize = useLabelPx();
  const axisFont = labelSize(12);
  const legendFont = labelSize(11);
  // the row labels' band is as wide as the widest token, and the column labels thin out so that none overlap
  // (words are several letters wide; a slide's labels are larger still)
  const onSlide = useOnSlide();
  const ems = useMemo(() => Math.max(1, ...tokens.map((token) => labelEms(visibleToken(token)))), [tokens]);
  const { cell, left, top, height, labelEvery, rowLabelEvery, fontSize, labelBand, legendStep, legendBeside } = heatmapLayout(n, width, maxCell, {
    minFont: labelSize(9),
    axisFont,
    legendFont,
    labelEms: ems,
    maxHeight,
    // beside the grid: its longest line is the masked cells' name, after a swatch
    legendWidth: onSlide ? 24 + 26 + labelEms(t.masked) * legendFont : undefined,
  });
  const topBand = top - (left - labelBand);
  const size = cell * n;
  const rowAt = (event: MouseEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return cellAt(event.clientX - box.left, event.clientY - box.top, n, n, box.width, box.height).row;
  };
  const image = useRef<SVGImageElement>(null);
  const grid = useMemo(() => opacityGrid(weights, causal, n), [weights, causal, n]);
  const legendY = top + size + 16;
  return (
    <div className="cell-map" style={{ width }}>
      <CellCanvas grid={grid} x={left} y={top} width={size} height={size} masked="surface" imageRef={image} subject={tokens} />
      <svg ref={svgRef} className="attn-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <title>{label}</title>
        <text x={left} y={axisFont * 0.85} fontSize={axisFont} dominantBaseline="central">
          {t.axisKey}
        </text>
        <text transform={`translate(${axisFont * 0.85}, ${top}) rotate(90)`} fontSize={axisFont} dominantBaseline="central">
          {onSlide ? t.axisQuerySlide : t.axisQuery}
        </text>
        {tokens.map((token, i) => {
          // every labelEvery-th column's label and every rowLabelEvery-th row's, and the active query's, which the others near it make way for
          const shown = (every: number) => i === active || (i % every === 0 && Math.abs(i - active) >= every);
          const column = shown(labelEvery);
          const row = shown(rowLabelEvery);
          return column || row ? (
            <g key={i} fontSize={fontSize} fontWeight={i === active ? 700 : 400}>
              {column && (
                <text x={left + (i + 0.5) * cell} y={top - topBand / 2} textAnchor="middle" dominantBaseline="central">
                  {visibleToken(token)}
                </text>
              )}
              {row && (
                <text x={left - labelBand / 2} y={top + (i + 0.5) * cell} textAnchor="middle" dominantBaseline="central">
                  {visibleToken(token)}
                </text>
              )}
            </g>
          ) : null;
        })}
        <image ref={image} x={left} y={top} width={size} height={size} preserveAspectRatio="none" />
        <rect x={left} y={top} width={size} height={size} fill="none" stroke="var(--border)" />
        <rect x={left - 1} y={top + active * cell - 1} width={size + 2} height={cell + 2} fill="none" stroke="var(--accent-2)" strokeWidth={2.5} />
        <rect
          x={left}
          y={top}
          width={size}
          height={size}
          fill="transparent"
          onPointerMove={onPreview && ((e) => onPreview(rowAt(e)))}
          onPointerLeave={onPreview && (() => onPreview(null))}
          onClick={onSelect && ((e) => onSelect(rowAt(e)))}
        />
        {legendBeside ? (
          <g transform={`translate(${left + size + 24}, ${top})`} fontSize={legendFont}>
            <text y={legendFont * 0.6} dominantBaseline="central">
              {t.legend}
            </text>
            {[0, 0.25, 0.5, 0.75, 1].map((o, i) => (
              <g key={o} transform={`translate(0, ${(i + 1) * legendStep})`}>
                <rect width={18} height={legendFont} fill="var(--accent)" fillOpacity={o} stroke="var(--border)" />
                <text x={26} y={legendFont / 2} dominantBaseline="central">
                  {Number(opacityWeight(o).toFixed(2))}
                </text>
              </g>
            ))}
            {causal && (
              <g transform={`translate(0, ${6.2 * legendStep})`}>
                <rect width={18} height={legendFont} fill="var(--surface)" stroke="var(--border)" />
                <text x={26} y={legendFont / 2} dominantBaseline="central">
                  {t.masked}
                </text>
              </g>
            )}
          </g>
        ) : (
          <g transform={`translate(${left}, ${legendY})`} fontSize={legendFont}>
            {[0, 0.25, 0.5, 0.75, 1].map((o, i) => (
              <g key={o} transform={`translate(${i * legendStep}, 0)`}>
                <rect width={18} height={14} fill="var(--accent)" fillOpacity={o} stroke="var(--border)" />
                <text x={9} y={14 + legendFont * 0.9} textAnchor="middle" dominantBaseline="central">
                  {Number(opacityWeight(o).toFixed(2))}
                </text>
              </g>
            ))}
            <text x={5 * legendStep + 6} y={7} dominantBaseline="central">
              {t.legend}
            </text>
            {causal && (
              <g transform={`translate(0, ${14 + legendFont * 2})`}>
                <rect width={18} height={14} fill="var(--surface)" stroke="var(--border)" />
                <text x={24} y={7} dominantBaseline="central">
                  {t.masked}
                </text>
              </g>
            )}
          </g>
        )}
      </svg>
    </div>
  );
}

export const HeatmapView = memo(HeatmapViewInner);
