'use client';
/**
 * One head in the gallery: a button holding a small picture of its attention map
 * (rows: queries, columns: keys; opacity √weight in one hue, painted on a canvas so
 * many maps of 64 or more tokens redraw cheaply; a tile's map changes only with the
 * sentence, and a new sentence is drawn at once), its name, and the computed label with its score. The caption is inside
 * the SVG, and an <image> there stands for the cells, so a download of the gallery
 * keeps both.
 */
import { memo, useMemo, useRef } from 'react';
import { CellCanvas } from '@/components/widget/CellCanvas';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { wrapText } from '@/components/figures/primitives';
import type { Locale } from '@/lib/i18n/locales';
import { fixed } from '@/lib/widgets/format';
import { opacityGrid } from '@/lib/widgets/attentionGeometry';
import { attentionViewStrings } from '@/components/widget/attention/strings';
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

/** Room under the map for the caption's lines, beyond the lines themselves. */
const CAPTION_PAD = 4.5;
/** The map's share of a tile's width on a slide, where the caption below it takes more room. */
const SLIDE_MAP_SHARE = 0.7;

function HeadTileInner({ locale, card, size, selected, onOpen }: HeadTileProps) {
  const t = headsStrings[locale];
  const names = attentionViewStrings[locale].patterns;
  const named = card.label !== 'mixed';
  const shown = named ? card.label : card.best.pattern;
  const closest = `${names[shown]} ${fixed(card.scores[shown as HeadPattern], 2)}`;
  const image = useRef<SVGImageElement>(null);
  const grid = useMemo(() => opacityGrid(card.map), [card.map]);
  const line1 = named ? t.tile(card.layer + 1, card.head + 1) : t.mixedTile(card.layer + 1, card.head + 1);
  const line2 = named ? closest : `~${closest}`;
  // On a slide the caption's labels are larger (useLabelPx): the map takes less of the tile, the name
  // leaves out the layer (its group is headed by it), and each part wraps to the tile's width.
  const onSlide = useOnSlide();
  const labelSize = useLabelPx();
  const map = onSlide ? Math.round(size * SLIDE_MAP_SHARE) : size;
  const mapX = (size - map) / 2;
  const name = onSlide ? (named ? t.slideTile(card.head + 1) : t.slideMixedTile(card.head + 1)) : line1;
  const nameFont = labelSize(12);
  const scoreFont = labelSize(11.5);
  const nameLines = wrapText(name, size, nameFont).split('\n');
  const scoreLines = wrapText(line2, size, scoreFont).split('\n');
  const nameStep = nameFont * 1.3;
  const scoreStep = scoreFont * 1.35;
  const scoreTop = map + 12 + nameLines.length * nameStep + (scoreFont - 11.5) * 0.5;
  const height = scoreTop + (scoreLines.length - 1) * scoreStep + scoreFont / 2 + CAPTION_PAD;
  return (
    <button type="button" className="hg-tile" aria-pressed={selected} aria-label={t.openTile(`${line1} ${line2}`)} data-label={card.label} onClick={() => onOpen(card.layer, card.head)}>
      <span className="cell-map hg-map">
        <CellCanvas grid={grid} x={mapX + 1} y={1} width={map - 2} height={map - 2} imageRef={image} animate={false} />
        <svg width={size} height={height} viewBox={`0 0 ${size} ${height}`} aria-hidden="true" focusable="false">
          <image ref={image} x={mapX + 1} y={1} width={map - 2} height={map - 2} preserveAspectRatio="none" />
          <rect x={mapX + 1} y={1} width={map - 2} height={map - 2} fill="none" stroke={selected ? 'var(--accent-2)' : 'var(--border)'} strokeWidth={selected ? 3 : 1} />
          {/* one text with a space between the lines, so the visible text reads as the start of the button's name */}
          <text x={size / 2} textAnchor="middle" dominantBaseline="central">
            {nameLines.map((line, i) => (
              <tspan key={`n${i}`} x={size / 2} y={map + 12 + i * nameStep} fontSize={nameFont} fontWeight={700}>
                {(i > 0 ? ' ' : '') + line}
              </tspan>
            ))}{' '}
            {scoreLines.map((line, i) => (
              <tspan key={`s${i}`} x={size / 2} y={scoreTop + i * scoreStep} fontSize={scoreFont} fontWeight={named ? 700 : 400} fill={named ? 'var(--fg)' : 'var(--muted)'}>
                {(i > 0 ? ' ' : '') + line}
              </tspan>
            ))}
          </text>
        </svg>
      </span>
    </button>
  );
}

export const HeadTile = memo(HeadTileInner);
