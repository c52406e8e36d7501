'use client';
/**
 * The key-value cache drawn as it fills: per layer a row of keys (K) and a row of
 * values (V), one cell per cached token, in a frame as long as the most the
 * continuation can hold. The cell added this step (one in every K and V row) lights
 * up during its layer's phase of the animation; the others are reused as they are.
 * "Without a cache" marks every earlier cell as recomputed instead, since a model
 * without one must run all earlier tokens again. The legend is part of the picture,
 * so a downloaded file explains itself.
 */
import { memo } from 'react';
import { useLabelScale } from '@/components/widget/useLabelPx';
import { phaseShare } from './useStepAnimation';
import type { GenerationStrings } from './strings';

interface CachePictureProps {
  t: GenerationStrings;
  layers: number;
  /** Tokens cached after this step. */
  rows: number;
  /** The most tokens the cache will hold in this continuation. */
  capacity: number;
  /** True when the last cell of each row was added by the step shown. */
  stepTaken: boolean;
  noCache: boolean;
  progress: number;
  width: number;
}

const LABEL_W = 84;
const CELL_H = 10;
const PAIR_GAP = 8;
const LEGEND_H = 18;

const OldCells = memo(function OldCells({ count, cell, kind, recomputed }: { count: number; cell: number; kind: 'k' | 'v'; recomputed: boolean }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <rect key={i} x={LABEL_W + i * cell} width={Math.max(1, cell - 1)} height={CELL_H - 1} className={recomputed ? 'gen-cache-recomputed' : 'gen-cache-reused'} data-kind={kind} />
      ))}
    </>
  );
});

/** The picture's smallest label (its row names): on a slide the whole picture is magnified until it reaches the label size. */
const SMALLEST_LABEL_PX = 11;

export function CachePicture({ t, layers, rows, capacity, stepTaken, noCache, progress, width: drawnWidth }: CachePictureProps) {
  const scale = useLabelScale(SMALLEST_LABEL_PX);
  const width = drawnWidth / scale;
  const cell = Math.max(2, Math.min(14, (width - LABEL_W - 4) / Math.max(1, capacity)));
  const pairH = 2 * CELL_H + PAIR_GAP;
  const legendTop = layers * pairH + 6;
  const height = legendTop + 3 * LEGEND_H;
  const old = stepTaken ? rows - 1 : rows;
  const legend = [
    ['gen-cache-reused', t.cacheLegendReused],
    ['gen-cache-new', t.cacheLegendNew],
    ['gen-cache-recomputed', t.cacheLegendRecomputed],
  ] as const;
  return (
    <svg className="gen-svg" width={drawnWidth} height={height * scale} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t.cacheLabel(layers, rows)}>
      {Array.from({ length: layers }, (_, l) => (
        <g key={l} transform={`translate(0,${l * pairH})`} data-cache-layer={l} data-rows={rows}>
          {(['k', 'v'] as const).map((kind, r) => (
            <g key={kind} transform={`translate(0,${r * CELL_H})`}>
              <text x={LABEL_W - 6} y={CELL_H / 2} textAnchor="end" dominantBaseline="central" className="gen-label">
                {`${t.layer(l + 1)} ${kind === 'k' ? t.cacheKeys : t.cacheValues}`}
              </text>
              <rect x={LABEL_W - 1} y={-1} width={capacity * cell + 1} height={CELL_H + 1} className="gen-cache-frame" />
              <OldCells count={old} cell={cell} kind={kind} recomputed={noCache && stepTaken} />
              {stepTaken && <rect x={LABEL_W + old * cell} width={Math.max(1, cell - 1)} height={CELL_H - 1} className="gen-cache-new" data-kind={kind} opacity={phaseShare(progress, 1 + l)} />}
            </g>
          ))}
        </g>
      ))}
      {legend.map(([className, text], i) => (
        <g key={className} transform={`translate(${LABEL_W},${legendTop + i * LEGEND_H})`}>
          <rect width={12} height={CELL_H} className={className} />
          <text x={18} y={CELL_H / 2} dominantBaseline="central" className="gen-label-start">
            {text}
          </text>
        </g>
      ))}
    </svg>
  );
}
