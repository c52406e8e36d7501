'use client';
/**
 * The all-heads overview: one small attention map per layer and head, each
 * labelled with the pattern its weights show (scored by lib/model's
 * headPatterns, not named by hand). Each map is a button that opens that head.
 * Maps are painted on canvases (one image copy each, gliding to new weights), so
 * many maps of 64 or more tokens stay cheap to redraw while the reader types; an
 * <image> in the SVG stands for each in downloads. On a slide the picture has a fixed
 * height (`maxHeight`): the maps are laid out to fit it (overviewLayout.ts), one layer at
 * a time when all of them would be too small to read, the layer menu turning the page.
 */
import { createRef, memo, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { wrapText } from '@/components/figures/primitives';
import { CellCanvas } from '@/components/widget/CellCanvas';
import { useLabelPx } from '@/components/widget/useLabelPx';
import type { Locale } from '@/lib/i18n/locales';
import { opacityGrid } from '@/lib/widgets/attentionGeometry';
import { overviewLayout, tileAt } from './overviewLayout';
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
  /** The picture's height on a slide; none in a chapter, where it grows with the layers. */
  maxHeight?: number;
  label: string;
  onOpen: (layer: number, head: number) => void;
  svgRef?: RefObject<SVGSVGElement | null>;
}

const GAP = 12;
const MAX_MAP = 170;
/** Smallest map a slide shows the whole grid at: below it, one layer at a time. */
const SLIDE_MIN_MAP = 120;
/** The line above the maps that names the layer shown, with its margin (one line of the widget's 16 px text). */
const PAGE_LINE = 32;

function HeadOverviewInner({ locale, maps, patterns, layer, head, width, maxHeight, label, onOpen, svgRef }: HeadOverviewProps) {
  const t = attentionStrings[locale];
  const cols = Math.max(1, maps[0]?.length ?? 1);
  // the caption at its label sizes (larger on a slide): the name, then the pattern wrapped to the map's width
  // (36 px under the map in a chapter when every pattern's name takes one line)
  const labelSize = useLabelPx();
  const nameFont = labelSize(12);
  const patternFont = labelSize(11);
  const patternLines = (size: number) => (pattern: string) => (pattern ? wrapText(pattern, size + GAP - 2, patternFont).split('\n') : ['']);
  const captionFor = (size: number) => nameFont + patternFont * (1.35 + 0.83 + 1.2 * (Math.max(1, ...patterns.flat().map((p) => patternLines(size)(p).length)) - 1));
  const options = { nLayers: maps.length, nHeads: cols, layer, width, gap: GAP, maxSize: MAX_MAP, caption: captionFor, maxHeight, minSize: SLIDE_MIN_MAP };
  const whole = overviewLayout(options);
  // one layer at a time: the line naming the layer takes its room from the maps
  const layout = whole.paged && maxHeight !== undefined ? overviewLayout({ ...options, maxHeight: maxHeight - PAGE_LINE }) : whole;
  const { size, caption, height } = layout;
  const nameY = size + nameFont;
  const patternY = nameY + patternFont * 1.35;
  const grids = useMemo(() => maps.map((heads) => heads.map((map) => opacityGrid(map))), [maps]);
  const images = useRef<RefObject<SVGImageElement | null>[]>([]);
  const imageRef = (k: number) => (images.current[k] ??= createRef<SVGImageElement>());
  const shown = layout.layers.flatMap((l) => (grids[l] ?? []).map((grid, h) => ({ l, h, grid })));
  const at = (l: number, h: number) => tileAt(layout, layout.layers.indexOf(l) * cols + h, GAP);
  const onKey = (event: KeyboardEvent, l: number, h: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(l, h);
    }
  };
  return (
    <>
      {layout.paged && <p className="attn-overview-page">{t.overviewPage(layer + 1, maps.length)}</p>}
      <div className="cell-map" style={{ width }}>
        {shown.map(({ l, h, grid }) => (
          <CellCanvas key={`${l}-${h}`} grid={grid} {...at(l, h)} width={size} height={size} imageRef={imageRef(l * cols + h)} />
        ))}
        <svg ref={svgRef} className="attn-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-label={label}>
          <title>{label}</title>
          {shown.map(({ l, h }) => {
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
                  {patternLines(size)(patterns[l]?.[h] ?? '').map((line, i) => (
                    <tspan key={i} x={size / 2} dy={i === 0 ? 0 : patternFont * 1.2}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </>
  );
}

export const HeadOverview = memo(HeadOverviewInner);
