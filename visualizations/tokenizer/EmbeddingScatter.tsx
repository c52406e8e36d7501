'use client';
/**
 * The tiny model's embedding table projected to 2-D (PCA from math.ts): one
 * point per token, drawn as its character when the vocabulary is small enough
 * to read (otherwise as a dot, with the text's tokens, the chosen token and its
 * neighbours still labelled). The chosen token is ringed, its nearest
 * neighbours dashed-ringed, the text's tokens bold. The pointer or the arrow
 * keys (nearest point in that direction) choose a token; a line below reads
 * out the token under the pointer or the chosen one.
 */
import { useMemo, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { fixed } from '@/lib/widgets/format';
import { scatterPositions, stepInDirection } from './pca';
import type { TokenizerStrings } from './strings';

interface EmbeddingScatterProps {
  points: [number, number][];
  /** Token id of each point. */
  ids: number[];
  glyph: (id: number) => string;
  /** Index (into points) of the chosen token. */
  selected: number;
  onSelect: (index: number) => void;
  textIds: ReadonlySet<number>;
  nearestIds: ReadonlySet<number>;
  width: number;
  svgRef: RefObject<SVGSVGElement | null>;
  t: TokenizerStrings;
}

/** Above this many points, only highlighted tokens are labelled. */
const LABEL_ALL = 160;

export function EmbeddingScatter({ points, ids, glyph, selected, onSelect, textIds, nearestIds, width, svgRef, t }: EmbeddingScatterProps) {
  const w = Math.max(260, Math.min(width, 720));
  const h = Math.round(w * (w < 500 ? 0.9 : 0.62));
  const positions = useMemo(() => scatterPositions(points, w, h, 22), [points, w, h]);
  const [hover, setHover] = useState<number | null>(null);
  const labelAll = points.length <= LABEL_ALL;
  const shown = hover ?? selected;
  const labelSize = useLabelPx();
  const axisFont = labelSize(10.5);
  const onKey = (event: KeyboardEvent) => {
    const dir = ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const)[event.key as 'ArrowLeft'];
    if (!dir) return;
    event.preventDefault();
    setHover(null);
    onSelect(stepInDirection(positions, selected, dir));
  };
  const onPointer = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * w;
    const y = ((event.clientY - box.top) / box.height) * h;
    let best = -1;
    let bestD = 24 * 24;
    positions.forEach(([px, py], i) => {
      const d = (px - x) ** 2 + (py - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    setHover(best >= 0 ? best : null);
  };
  const readout = t.pointLabel(glyph(ids[shown]), ids[shown], fixed(points[shown][0], 2), fixed(points[shown][1], 2)) + (textIds.has(ids[shown]) ? ` · ${t.inText}` : '');
  return (
    <div className="tok-scatter">
      <p className="tok-small" id="tok-scatter-help">
        {t.scatterHelp}
      </p>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${w} ${h}`}
        width={w}
        height={h}
        tabIndex={0}
        role="group"
        aria-label={t.scatterTitle}
        aria-describedby="tok-scatter-help tok-scatter-readout"
        onKeyDown={onKey}
        onPointerMove={onPointer}
        onPointerLeave={() => setHover(null)}
        onClick={() => hover !== null && onSelect(hover)}
      >
        <rect width={w} height={h} fill="var(--surface)" rx={6} />
        <line x1={w / 2} x2={w / 2} y1={8} y2={h - 8} stroke="var(--border)" strokeDasharray="3 4" />
        <line x1={8} x2={w - 8} y1={h / 2} y2={h / 2} stroke="var(--border)" strokeDasharray="3 4" />
        <text x={w - 8} y={h / 2 - 5} textAnchor="end" fontSize={axisFont} style={{ fill: 'var(--muted)' }}>
          PC1
        </text>
        <text x={w / 2 + 5} y={5 + axisFont} fontSize={axisFont} style={{ fill: 'var(--muted)' }}>
          PC2
        </text>
        {positions.map(([x, y], i) => {
          const id = ids[i];
          const inText = textIds.has(id);
          const near = nearestIds.has(id);
          const label = labelAll || inText || near || i === selected || i === hover;
          return (
            <g key={id} aria-hidden="true">
              {!label && <circle cx={x} cy={y} r={2.2} fill="var(--muted)" fillOpacity={0.55} />}
              {label && (
                <text x={x} y={y + 5} textAnchor="middle" fontSize={labelSize(inText ? 15 : 13)} fontWeight={inText ? 700 : 400} style={{ fill: inText ? 'var(--accent)' : 'var(--fg)' }}>
                  {glyph(id)}
                </text>
              )}
              {near && <circle cx={x} cy={y} r={11} fill="none" stroke="var(--accent-3)" strokeWidth={1.5} strokeDasharray="3 2" />}
            </g>
          );
        })}
        <circle cx={positions[selected][0]} cy={positions[selected][1]} r={13} fill="none" stroke="var(--fg)" strokeWidth={2.5} />
        {hover !== null && hover !== selected && <circle cx={positions[hover][0]} cy={positions[hover][1]} r={13} fill="none" stroke="var(--accent)" strokeWidth={2} />}
      </svg>
      <p id="tok-scatter-readout" className="tok-readout" aria-live="polite">
        {readout}
      </p>
    </div>
  );
}
