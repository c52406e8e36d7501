'use client';
/**
 * The all-heads overview: one small attention map per layer and head, each
 * labelled with the pattern its weights show (scored by lib/model's
 * headPatterns, not named by hand). Each map is a button that opens that head.
 * Maps are drawn as a few quantised paths each (math.ts), so eight 64×64 maps
 * stay cheap to redraw while the reader types.
 */
import { memo, type KeyboardEvent, type RefObject } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { quantizedCells } from './geometry';
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
const CAPTION = 36;

function HeadOverviewInner({ locale, maps, patterns, layer, head, width, label, onOpen, svgRef }: HeadOverviewProps) {
  const t = attentionStrings[locale];
  const cols = Math.max(1, maps[0]?.length ?? 1);
  const size = Math.min(170, Math.floor((width - (cols - 1) * GAP - 4) / cols));
  const height = maps.length * (size + CAPTION + GAP);
  const n = maps[0]?.[0]?.length ?? 0;
  const cell = n > 0 ? size / n : size;
  const onKey = (event: KeyboardEvent, l: number, h: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(l, h);
    }
  };
  return (
    <svg ref={svgRef} className="attn-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-label={label}>
      <title>{label}</title>
      {maps.map((heads, l) =>
        heads.map((map, h) => {
          const x = 2 + h * (size + GAP);
          const y = 2 + l * (size + CAPTION + GAP);
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
              <rect width={size} height={size + CAPTION} fill="transparent" />
              <rect width={size} height={size} fill="var(--bg)" />
              {quantizedCells(map, cell).map((band) => (
                <path key={band.opacity} d={band.d} fill="var(--accent)" fillOpacity={band.opacity} />
              ))}
              <rect className="attn-tile-frame" width={size} height={size} fill="none" stroke={chosen ? 'var(--accent-2)' : 'var(--border)'} strokeWidth={chosen ? 3 : 1} />
              <text x={size / 2} y={size + 12} fontSize={12} textAnchor="middle" dominantBaseline="central" fontWeight={chosen ? 700 : 400}>
                {t.tile(l + 1, h + 1)}
              </text>
              <text x={size / 2} y={size + 27} fontSize={11} textAnchor="middle" dominantBaseline="central" fill="var(--muted)">
                {patterns[l]?.[h] ?? ''}
              </text>
            </g>
          );
        }),
      )}
    </svg>
  );
}

export const HeadOverview = memo(HeadOverviewInner);
