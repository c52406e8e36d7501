'use client';
/**
 * The rotary (RoPE) view: a query and a key split into pairs of dimensions, each pair
 * drawn as a 2-D arrow that turns by position·θ_i as the position advances; the score
 * q_m·k_n for a window of positions, constant along every diagonal; and the same offset
 * at other positions, computed with lib/math's applyRotary.
 */
import { useMemo } from 'react';
import { estimateTextWidth } from '@/components/figures/primitives';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { fixed, scientific } from '@/lib/widgets/format';
import { rotaryFrequencies } from '@/lib/math';
import { SlideFold } from '@/components/widget/SlideFold';
import { Heatmap } from './Heatmap';
import { diagonalSpread, maxAbs } from './math';
import { ROPE_DIM, ROPE_WINDOW, ropeGrid, ropeScore, ropeVectors, ropeWindowStart, rotatedPairs } from './rope';
import { RangeControl } from './RangeControl';
import { useTween } from './useTween';
import type { PositionalStrings } from './strings';

interface RopePanelProps {
  t: PositionalStrings;
  width: number;
  /** Query position m. */
  pos: number;
  maxPos: number;
  onPos: (pos: number) => void;
  /** Key position n. */
  keyPos: number;
  onKeyPos: (pos: number) => void;
  reducedMotion: boolean;
}

const VECTORS = ropeVectors();

/** A 2-D vector drawn from the circle's centre; `scale` maps vector units to pixels (y points up). */
function Arrow({ x, y, scale, colour, dashed }: { x: number; y: number; scale: number; colour: string; dashed?: boolean }) {
  const ex = x * scale;
  const ey = -y * scale;
  const angle = Math.atan2(ey, ex);
  const head = 7;
  const hx = (a: number) => ex - head * Math.cos(angle + a);
  const hy = (a: number) => ey - head * Math.sin(angle + a);
  return (
    <g>
      <line x1={0} y1={0} x2={ex} y2={ey} stroke={colour} strokeWidth={2.2} strokeDasharray={dashed ? '4 2' : undefined} />
      <path d={`M${ex},${ey} L${hx(0.45)},${hy(0.45)} L${hx(-0.45)},${hy(-0.45)} Z`} fill={colour} />
    </g>
  );
}

export function RopePanel({ t, width, pos, maxPos, onPos, keyPos, onKeyPos: setKey, reducedMotion }: RopePanelProps) {
  const n = Math.min(keyPos, maxPos);
  const shownM = useTween(pos, reducedMotion);
  const shownN = useTween(n, reducedMotion);
  const qPairs = rotatedPairs(VECTORS.q, shownM);
  const kPairs = rotatedPairs(VECTORS.k, shownN);
  const thetas = rotaryFrequencies(ROPE_DIM);
  const rowStart = ropeWindowStart(pos);
  const colStart = ropeWindowStart(n);
  const grid = useMemo(() => ropeGrid(VECTORS.q, VECTORS.k, rowStart, colStart), [rowStart, colStart]);
  const spread = diagonalSpread(grid);
  const offset = n - pos;
  const others = [0, 5, 17, 100].map((shift) => ({ m: pos + shift, n: n + shift })).filter((p) => p.n >= 0);
  // labels at 11.5 and 11 px in a chapter, the slide's label size on a slide: a pair's cell
  // widens to its title (up to its share of the width), its circle leaves room for both lines
  const labelSize = useLabelPx();
  const titleFont = labelSize(11.5);
  const angleFont = labelSize(11);
  const perRow = width >= 560 ? 4 : 2;
  const titleWidth = Math.max(...thetas.map((theta, i) => estimateTextWidth(t.pairTitle(i, fixed(theta, theta < 0.01 ? 4 : 3)), titleFont))) + 12;
  const cell = Math.min(Math.max(150, titleWidth), Math.floor(width / perRow));
  const r = cell / 2 - titleFont - 10.5;
  const rows = Math.ceil(thetas.length / perRow);
  const legendGap = Math.max(200, estimateTextWidth(t.queryLegend, titleFont) + 50);
  const narrowLegend = cell * perRow < 2 * legendGap + 20;
  const pairsHeight = rows * (cell + 18) + (narrowLegend ? 2 * titleFont + 19 : titleFont + 14.5);
  const max = maxAbs(grid);
  // the longest pair (of q or k) reaches the circle; rotation never changes a pair's length
  const scale = r / Math.max(...qPairs.map((p) => Math.hypot(p.x, p.y)), ...kPairs.map((p) => Math.hypot(p.x, p.y)));
  return (
    <div className="pe-stack">
      <div className="pe-controls">
        <button type="button" className="widget-button" onClick={() => onPos(Math.max(0, pos - 1))} disabled={pos === 0}>
          ← {t.previous}
        </button>
        <button type="button" className="widget-button" onClick={() => onPos(Math.min(maxPos, pos + 1))} disabled={pos === maxPos}>
          {t.next} →
        </button>
      </div>
      <div className="pe-controls">
        <RangeControl label={t.queryPosition} value={pos} min={0} max={maxPos} onChange={onPos} />
        <RangeControl label={t.keyPosition} value={n} min={0} max={maxPos} onChange={setKey} />
      </div>
      <svg width={cell * perRow} height={pairsHeight} viewBox={`0 0 ${cell * perRow} ${pairsHeight}`} role="img" aria-label={t.pairsLabel}>
        {thetas.map((theta, i) => {
          const cx = (i % perRow) * cell + cell / 2;
          const cy = Math.floor(i / perRow) * (cell + 18) + cell / 2 + 8;
          return (
            <g key={i} transform={`translate(${cx} ${cy})`}>
              <text y={-r - titleFont + 1.5} fontSize={titleFont} textAnchor="middle">
                {t.pairTitle(i, fixed(theta, theta < 0.01 ? 4 : 3))}
              </text>
              <circle r={r} fill="none" stroke="var(--border)" />
              <line x1={-r} x2={r} stroke="var(--border)" strokeOpacity={0.6} />
              <line y1={-r} y2={r} stroke="var(--border)" strokeOpacity={0.6} />
              <Arrow x={kPairs[i].x} y={kPairs[i].y} scale={scale} colour="var(--accent-2)" dashed />
              <Arrow x={qPairs[i].x} y={qPairs[i].y} scale={scale} colour="var(--accent)" />
              <text y={r + angleFont + 4} fontSize={angleFont} textAnchor="middle" fill="var(--muted)">
                {t.pairAngle(fixed(Math.round(pos) * theta, 2))}
              </text>
            </g>
          );
        })}
        <g transform={`translate(4 ${pairsHeight - (narrowLegend ? titleFont * 1.4 + 8 : 8)})`}>
          <line x1={0} x2={20} stroke="var(--accent)" strokeWidth={2.2} />
          <text x={26} fontSize={titleFont} dominantBaseline="middle">
            {t.queryLegend}
          </text>
          <g transform={narrowLegend ? `translate(0 ${titleFont * 1.4})` : `translate(${legendGap} 0)`}>
            <line x1={0} x2={20} stroke="var(--accent-2)" strokeWidth={2.2} strokeDasharray="4 2" />
            <text x={26} fontSize={titleFont} dominantBaseline="middle">
              {t.keyLegend}
            </text>
          </g>
        </g>
      </svg>
      <p className="pe-verdict">
        <strong>{t.ropeScore(pos, n, fixed(ropeScore(VECTORS.q, VECTORS.k, pos, n)))}</strong>
        {t.punct.aside(t.ropeOffset(fixed(offset, 0)))}
      </p>
      {/* on a slide the map of every (m, n) folds (SlideFold); opened, it takes the turning pairs' place (positional.css) */}
      <SlideFold label={t.ropeGridTitle}>
        <div className="pe-compare">
          <div className="pe-row">
            <Heatmap
              grid={grid}
              max={max}
              width={Math.min(width, 400)}
              plotHeight={Math.min(width, 400) - 50}
              rowTitle="m"
              colTitle="n"
              title={t.ropeGridTitle}
              labelOffset={{ row: rowStart, col: colStart }}
              label={t.ropeGridLabel}
              cursor={{ row: pos - rowStart, col: n - colStart }}
              onCursor={(c) => {
                setKey(colStart + c.col);
                onPos(rowStart + c.row);
              }}
              describe={(c) => [t.ropeCell(rowStart + c.row, colStart + c.col, fixed(grid.values[c.row * ROPE_WINDOW + c.col]))]}
              legend={[`−${fixed(max, 1)}`, '0', `+${fixed(max, 1)}`]}
            />
            <div className="pe-formula">
              <p>{t.sameOffset(fixed(offset, 0))}</p>
              {others.map((p) => (
                <p key={p.m} className="pe-computed">
                  m = {p.m}, n = {p.n}: {fixed(ropeScore(VECTORS.q, VECTORS.k, p.m, p.n), 6)}
                </p>
              ))}
              <p className="pe-note">{t.ropeSpread(spread === 0 ? '0' : scientific(spread, 2))}</p>
            </div>
          </div>
        </div>
      </SlideFold>
    </div>
  );
}
