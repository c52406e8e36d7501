'use client';
/**
 * One head in the gallery: a button holding a small SVG of its attention map
 * (rows: queries, columns: keys; opacity √weight in one hue, drawn as a few
 * quantised paths so eight 64×64 maps redraw cheaply), its name, and the
 * computed label with its score. The caption is inside the SVG so a download
 * of the gallery keeps it.
 */
import { memo } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { fixed } from '@/lib/widgets/format';
import { quantizedCells } from '@/visualizations/attention/geometry';
import { attentionStrings } from '@/visualizations/attention/strings';
import type { HeadPattern } from '@/lib/model/headPatterns';
import type { HeadCard } from './math';
import { headsStrings } from './strings';

interface HeadTileProps {
  locale: Locale;
  card: HeadCard;
  size: number;
  selected: boolean;
  onOpen: (layer: number, head: number) => void;
}

const CAPTION = 38;

function HeadTileInner({ locale, card, size, selected, onOpen }: HeadTileProps) {
  const t = headsStrings[locale];
  const names = attentionStrings[locale].patterns;
  const named = card.label !== 'mixed';
  const shown = named ? card.label : card.best.pattern;
  const closest = `${names[shown]} ${fixed(card.scores[shown as HeadPattern], 2)}`;
  const n = card.map.length;
  const cell = n > 0 ? (size - 2) / n : size;
  const height = size + CAPTION;
  const line1 = named ? t.tile(card.layer + 1, card.head + 1) : t.mixedTile(card.layer + 1, card.head + 1);
  const line2 = named ? closest : `~${closest}`;
  return (
    <button
      type="button"
      className="hg-tile"
      aria-pressed={selected}
      aria-label={t.openTile(`${line1} ${line2}`)}
      data-label={card.label}
      onClick={() => onOpen(card.layer, card.head)}
    >
      <svg width={size} height={height} viewBox={`0 0 ${size} ${height}`} aria-hidden="true" focusable="false">
        <rect x={1} y={1} width={size - 2} height={size - 2} fill="var(--bg)" />
        <g transform="translate(1, 1)">
          {quantizedCells(card.map, cell).map((band) => (
            <path key={band.opacity} d={band.d} fill="var(--accent)" fillOpacity={band.opacity} />
          ))}
        </g>
        <rect x={1} y={1} width={size - 2} height={size - 2} fill="none" stroke={selected ? 'var(--accent-2)' : 'var(--border)'} strokeWidth={selected ? 3 : 1} />
        <text x={size / 2} y={size + 12} fontSize={12} textAnchor="middle" dominantBaseline="central" fontWeight={700}>
          {line1}
        </text>
        <text x={size / 2} y={size + 28} fontSize={11.5} textAnchor="middle" dominantBaseline="central" fontWeight={named ? 700 : 400} fill={named ? 'var(--fg)' : 'var(--muted)'}>
          {line2}
        </text>
      </svg>
    </button>
  );
}

export const HeadTile = memo(HeadTileInner);
