'use client';
/**
 * A heatmap of a Grid with axes, a colour legend, a highlighted cell, and a readout of
 * the value under the pointer or under the keyboard cursor.
 *
 * The explorer shows grids of up to 256 × 512 cells. One SVG rect per cell would be 131k
 * elements; instead the cells are painted on a canvas at the device's pixel ratio
 * (CellCanvas, shared with the attention pictures) under the SVG's axes, legend and
 * cursor. The SVG holds an <image> placeholder linked to the canvas, so SVG/PNG
 * downloads include the pixels without the screen ever encoding a PNG. Moving the
 * cursor repaints nothing.
 *
 * Keyboard: the heatmap is one tab stop; arrow keys move the cursor by one cell,
 * Page Up / Page Down by ten rows, Home / End to the first / last column.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { CellCanvas } from '@/components/widget/CellCanvas';
import { wrapText } from '@/components/figures/primitives';
import { cellAt as gridCellAt } from '@/lib/widgets/cellGrid';
import { nextCell } from '@/lib/widgets/keys';
import { heatmapIntensities } from './heatmapIntensities';
import { SwapBuffers } from './swapBuffers';
import type { Grid } from './math';

/** A cell of the grid. */
export interface Cell {
  row: number;
  col: number;
}

interface HeatmapProps {
  grid: Grid;
  /** Values in [−max, max] map to full colour at the ends. */
  max: number;
  /** If set, one hue spans [min, max] (for grids whose values all share a sign). */
  min?: number;
  /** Added to the row and column numbers on the axes (a window that starts past 0). */
  labelOffset?: { row: number; col: number };
  /** Width of the whole SVG in CSS pixels. */
  width: number;
  /** Height of the painted cells. */
  plotHeight: number;
  rowTitle: string;
  colTitle: string;
  /** Heading drawn above the cells. */
  title?: string;
  /** Accessible name of the heatmap (and its keyboard group). */
  label: string;
  cursor: Cell;
  onCursor: (cell: Cell) => void;
  /** Told the cell under the pointer (null when it leaves), for views that echo it elsewhere. */
  onHover?: (cell: Cell | null) => void;
  /** Lines of text describing a cell (drawn under the heatmap, announced for the cursor). */
  describe: (cell: Cell) => string[];
  /** Legend labels for −max, 0 and +max. */
  legend: [string, string, string];
}

const MARGIN = { left: 46, right: 10, top: 28, bottom: 58 };
const LINE = 16;
/** The most a map's plot is tall on a slide, in the widget's px: the slide's room is short, its width ample. */
const SLIDE_PLOT_HEIGHT = 180;
/** Whole-number ticks for cells offset … offset + count − 1. */
function integerTicks(count: number, target: number, offset: number): number[] {
  return scaleLinear()
    .domain([offset, offset + count - 1])
    .ticks(target)
    .filter((t) => Number.isInteger(t));
}

export function Heatmap({ grid, max, min, labelOffset = { row: 0, col: 0 }, width, plotHeight: asked, rowTitle, colTitle, title, label, cursor, onCursor, onHover, describe, legend }: HeatmapProps) {
  // label sizes (larger on a slide, where the plot is also held short): the margins grow with them
  const onSlide = useOnSlide();
  const labelSize = useLabelPx();
  const plotHeight = onSlide ? Math.min(asked, SLIDE_PLOT_HEIGHT) : asked;
  const tickFont = labelSize(11);
  const titleFont = labelSize(13);
  const axisFont = labelSize(12);
  const readoutFont = labelSize(12.5);
  const lineStep = (LINE * readoutFont) / 12.5;
  const left = MARGIN.left + 2 * (tickFont - 11);
  const bottom = MARGIN.bottom + (tickFont - 11) + 1.5 * (axisFont - 12);
  const [hover, setHoverState] = useState<Cell | null>(null);
  const setHover = (cell: Cell | null) => {
    if (cell === hover || (cell && hover && cell.row === hover.row && cell.col === hover.col)) return;
    setHoverState(cell);
    onHover?.(cell);
  };
  const imageRef = useRef<SVGImageElement>(null);
  // the intensities of a 256 × 512 grid are 1 MB: two arrays taken in turn, the one on screen never written
  const intensityBuffers = useRef<SwapBuffers | null>(null);
  const cells = useMemo(() => heatmapIntensities(grid, max, min, (intensityBuffers.current ??= new SwapBuffers()).next(grid.values.length)), [grid, max, min]);
  useLayoutEffect(() => intensityBuffers.current?.show(cells.values), [cells]);
  const id = useId();
  const plotWidth = Math.max(40, width - left - MARGIN.right);
  const titleLines = title ? wrapText(title, width - 8, titleFont).split('\n') : [];
  const top = MARGIN.top + (titleFont - 13) + Math.max(0, titleLines.length - 1) * titleFont * 1.25;
  const cellW = plotWidth / grid.cols;
  const cellH = plotHeight / grid.rows;
  const shown = hover ?? cursor;
  const lines = describe(shown);
  const legendY = top + plotHeight + bottom - 8;
  const height = legendY + 14 + lines.length * lineStep + 6;

  const move = (cell: Cell) => onCursor({ row: Math.max(0, Math.min(grid.rows - 1, cell.row)), col: Math.max(0, Math.min(grid.cols - 1, cell.col)) });
  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextCell(cursor, event.key, grid.rows, grid.cols, { pageRows: 10 });
    if (!next) return;
    event.preventDefault();
    setHover(null);
    move(next);
  };
  const cellAt = (event: { currentTarget: Element; clientX: number; clientY: number }): Cell => {
    const box = event.currentTarget.getBoundingClientRect();
    return gridCellAt(event.clientX - box.left, event.clientY - box.top, grid.rows, grid.cols, box.width, box.height);
  };
  const outline = (cell: Cell, dashed: boolean) => {
    const w = Math.max(cellW, 4);
    const h = Math.max(cellH, 4);
    return (
      <rect
        x={left + cell.col * cellW + cellW / 2 - w / 2}
        y={top + cell.row * cellH + cellH / 2 - h / 2}
        width={w}
        height={h}
        fill="none"
        stroke="var(--fg)"
        strokeWidth={dashed ? 1.2 : 2}
        strokeDasharray={dashed ? '3 2' : undefined}
        pointerEvents="none"
      />
    );
  };
  const legendCells = 21;
  const legendW = Math.min(160, plotWidth * 0.45);
  return (
    <div className="pe-heatmap cell-map" tabIndex={0} role="group" aria-label={label} aria-describedby={`${id}-readout`} onKeyDown={onKeyDown}>
      <CellCanvas grid={cells} x={left} y={top} width={plotWidth} height={plotHeight} negative="accent-2" imageRef={imageRef} animate={false} />
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {titleLines.map((line, k) => (
          <text key={k} x={4} y={titleFont + 1 + k * titleFont * 1.25} fontSize={titleFont} fontWeight={600}>
            {line}
          </text>
        ))}
        <rect x={left} y={top} width={plotWidth} height={plotHeight} fill="none" stroke="var(--border)" />
        <image ref={imageRef} x={left} y={top} width={plotWidth} height={plotHeight} preserveAspectRatio="none" />
        {/* guides along the cursor's row and column */}
        <rect x={left} y={top + cursor.row * cellH} width={plotWidth} height={Math.max(cellH, 1)} fill="var(--fg)" fillOpacity={0.12} pointerEvents="none" />
        <rect x={left + cursor.col * cellW} y={top} width={Math.max(cellW, 1)} height={plotHeight} fill="var(--fg)" fillOpacity={0.12} pointerEvents="none" />
        {outline(cursor, false)}
        <path d={`M${left - 1} ${top + (cursor.row + 0.5) * cellH}l-7 -5v10Z`} fill="var(--fg)" pointerEvents="none" />
        <path d={`M${left + (cursor.col + 0.5) * cellW} ${top - 1}l-5 -7h10Z`} fill="var(--fg)" pointerEvents="none" />
        {hover && (hover.row !== cursor.row || hover.col !== cursor.col) && outline(hover, true)}
        {integerTicks(grid.rows, Math.max(2, Math.floor(plotHeight / 40)), labelOffset.row).map((t) => (
          <text key={`r${t}`} x={left - 10} y={top + (t - labelOffset.row + 0.5) * cellH} fontSize={tickFont} textAnchor="end" dominantBaseline="middle" fill="var(--muted)">
            {t}
          </text>
        ))}
        {integerTicks(grid.cols, Math.max(2, Math.floor(plotWidth / 70)), labelOffset.col).map((t) => (
          <text key={`c${t}`} x={left + (t - labelOffset.col + 0.5) * cellW} y={top + plotHeight + 2 + tickFont} fontSize={tickFont} textAnchor="middle" fill="var(--muted)">
            {t}
          </text>
        ))}
        <text x={left + plotWidth / 2} y={top + plotHeight + 2 + tickFont + axisFont * 1.25} fontSize={axisFont} textAnchor="middle">
          {colTitle} →
        </text>
        <text transform={`translate(${axisFont * 0.85} ${top + plotHeight / 2}) rotate(-90)`} fontSize={axisFont} textAnchor="middle">
          {rowTitle} →
        </text>
        <rect
          x={left}
          y={top}
          width={plotWidth}
          height={plotHeight}
          fill="transparent"
          style={{ cursor: 'crosshair' }}
          onPointerMove={(e) => e.pointerType === 'mouse' && setHover(cellAt(e))}
          onPointerLeave={() => setHover(null)}
          onClick={(e) => move(cellAt(e))}
        />
        <g transform={`translate(${left} ${legendY})`}>
          {Array.from({ length: legendCells }, (_, i) => {
            const v = min !== undefined ? i / (legendCells - 1) : (i / (legendCells - 1)) * 2 - 1;
            return <rect key={i} x={(i * legendW) / legendCells} y={-9} width={legendW / legendCells + 0.5} height={10} fill={v < 0 ? 'var(--accent-2)' : 'var(--accent)'} fillOpacity={Math.abs(v)} />;
          })}
          <rect x={0} y={-9} width={legendW} height={10} fill="none" stroke="var(--border)" />
          <text x={legendW + 6} y={0} fontSize={tickFont} fill="var(--muted)">
            {`${legend[0]} … ${legend[1]} … ${legend[2]}`}
          </text>
        </g>
        {lines.map((line, i) => (
          <text key={i} x={left} y={legendY + 14 + (i + 1) * lineStep - 4} fontSize={readoutFont} fontWeight={i === 0 ? 600 : 400}>
            {line}
          </text>
        ))}
      </svg>
      <p id={`${id}-readout`} className="sr-only" aria-live="polite">
        {describe(cursor).join(' ')}
      </p>
    </div>
  );
}
