/**
 * An attention mask as a query × key grid: which keys each query may read.
 * 'bidirectional' (encoder): every cell allowed; 'causal' (decoder): key j
 * allowed for query i when j ≤ i; 'cross' (decoder reading the encoder): every
 * target query sees every source key. Blocked cells carry a ×, not just a colour.
 */
import { buildMask } from '@/lib/math/attention';
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import { defineLabels } from './labels';
import { FONT, Text, estimateTextWidth, wrapText } from './primitives';

export type MaskKind = 'bidirectional' | 'causal' | 'cross';

const labels = defineLabels({
  en: {
    keys: 'keys (tokens being read)',
    queries: 'queries (tokens reading)',
    crossKeys: 'keys: source tokens',
    crossQueries: 'queries: target tokens',
    allowed: 'allowed',
    blocked: 'blocked',
  },
  zh: {
    keys: '键（被读取的词元）',
    queries: '查询（发起读取的词元）',
    crossKeys: '键：源序列词元',
    crossQueries: '查询：目标序列词元',
    allowed: '允许',
    blocked: '屏蔽',
  },
});

/** grid[i][j]: may query i attend to key j? Uses the attention maths' own mask rule. */
export function maskGrid(kind: MaskKind, nQueries: number, nKeys: number): boolean[][] {
  return buildMask(kind === 'causal' ? 'causal' : 'none', nQueries, nKeys);
}

interface MaskDiagramProps extends FigureBaseProps {
  /** Which mask to draw. */
  kind: MaskKind;
  /** The keys' tokens (and the queries' too, except for 'cross'). */
  tokens: string[];
  /** For 'cross': the target (decoder) tokens, one row each. Defaults to `tokens`. */
  targetTokens?: string[];
}

const W = 400;
const SIZE = 13;
const ANGLE = 50;
const MAX_CELL = 50;

export function MaskDiagram({ caption, alt, locale, kind, tokens, targetTokens }: MaskDiagramProps) {
  const t = labels[locale];
  const rows = kind === 'cross' ? (targetTokens ?? tokens) : tokens;
  const grid = maskGrid(kind, rows.length, tokens.length);
  const rowLabelW = Math.max(30, ...rows.map((s) => estimateTextWidth(s, SIZE))) + 10;
  const colLabelW = Math.max(0, ...tokens.map((s) => estimateTextWidth(s, SIZE)));
  // The queries title runs up the left side, wrapped to about the grid's height (~40 units a row).
  const queriesTitle = wrapText(kind === 'cross' ? t.crossQueries : t.queries, Math.max(80, rows.length * 40), FONT.small);
  const titleLines = queriesTitle.split('\n').length;
  const left = 8 + titleLines * FONT.small * 1.2 + rowLabelW;
  const room = W - left - 12;
  const flatCell = Math.min(MAX_CELL, room / tokens.length);
  const rotated = colLabelW > flatCell - 6;
  const rad = (ANGLE * Math.PI) / 180;
  const overhang = rotated ? colLabelW * Math.cos(rad) : 0;
  const cell = rotated ? Math.min(MAX_CELL, (room - overhang) / tokens.length) : flatCell;
  const headH = rotated ? colLabelW * Math.sin(rad) + 14 : 22;
  const gridY = 28 + headH;
  const gridW = cell * tokens.length;
  const gridH = cell * rows.length;
  const legendY = gridY + gridH + 24;
  const mark = cell * 0.22;
  const rowSize = Math.min(SIZE, cell * 0.8);
  const anyBlocked = grid.some((row) => row.includes(false));
  const shift = Math.max(0, (W - 12 - (left + gridW + Math.max(0, overhang - cell / 2))) / 2);
  return (
    <DiagramFigure name="MaskDiagram" width={W} height={legendY + 22} caption={caption} alt={alt} maxScale={1.3}>
      <g transform={`translate(${shift} 0)`}>
        <Text x={left + gridW / 2} y={12} text={kind === 'cross' ? t.crossKeys : t.keys} size={FONT.small} color="var(--muted)" />
        <g transform={`translate(${8 + (titleLines * FONT.small * 1.2) / 2} ${gridY + gridH / 2}) rotate(-90)`}>
          <Text x={0} y={0} text={queriesTitle} size={FONT.small} color="var(--muted)" />
        </g>
        {tokens.map((tok, j) => {
          const x = left + cell * (j + 0.5);
          return rotated ? (
            <text key={j} transform={`translate(${x - 3} ${gridY - 8}) rotate(${-ANGLE})`} fontSize={SIZE} dominantBaseline="central" fill="var(--fg)">
              {tok}
            </text>
          ) : (
            <Text key={j} x={x} y={gridY - 12} text={tok} size={SIZE} />
          );
        })}
        {rows.map((tok, i) => (
          <Text key={i} x={left - 8} y={gridY + cell * (i + 0.5)} text={tok} size={rowSize} anchor="end" />
        ))}
        {grid.map((row, i) =>
          row.map((allowed, j) => {
            const x = left + j * cell;
            const y = gridY + i * cell;
            const cx = x + cell / 2;
            const cy = y + cell / 2;
            return (
              <g key={`${i}-${j}`} data-cell="" data-allowed={allowed} data-query={i} data-key={j}>
                <rect x={x} y={y} width={cell} height={cell} fill={allowed ? 'var(--accent)' : 'var(--surface)'} fillOpacity={allowed ? 0.8 : 1} stroke="var(--bg)" strokeWidth={1.5} />
                {!allowed && <path d={`M${cx - mark},${cy - mark} L${cx + mark},${cy + mark} M${cx + mark},${cy - mark} L${cx - mark},${cy + mark}`} stroke="var(--muted)" strokeWidth={1.5} />}
              </g>
            );
          }),
        )}
        <rect x={left} y={gridY} width={gridW} height={gridH} fill="none" stroke="var(--border)" />
        <rect x={left} y={legendY - 8} width={16} height={16} fill="var(--accent)" fillOpacity={0.8} />
        <Text x={left + 22} y={legendY} text={t.allowed} size={FONT.small} anchor="start" />
        {anyBlocked && (
          <g>
            <rect x={left + 110} y={legendY - 8} width={16} height={16} fill="var(--surface)" stroke="var(--border)" />
            <path d={`M${left + 114},${legendY - 4} L${left + 122},${legendY + 4} M${left + 122},${legendY - 4} L${left + 114},${legendY + 4}`} stroke="var(--muted)" strokeWidth={1.5} />
            <Text x={left + 132} y={legendY} text={t.blocked} size={FONT.small} anchor="start" />
          </g>
        )}
      </g>
    </DiagramFigure>
  );
}
