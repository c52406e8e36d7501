'use client';
/**
 * The selectable diagram of one pre-LN block, between the embedding above and
 * the output head below: LayerNorm → multi-head self-attention → residual add →
 * LayerNorm → feed-forward → residual add, with the residual lanes on the right.
 * Each part is a radio button in a radio group (click, tap, or arrow keys with
 * a roving tab stop) and shows its parameter count for the chosen sizes.
 */
import { useRef, type KeyboardEvent, type RefObject } from 'react';
import { nextIndex } from '@/lib/widgets/keys';
import { useElementWidth } from '@/components/widget/hooks';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { PARTS, type PartId } from './math';
import type { BlockStrings } from './strings';

interface BlockDiagramProps {
  selected: PartId;
  onSelect: (part: PartId) => void;
  /** Parameter count of each part, already formatted (e.g. "2.36M"). */
  counts: Record<PartId, string>;
  layers: number;
  t: BlockStrings;
  svgRef: RefObject<SVGSVGElement | null>;
}

const H = 500;
const BOX_X = 40;
/** The boxes' width: wider on a slide, where the diagram's labels are larger (block.css gives it the room). */
const BOX_W = 220;
const SLIDE_BOX_W = 262;

/** Where each part sits: boxes (x, y, w, h) or the round add nodes (centre y). */
const BOXES: Record<PartId, { y: number; h: number; round?: boolean }> = {
  embed: { y: 30, h: 42 },
  ln1: { y: 108, h: 40 },
  attn: { y: 166, h: 44 },
  add1: { y: 236, h: 0, round: true },
  ln2: { y: 266, h: 40 },
  ffn: { y: 324, h: 44 },
  add2: { y: 394, h: 0, round: true },
  head: { y: 434, h: 42 },
};
const R = 14;

export function BlockDiagram({ selected, onSelect, counts, layers, t, svgRef }: BlockDiagramProps) {
  const onSlide = useOnSlide();
  const boxW = onSlide ? SLIDE_BOX_W : BOX_W;
  const cx = BOX_X + boxW / 2;
  const laneX = BOX_X + boxW + 48;
  const width = laneX + 32;
  // On a slide the labels are drawn at the label size whatever the diagram's scale: when its
  // column draws it narrower than its units, they grow by as much.
  const drawn = useElementWidth(svgRef, width);
  const perPx = onSlide ? Math.max(1, width / drawn) : 1;
  const slideLabelPx = useLabelPx();
  const labelSize = (px: number) => slideLabelPx(px) * perPx;
  const note = labelSize(11);
  const shape = labelSize(12);
  const refs = useRef<Partial<Record<PartId, SVGGElement | null>>>({});
  const move = (event: KeyboardEvent, part: PartId) => {
    const index = nextIndex(PARTS.indexOf(part), event.key, PARTS.length, { wrap: true });
    const next = index === null ? null : PARTS[index];
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onSelect(part);
      return;
    }
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  };
  const lane = (from: number, to: number) => <path d={`M${cx},${from} H${laneX} V${to} H${cx + R}`} fill="none" stroke="var(--accent-2)" strokeWidth={2} markerEnd="url(#block-arrow-lane)" />;
  const arrow = (from: number, to: number) => <line x1={cx} x2={cx} y1={from} y2={to - 2} stroke="var(--muted)" strokeWidth={1.5} markerEnd="url(#block-arrow)" />;
  const bottom = (p: PartId) => (BOXES[p].round ? BOXES[p].y + R : BOXES[p].y + BOXES[p].h);
  const top = (p: PartId) => (BOXES[p].round ? BOXES[p].y - R : BOXES[p].y);
  return (
    <svg ref={svgRef} viewBox={`0 0 ${width} ${H}`} className="block-diagram" role="radiogroup" aria-label={t.diagramLabel}>
      <defs>
        <marker id="block-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--muted)" />
        </marker>
        <marker id="block-arrow-lane" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--accent-2)" />
        </marker>
      </defs>
      <rect x={20} y={90} width={width - 28} height={330} rx={10} fill="none" stroke="var(--border)" strokeWidth={1.5} strokeDasharray="6 5" />
      <text x={width - 14} y={412} textAnchor="end" fontSize={shape} style={{ fill: 'var(--muted)' }}>
        {t.repeat(layers)}
      </text>
      <text x={cx} y={18} textAnchor="middle" fontSize={shape} style={{ fill: 'var(--muted)' }}>
        {t.inputShape}
      </text>
      <text x={cx} y={H - 6} textAnchor="middle" fontSize={shape} style={{ fill: 'var(--muted)' }}>
        {t.outputShape}
      </text>
      {arrow(22, BOXES.embed.y)}
      {arrow(bottom('embed'), top('ln1'))}
      {arrow(bottom('ln1'), top('attn'))}
      {arrow(bottom('attn'), top('add1'))}
      {arrow(bottom('add1'), top('ln2'))}
      {arrow(bottom('ln2'), top('ffn'))}
      {arrow(bottom('ffn'), top('add2'))}
      {arrow(bottom('add2'), top('head'))}
      {arrow(bottom('head'), H - 20)}
      {lane(98, BOXES.add1.y)}
      {lane(BOXES.add1.y + R + 8, BOXES.add2.y)}
      <circle cx={cx} cy={98} r={3.5} fill="var(--accent-2)" />
      <circle cx={cx} cy={BOXES.add1.y + R + 8} r={3.5} fill="var(--accent-2)" />
      <text x={laneX + 5} y={(98 + BOXES.add1.y) / 2} fontSize={note} style={{ fill: 'var(--accent-2)' }} transform={`rotate(90 ${laneX + 5} ${(98 + BOXES.add1.y) / 2})`} textAnchor="middle">
        {t.residual}
      </text>
      {PARTS.map((part) => {
        const b = BOXES[part];
        const active = part === selected;
        const text = t.parts[part];
        return (
          <g
            key={part}
            ref={(el) => {
              refs.current[part] = el;
            }}
            role="radio"
            aria-checked={active}
            aria-label={`${text.name}: ${counts[part]}`}
            tabIndex={active ? 0 : -1}
            className="block-part"
            data-part={part}
            onClick={() => onSelect(part)}
            onKeyDown={(e) => move(e, part)}
          >
            {b.round ? (
              <>
                <rect x={cx - 60} y={b.y - 19} width={120} height={38} fill="transparent" />
                <circle
                  cx={cx}
                  cy={b.y}
                  r={R}
                  className="block-shape"
                  fill={active ? 'var(--accent-soft)' : 'var(--bg)'}
                  stroke={active ? 'var(--accent)' : 'var(--fg)'}
                  strokeWidth={active ? 3 : 1.5}
                />
                <text x={cx} y={b.y + 5} textAnchor="middle" fontSize={17} fontWeight={700}>
                  +
                </text>
                <text x={cx + R + 6} y={b.y + 4} fontSize={note} style={{ fill: 'var(--muted)' }}>
                  {counts[part]}
                </text>
              </>
            ) : (
              <>
                <rect
                  x={BOX_X}
                  y={b.y}
                  width={boxW}
                  height={b.h}
                  rx={6}
                  className="block-shape"
                  fill={active ? 'var(--accent-soft)' : 'var(--surface)'}
                  stroke={active ? 'var(--accent)' : 'var(--border)'}
                  strokeWidth={active ? 3 : 1.2}
                />
                <text x={cx} y={b.y + b.h / 2 - 2} textAnchor="middle" fontSize={labelSize(13.5)} fontWeight={active ? 700 : 550}>
                  {text.label}
                </text>
                <text x={cx} y={b.y + b.h / 2 + 2 + note} textAnchor="middle" fontSize={note} style={{ fill: 'var(--muted)' }}>
                  {counts[part]}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
