'use client';
/**
 * The all-heads overview: one small attention map per layer and head, each
 * labelled with the pattern its weights show (scored by lib/model's
 * headPatterns, not named by hand). Each map is a button that opens that head.
 * Maps are painted on canvases (one image copy each, gliding to new weights), so
 * many maps of 64 or more tokens stay cheap to redraw while the reader types; an
 * <image> in the SVG stands for each in downloads.
 */
import { createRef, memo, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { CellCanvas } from '@/components/widget/CellCanvas';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { gridFromRows } from '@/lib/widgets/cellGrid';
import type { Locale } from '@/lib/i18n/locales';
import { weightOpacity } from '@/lib/widgets/attentionGeometry';
import { attentionStrings } from './strings';

interface HeadOverviewProps {
  locale: Locale;
  /** [layer][head][query][key] */
  maps: number[][][][];
  /** Pattern name of each head, [layer][head]. */
  patterns: string[][];
  layer: number;
  head: number;
  width: number;
  label: string;
  onOpen: (layer: number, head: number) => void;
  svgRef?: RefObject<SVGSVGElement | null>;
}

const GAP = 12;

function HeadOverviewInner({ locale, maps, patterns, layer, head, width, label, onOpen, svgRef }: HeadOverviewProps) {
  const t = attentionStrings[locale];
  const cols = Math.max(1, maps[0]?.length ?? 1);
  const size = Math.min(170, Math.floor((width - (cols - 1) * GAP - 4) / cols));
  // the caption's two lines at their label sizes (larger on a slide): 36 px under the map in a chapter
  const labelSize = useLabelPx();
  const nameFont = labelSize(12);
  const patternFont = labelSize(11);
  const nameY = size + nameFont;
  const patternY = nameY + patternFont * 1.35;
  const caption = patternY - size + patternFont * 0.83;
  const height = maps.length * (size + caption + GAP);
  const grids = useMemo(() => maps.map((heads) => heads.map((map) => gridFromRows(map, weightOpacity))), [maps]);
  const images = useRef<RefObject<SVGImageElement | null>[]>([]);
  const imageRef = (k: number) => (images.current[k] ??= createRef<SVGImageElement>());
  const at = (l: number, h: number) => ({ x: 2 + h * (size + GAP), y: 2 + l * (size + caption + GAP) });
  const onKey = (event: KeyboardEvent, l: number, h: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(l, h);
    }
  };
  return (
    <div className="cell-map" style={{ width }}>
      {grids.map((heads, l) => heads.map((grid, h) => <CellCanvas key={`${l}-${h}`} grid={grid} {...at(l, h)} width={size} height={size} imageRef={imageRef(l * cols + h)} />))}
      <svg ref={svgRef} className="attn-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-label={label}>
        <title>{label}</title>
        {maps.map((heads, l) =>
          heads.map((_, h) => {
            const { x, y } = at(l, h);
            const chosen = l === layer && h === head;
            return (
              <g
                key={`${l}-${h}`}
                className="attn-tile"
                transform={`translate(${x}, ${y})`}
                role="button"
                tabIndex={0}
                aria-pressed={chosen}
                aria-label={t.openHead(l + 1, h + 1, patterns[l]?.[h] ?? '')}
                onClick={() => onOpen(l, h)}
                onKeyDown={(e) => onKey(e, l, h)}
              >
                <rect width={size} height={size + caption} fill="transparent" />
                <image ref={imageRef(l * cols + h)} width={size} height={size} preserveAspectRatio="none" />
                <rect className="attn-tile-frame" width={size} height={size} fill="none" stroke={chosen ? 'var(--accent-2)' : 'var(--border)'} strokeWidth={chosen ? 3 : 1} />
                <text x={size / 2} y={nameY} fontSize={nameFont} textAnchor="middle" dominantBaseline="central" fontWeight={chosen ? 700 : 400}>
                  {t.tile(l + 1, h + 1)}
                </text>
                <text x={size / 2} y={patternY} fontSize={patternFont} textAnchor="middle" dominantBaseline="central" fill="var(--muted)">
                  {patterns[l]?.[h] ?? ''}
                </text>
              </g>
            );
          }),
        )}
      </svg>
    </div>
  );
}

export const HeadOverview = memo(HeadOverviewInner);
