'use client';
/**
 * The current attention of every head on one held-out sequence, one small
 * map per head (query rows, key columns; darker = more weight), painted on a
 * canvas: one pixel per cell, scaled up. For the copy task each map is
 * labelled with its head's induction score; an induction head shows a stripe
 * one step to the right of the diagonal that runs L positions back. Before the
 * first evaluation the same grid is drawn empty, so the widget keeps its height
 * when training starts and the page below does not move (a move would make the
 * browser lay out and repaint the whole rest of the chapter in one task).
 */
import { memo, useEffect, useRef } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { useThemeColors, type Rgb } from '@/components/widget/useThemeColors';
import { fixed } from '@/lib/widgets/format';
import type { Evaluation } from '@/lib/train/session';
import { trainingStrings } from './strings';

const COLOURS = ['accent', 'bg'] as const;

function HeadCanvas({ map, colour, size, label }: { map: number[][] | null; colour: Rgb; size: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !map) return;
    const n = map.length;
    const image = ctx.createImageData(n, n);
    for (let q = 0; q < n; q++) {
      for (let k = 0; k < n; k++) {
        const o = (q * n + k) * 4;
        image.data[o] = colour[0];
        image.data[o + 1] = colour[1];
        image.data[o + 2] = colour[2];
        image.data[o + 3] = Math.round(255 * Math.sqrt(map[q][k]));
      }
    }
    ctx.putImageData(image, 0, 0);
  }, [map, colour]);
  const n = Math.max(1, map?.length ?? 1);
  return <canvas ref={ref} className="tr-map" width={n} height={n} style={{ width: size, height: size }} role="img" aria-label={label} />;
}

interface Props {
  locale: Locale;
  /** The latest evaluation, or null before the first: then the grid is drawn empty. */
  evaluation: Evaluation | null;
  /** The model's shape, known before its first evaluation. */
  layers: number;
  heads: number;
  width: number;
}

function AttentionMapsInner({ locale, evaluation, layers, heads, width }: Props) {
  const t = trainingStrings[locale];
  const theme = useThemeColors(COLOURS, [0, 105, 166]);
  const size = Math.max(64, Math.min(120, Math.floor((width - 16) / Math.max(1, heads)) - 12));
  if (!theme) return null;
  return (
    <figure className="tr-figure">
      <figcaption className="tr-caption">{evaluation ? t.attentionTitle(evaluation.step) : t.attentionBefore}</figcaption>
      <div className="tr-maps">
        {Array.from({ length: layers }, (_, l) => (
          <div key={l} className="tr-map-row">
            {Array.from({ length: heads }, (_, h) => {
              const map = evaluation?.attention[l]?.[h] ?? null;
              const score = evaluation?.induction ? fixed(evaluation.induction[l][h], 2) : null;
              const label = t.attentionLabel(l, h, score);
              return (
                <div key={h} className="tr-map-cell">
                  <HeadCanvas map={map} colour={theme.accent} size={size} label={label} />
                  <span className="tr-map-label" aria-hidden="true">
                    {t.head(l, h)}
                    {score !== null && <> · {score}</>}
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </figure>
  );
}

export const AttentionMaps = memo(AttentionMapsInner);
