/**
 * SVG building blocks shared by the diagrams: multi-line text, labelled boxes,
 * arrows with drawn (id-free) heads, and the residual "⊕" node. Drawing them in
 * one place keeps strokes, font sizes and colours consistent across figures.
 */
import type { ReactNode } from 'react';

/** Font sizes in viewBox units; figures are ~360–420 units wide so these stay ≥ 10 px at 360 px. */
export const FONT = { title: 15, label: 14, small: 12.5 } as const;

/** Theme colour names from app/globals.css usable as a tone. */
export type Tone = 'accent' | 'accent-2' | 'accent-3' | 'accent-4' | 'muted';

export const toneColor = (tone: Tone): string => `var(--${tone})`;

/** Rough rendered width of a one-line string: CJK and full-width glyphs are 1 em, others ~0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\uffff]/.test(ch) && !/[\u2000-\u23ff]/.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

interface TextProps {
  x: number;
  /** Vertical centre of the whole block of lines. */
  y: number;
  /** Lines separated by `\n`. */
  text: string;
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  color?: string;
  weight?: number;
  italic?: boolean;
}

export function Text({ x, y, text, size = FONT.label, anchor = 'middle', color = 'var(--fg)', weight, italic }: TextProps) {
  const lines = text.split('\n');
  const lineHeight = size * 1.2;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={x} textAnchor={anchor} fontSize={size} fill={color} fontWeight={weight} fontStyle={italic ? 'italic' : undefined} dominantBaseline="central">
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={top + i * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface BoxProps {
  x: number;
  y: number;
  width: number;
  height: number;
  label?: string;
  tone?: Tone;
  dashed?: boolean;
  size?: number;
  weight?: number;
  /** Extra content drawn over the box (e.g. formula tspans). */
  children?: ReactNode;
}

/** A rounded box tinted with its tone, label centred. */
export function Box({ x, y, width, height, label, tone = 'accent', dashed, size, weight, children }: BoxProps) {
  const color = toneColor(tone);
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={6} fill={color} fillOpacity={0.12} stroke={color} strokeWidth={1.5} strokeDasharray={dashed ? '5 4' : undefined} />
      {label !== undefined && <Text x={x + width / 2} y={y + height / 2} text={label} size={size} weight={weight} />}
      {children}
    </g>
  );
}

interface ArrowProps {
  /** Polyline through these points; the head is drawn at the last one. */
  points: readonly (readonly [number, number])[];
  color?: string;
  dashed?: boolean;
  width?: number;
}

/** An arrow along a polyline, head drawn as a polygon (no <marker> ids to collide between figures). */
export function Arrow({ points, color = 'var(--muted)', dashed, width = 1.6 }: ArrowProps) {
  const head = 7;
  const [tx, ty] = points[points.length - 1];
  const [px, py] = points[points.length - 2];
  const len = Math.hypot(tx - px, ty - py) || 1;
  const ux = (tx - px) / len;
  const uy = (ty - py) / len;
  const bx = tx - ux * head;
  const by = ty - uy * head;
  const shaft = [...points.slice(0, -1), [bx, by] as const];
  const d = shaft.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(' ');
  const wing = head * 0.55;
  return (
    <g>
      <path d={d} fill="none" stroke={color} strokeWidth={width} strokeDasharray={dashed ? '5 4' : undefined} />
      <polygon points={`${tx},${ty} ${bx - uy * wing},${by + ux * wing} ${bx + uy * wing},${by - ux * wing}`} fill={color} />
    </g>
  );
}

/** The residual-add node: a circle with a plus. */
export function AddNode({ x, y, r = 11 }: { x: number; y: number; r?: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r={r} fill="var(--bg)" stroke="var(--fg)" strokeWidth={1.5} />
      <path d={`M${x - r * 0.55},${y} H${x + r * 0.55} M${x},${y - r * 0.55} V${y + r * 0.55}`} stroke="var(--fg)" strokeWidth={1.5} />
    </g>
  );
}

/** Break a string into lines no wider than `maxWidth` (at spaces, or between CJK characters). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string {
  const pieces = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line.trim() !== '' && estimateTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}
