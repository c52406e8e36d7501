/**
 * Rotary position embedding (RoPE) on one 2-D pair of a query: the pair is
 * rotated by position × θ (left), so the angle between a query at m and a
 * key at n depends only on n − m (right: two pairs, same offset, same angle).
 * Every angle is computed with `applyRotary` from lib/math.
 */
import { applyRotary, rotaryFrequencies } from '@/lib/math/positional';
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import { defineLabels, formatNumber } from './labels';
import { Arrow, FONT, Text, estimateTextWidth } from './primitives';

const labels = defineLabels({
  en: {
    title: 'query q, rotated by position',
    pos: 'pos',
    query: 'query q',
    key: 'key k',
    sameAngle: 'same offset n − m,\nsame angle',
    pair: 'pair i = {i} of d = {d}:',
    rad: 'rad',
    open: ' (',
    close: ')',
  },
  zh: {
    title: '查询 q 随位置旋转',
    pos: '位置',
    query: '查询 q',
    key: '键 k',
    sameAngle: '偏移 n − m 相同，\n夹角相同',
    pair: 'd = {d} 的第 i = {i} 对：',
    rad: '弧度',
    open: '（',
    close: '）',
  },
});

/** The illustrated pair: dimensions (2, 3) of a 64-dimensional query, i.e. pair i = 1. */
export const ROPE_DIM = 64;
export const ROPE_PAIR = 1;
const Q0: [number, number] = [Math.cos(0.17), Math.sin(0.17)];
const K0: [number, number] = [Math.cos(-0.35), Math.sin(-0.35)];

/** The pair `base` after RoPE at `position`, via lib/math's rotation of a full vector. */
export function rotatePair(base: readonly [number, number], position: number): [number, number] {
  const vec = new Array<number>(ROPE_DIM).fill(0);
  vec[2 * ROPE_PAIR] = base[0];
  vec[2 * ROPE_PAIR + 1] = base[1];
  const out = applyRotary(vec, position);
  return [out[2 * ROPE_PAIR], out[2 * ROPE_PAIR + 1]];
}

/** Counter-clockwise angle from a to b, in degrees within [0, 360). */
export function angleBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const deg = ((Math.atan2(b[1], b[0]) - Math.atan2(a[1], a[0])) * 180) / Math.PI;
  return ((deg % 360) + 360) % 360;
}

const deg = (v: [number, number]) => Math.atan2(v[1], v[0]);

/** Arc from vector a to vector b the short way round, in SVG coordinates (y down). */
function arc(cx: number, cy: number, r: number, a: [number, number], b: [number, number]): string {
  const a1 = deg(a);
  const ccw = (angleBetween(a, b) * Math.PI) / 180;
  const sweep = ccw <= Math.PI ? ccw : ccw - 2 * Math.PI;
  const p = (ang: number) => `${cx + r * Math.cos(ang)},${cy - r * Math.sin(ang)}`;
  return `M${p(a1)} A${r},${r} 0 0 ${sweep >= 0 ? 0 : 1} ${p(a1 + sweep)}`;
}

/** The unsigned angle between two vectors, 0…180°, as the reader measures it. */
function shortAngle(a: readonly [number, number], b: readonly [number, number]): number {
  const ccw = angleBetween(a, b);
  return ccw > 180 ? 360 - ccw : ccw;
}

function Dial({ cx, cy, r }: { cx: number; cy: number; r: number }) {
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} fill="none" stroke="var(--border)" />
      <path d={`M${cx - r},${cy} H${cx + r} M${cx},${cy - r} V${cy + r}`} stroke="var(--border)" strokeDasharray="3 3" />
    </g>
  );
}

function tip(cx: number, cy: number, r: number, v: [number, number]): [number, number] {
  return [cx + r * v[0], cy - r * v[1]];
}

interface RopeDiagramProps extends FigureBaseProps {
  /** Positions at which the query pair is drawn (default [0, 1, 2, 3]). */
  positions?: number[];
}

const W = 400;

export function RopeDiagram({ caption, alt, locale, positions = [0, 1, 2, 3] }: RopeDiagramProps) {
  const t = labels[locale];
  const theta = rotaryFrequencies(ROPE_DIM)[ROPE_PAIR];
  const [cx, cy, R] = [124, 160, 80];
  const rotated = positions.map((p) => rotatePair(Q0, p));
  const first = positions[0] ?? 0;
  const last = positions[positions.length - 1] ?? first + 1;
  const offset = Math.max(1, last - first);
  const pairs = [
    [first, first + offset],
    [first + offset + 1, first + 2 * offset + 1],
  ] as const;
  const mid = rotated.length > 1 ? deg(rotated[0]) + (angleBetween(rotated[0], rotated[1]) * Math.PI) / 360 : 0;
  const small = FONT.small * 0.75;
  return (
    <DiagramFigure name="RopeDiagram" width={W} height={364} caption={caption} alt={alt}>
      <Text x={cx} y={14} text={t.title} weight={600} />
      <Dial cx={cx} cy={cy} r={R} />
      {rotated.length > 1 && (
        <g>
          <path d={arc(cx, cy, 32, rotated[0], rotated[1])} fill="none" stroke="var(--muted)" />
          <Text x={cx + 46 * Math.cos(mid)} y={cy - 46 * Math.sin(mid)} text={positions[1] - positions[0] === 1 ? 'θ' : `${positions[1] - positions[0]}θ`} size={FONT.small} italic />
        </g>
      )}
      {rotated.map((v, i) => {
        const [lx, ly] = tip(cx, cy, R + 20, v);
        const label = `${t.pos} ${positions[i]}`;
        const half = estimateTextWidth(label, FONT.small) / 2;
        return (
          <g key={i} data-position={positions[i]} data-angle={((deg(v) * 180) / Math.PI).toFixed(2)}>
            <Arrow points={[[cx, cy], tip(cx, cy, R, v)]} color="var(--accent)" width={2.2} />
            <Text x={Math.min(250 - half, Math.max(4 + half, lx))} y={ly} text={label} size={FONT.small} />
          </g>
        );
      })}
      <path d="M252,14 h18" stroke="var(--accent)" strokeWidth={3} />
      <Text x={276} y={14} text={t.query} size={FONT.small} anchor="start" />
      <path d="M252,34 h18" stroke="var(--accent-2)" strokeWidth={3} />
      <Text x={276} y={34} text={t.key} size={FONT.small} anchor="start" />
      {pairs.map(([m, n], k) => {
        const [dx, dy, r] = [316, 112 + k * 134, 38];
        const q = rotatePair(Q0, m);
        const key = rotatePair(K0, n);
        return (
          <g key={k} data-m={m} data-n={n} data-angle={angleBetween(q, key).toFixed(2)}>
            <Text x={dx} y={dy - r - 12} text={`m = ${m}, n = ${n}`} size={FONT.small} weight={600} />
            <Dial cx={dx} cy={dy} r={r} />
            <path d={arc(dx, dy, 14, q, key)} fill="none" stroke="var(--muted)" />
            <Arrow points={[[dx, dy], tip(dx, dy, r, q)]} color="var(--accent)" width={2.2} />
            <Arrow points={[[dx, dy], tip(dx, dy, r, key)]} color="var(--accent-2)" width={2.2} />
            <Text x={dx} y={dy + r + 13} text={`${formatNumber(shortAngle(q, key), locale, 1)}°`} size={FONT.small} />
          </g>
        );
      })}
      <Text x={316} y={342} text={t.sameAngle} size={FONT.small} color="var(--muted)" />
      <Text x={8} y={298} text={t.pair.replace('{i}', String(ROPE_PAIR)).replace('{d}', String(ROPE_DIM))} size={FONT.small} color="var(--muted)" anchor="start" />
      <text x={8} y={318} textAnchor="start" dominantBaseline="central" fontSize={FONT.small} fill="var(--muted)">
        θ = 10000
        <tspan dy={-5} fontSize={small}>
          −2/{ROPE_DIM}
        </tspan>
        <tspan dy={5}>
          {' '}
          ≈ {formatNumber(theta, locale, 2)} {t.rad}
          {t.open}
          {formatNumber((theta * 180) / Math.PI, locale, 1)}°{t.close}
        </tspan>
      </text>
    </DiagramFigure>
  );
}
