'use client';
/**
 * The tiny model's residual stream as a heat map: one row per stage (after the
 * embedding, then after each block's attention add and feed-forward add), one
 * column per token, shaded by the vector's norm (one hue, opacity ∝ norm) and
 * labelled with the number where a cell is wide enough. The rows the selected
 * part writes are outlined. Arrow keys move a cursor over the cells; the cell
 * under the cursor (or the pointer) is read out in words below the picture. The
 * cursor is the explorer's (it is kept in the link).
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { nextCell } from '@/lib/widgets/keys';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { fixed } from '@/lib/widgets/format';
import type { ResidualNorms } from './math';
import type { BlockStrings } from './strings';

interface ResidualHeatmapProps {
  norms: ResidualNorms;
  tokens: string[];
  /** Kinds of stage the selected part writes (their rows are outlined). */
  highlight: ('embed' | 'attn' | 'ffn')[];
  width: number;
  t: BlockStrings;
  svgRef: RefObject<SVGSVGElement | null>;
  /** The cursor's cell: [stage row, token column], from 0; clamped to the map. */
  cursor: [number, number];
  onCursor: (cell: [number, number]) => void;
}

/** A token as the reader can see it: spaces and line breaks made visible. */
export function visibleToken(token: string): string {
  return token.replace(/ /g, '␣').replace(/\n/g, '↵').replace(/\t/g, '⇥');
}

/** The stage names' column at a chapter's 12 px labels. */
const STAGE_LABEL_W = 156;
const HEADER_H = 28;
const CELL_H = 28;
const MIN_CELL_W = 20;

export function ResidualHeatmap({ norms, tokens, highlight, width, t, svgRef, cursor, onCursor: setCursor }: ResidualHeatmapProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // label sizes (larger on a slide): the stage names' column widens with them, and the values
  // show only in cells wide enough for their size
  const labelSize = useLabelPx();
  const stageFont = labelSize(12);
  const valueFont = labelSize(10.5);
  const labelW = Math.round((STAGE_LABEL_W * stageFont) / 12);
  const rows = norms.stages.length;
  const cols = tokens.length;
  const cellW = Math.max(MIN_CELL_W, Math.min(56, (width - labelW - 4) / Math.max(1, cols)));
  const svgW = Math.max(width, labelW + cols * cellW + 4);
  const svgH = HEADER_H + rows * CELL_H + 4;
  const [r, c] = [Math.max(0, Math.min(cursor[0], rows - 1)), Math.max(0, Math.min(cursor[1], cols - 1))];
  useEffect(() => {
    // keep the cursor's column in view when the arrow keys move it past the edge
    const el = scroller.current;
    if (!el) return;
    const left = labelW + c * cellW;
    if (left < el.scrollLeft + labelW) el.scrollLeft = Math.max(0, left - labelW);
    else if (left + cellW > el.scrollLeft + el.clientWidth) el.scrollLeft = left + cellW - el.clientWidth;
  }, [c, cellW, labelW]);
  const stageLabel = (i: number) => {
    const s = norms.stages[i];
    return t.stage[s.after](s.layer);
  };
  const onKey = (event: KeyboardEvent) => {
    const next = nextCell({ row: r, col: c }, event.key, rows, cols);
    if (!next) return;
    event.preventDefault();
    setCursor([next.row, next.col]);
  };
  const readout = rows && cols ? t.normOf(`“${visibleToken(tokens[c])}”${t.punct.aside(t.tokenPosition(c + 1))}`, stageLabel(r), fixed(norms.norms[r][c], 2)) : '';
  return (
    <>
      <div ref={scroller} className="block-heatmap-scroll" tabIndex={0} role="group" aria-label={t.streamLabel} aria-describedby="block-heatmap-readout" onKeyDown={onKey}>
        <svg ref={svgRef} viewBox={`0 0 ${svgW} ${svgH}`} width={svgW} height={svgH} aria-hidden="true">
          {tokens.map((token, j) => (
            <text key={j} x={labelW + j * cellW + cellW / 2} y={HEADER_H - 9} textAnchor="middle" fontSize={labelSize(13)} fontWeight={j === c ? 700 : 400}>
              {visibleToken(token)}
            </text>
          ))}
          {norms.stages.map((stage, i) => {
            const marked = highlight.includes(stage.after);
            return (
              <g key={stage.id} data-stage={stage.id}>
                <text x={4} y={HEADER_H + i * CELL_H + CELL_H / 2 + stageFont / 3} fontSize={stageFont} fontWeight={marked ? 700 : 400}>
                  {marked ? `▸ ${stageLabel(i)}` : stageLabel(i)}
                </text>
                {norms.norms[i].map((value, j) => {
                  const opacity = norms.max > 0 ? Math.max(0.06, value / norms.max) : 0;
                  return (
                    <g key={j} onPointerEnter={() => setCursor([i, j])} onClick={() => setCursor([i, j])}>
                      <rect x={labelW + j * cellW} y={HEADER_H + i * CELL_H} width={cellW - 1} height={CELL_H - 1} fill="var(--accent)" fillOpacity={opacity} />
                      {cellW >= valueFont * 3 && (
                        <text
                          x={labelW + j * cellW + cellW / 2}
                          y={HEADER_H + i * CELL_H + CELL_H / 2 + valueFont / 3}
                          textAnchor="middle"
                          fontSize={valueFont}
                          style={{ fill: opacity > 0.55 ? 'var(--bg)' : 'var(--fg)' }}
                        >
                          {fixed(value, 1)}
                        </text>
                      )}
                    </g>
                  );
                })}
                {marked && <rect x={labelW - 2} y={HEADER_H + i * CELL_H - 1} width={cols * cellW + 2} height={CELL_H + 1} fill="none" stroke="var(--accent-2)" strokeWidth={2} />}
              </g>
            );
          })}
          {rows > 0 && cols > 0 && <rect x={labelW + c * cellW - 1} y={HEADER_H + r * CELL_H - 1} width={cellW + 1} height={CELL_H + 1} fill="none" stroke="var(--fg)" strokeWidth={2.5} />}
        </svg>
      </div>
      {svgW > width + 1 && <p className="block-scroll-hint">{t.scrollHint}</p>}
      <p id="block-heatmap-readout" className="block-readout" aria-live="polite">
        {readout}
      </p>
    </>
  );
}
