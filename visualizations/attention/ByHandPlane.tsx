'use client';
/**
 * The plane of "attention by hand": a grid, the query and key arrows from the
 * origin, and a handle at each tip that can be dragged (pointer capture, so
 * touch works) or moved with the arrow keys when focused. Key arrows are
 * thicker and more opaque the more weight the key gets; the weight is also
 * written at the tip, so nothing rests on colour.
 */
import { useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { fixed } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { planeScale } from '@/lib/widgets/attentionGeometry';
import { moveVec, type Vec2 } from './math';
import { byHandStrings } from './byHandStrings';

interface ByHandPlaneProps {
  locale: Locale;
  size: number;
  /** q first, then the keys. */
  vectors: Vec2[];
  weights: number[];
  names: string[];
  helpId: string;
  onMove: (index: number, v: Vec2) => void;
  svgRef: RefObject<SVGSVGElement | null>;
}

export const LIMIT = 3;
const STEP = 0.1;

export function ByHandPlane({ locale, size, vectors, weights, names, helpId, onMove, svgRef }: ByHandPlaneProps) {
  const handleFont = useLabelPx()(13);
  const t = byHandStrings[locale];
  const [dragging, setDragging] = useState<number | null>(null);
  const scale = planeScale(size, LIMIT);
  const origin = scale.toPx([0, 0]);
  const ticks = Array.from({ length: 2 * LIMIT + 1 }, (_, i) => i - LIMIT);
  const pointerTo = (event: PointerEvent<SVGGElement>, index: number) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box) return;
    const [x, y] = scale.toPlane({ x: ((event.clientX - box.left) / box.width) * size, y: ((event.clientY - box.top) / box.height) * size });
    onMove(index, moveVec([x, y], 0, 0, LIMIT));
  };
  const onKey = (event: KeyboardEvent, index: number) => {
    const step = event.shiftKey ? 5 * STEP : STEP;
    const delta: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const d = delta[event.key];
    if (!d) return;
    event.preventDefault();
    onMove(index, moveVec(vectors[index], d[0], d[1], LIMIT));
  };
  return (
    <svg ref={svgRef} className="attn-svg attn-plane" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-label={t.plane}>
      <title>{t.plane}</title>
      {ticks.map((v) => {
        const a = scale.toPx([v, -LIMIT]);
        const b = scale.toPx([v, LIMIT]);
        const c = scale.toPx([-LIMIT, v]);
        const d = scale.toPx([LIMIT, v]);
        return (
          <g key={v} stroke="var(--border)" strokeWidth={v === 0 ? 1.5 : 0.75}>
            <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
            <line x1={c.x} y1={c.y} x2={d.x} y2={d.y} />
          </g>
        );
      })}
      {vectors.map((v, i) => {
        const tip = scale.toPx(v);
        const isQuery = i === 0;
        const w = isQuery ? 1 : weights[i - 1];
        const color = isQuery ? 'var(--accent-2)' : 'var(--accent)';
        const label = t.handle(names[i], fixed(v[0], 2), fixed(v[1], 2));
        return (
          <g key={i}>
            <line x1={origin.x} y1={origin.y} x2={tip.x} y2={tip.y} stroke={color} strokeWidth={isQuery ? 3.5 : 1.5 + 6 * w} strokeOpacity={isQuery ? 1 : 0.35 + 0.65 * w} strokeLinecap="round" />
            <g
              className="attn-handle"
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-describedby={helpId}
              data-dragging={dragging === i || undefined}
              onKeyDown={(e) => onKey(e, i)}
              onPointerDown={(e) => {
                e.currentTarget.setPointerCapture(e.pointerId);
                setDragging(i);
              }}
              onPointerMove={(e) => dragging === i && pointerTo(e, i)}
              onPointerUp={() => setDragging(null)}
              onPointerCancel={() => setDragging(null)}
            >
              <circle cx={tip.x} cy={tip.y} r={20} fill="transparent" />
              <circle className="attn-handle-dot" cx={tip.x} cy={tip.y} r={8} fill={color} stroke="var(--bg)" strokeWidth={2} />
            </g>
            <text x={tip.x + 12} y={tip.y - 14} fontSize={handleFont} fontWeight={600}>
              {isQuery ? 'q' : `k${'₁₂₃₄₅'[i - 1]} ${fixed(w, 2)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
