/**
 * The geometry of the attention pictures: where tokens sit in the arc view and
 * the path of each arc, the heatmap's cells and labels, how a weight becomes
 * an opacity, which keys the arcs single out, and the plane of
 * "attention by hand". The attention explorer, the head gallery and the
 * playground's glance share these pictures.
 *
 * D3-style "compute, then draw" — the views only turn
 * these numbers and path strings into SVG elements. Pure: no DOM, no React.
 */
import type { CellGrid } from './cellGrid';

/** A 2-D vector in the "attention by hand" panel. */
export type Vec2 = [number, number];

/** A point in SVG units. */
export interface Point {
  x: number;
  y: number;
}

/** Where each token sits in the arc view: rows of equal cells, wrapped to the width. */
export interface TokenRowsLayout {
  cell: number;
  perRow: number;
  rows: number;
  /** Room above each row's tokens for arcs. */
  lift: number;
  /** Vertical distance between rows. */
  rowHeight: number;
  /** Centre of each token's label. */
  centers: Point[];
  width: number;
  height: number;
}

/**
 * Lays `n` tokens out left to right in rows for the arc view. Cells are as wide
 * as fits (between minCell and maxCell); when even minCell does not fit on one
 * row, the tokens wrap. Each row reserves `lift` above its labels for arcs
 * (by default 110 px for a single row, else 4 cells between 44 and 80 px) and
 * `below` under them (for weight bars and numbers).
 */
export function tokenRowsLayout(n: number, width: number, options: { minCell?: number; maxCell?: number; lift?: number; below?: number; pad?: number } = {}): TokenRowsLayout {
  const { minCell = 9, maxCell = 34, below = 40, pad = 8 } = options;
  const usable = Math.max(minCell, width - 2 * pad);
  const perRow = Math.max(1, Math.min(Math.max(1, n), Math.floor(usable / minCell)));
  const cell = Math.min(maxCell, usable / perRow);
  const rows = Math.max(1, Math.ceil(n / perRow));
  const lift = options.lift ?? (rows === 1 ? 110 : Math.round(Math.max(44, Math.min(80, cell * 4))));
  const rowHeight = lift + below;
  const rowWidth = cell * Math.min(n, perRow);
  const left = pad + (usable - rowWidth) / 2;
  const centers = Array.from({ length: n }, (_, i) => ({
    x: left + ((i % perRow) + 0.5) * cell,
    y: lift + Math.floor(i / perRow) * rowHeight,
  }));
  return { cell, perRow, rows, lift, rowHeight, centers, width, height: rows * rowHeight };
}

/**
 * Approximate width of a label in em: a CJK or full-width character takes about 1 em,
 * anything else (Latin letters, digits, ␣) about 0.6 em. Enough to keep labels of the
 * arc view apart without measuring text in the page.
 */
export function labelEms(label: string): number {
  let ems = 0;
  for (const ch of label) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 1 : 0.6;
  return ems;
}

/** Smallest label font of the arc view, in px, and the gap kept between two labels on a line. */
export const ARC_LABEL_MIN_FONT = 12;
const ARC_LABEL_GAP = 4;

/** The arc view's layout with what its labels need: their font and the lines they are spread over. */
export interface ArcLabelLayout extends TokenRowsLayout {
  /** Label size in px, `minFont` to 18 (smaller, down to `floorFont`, only when even three lines are too few). */
  font: number;
  /** Label lines: token i's label sits on line i mod lines, so neighbours never overlap. */
  lines: number;
  /** Distance between two label lines. */
  lineHeight: number;
  /** Size of the weights written under the bars. */
  valueFont: number;
}

/** Label sizes the arc view is laid out for, in px (larger on a slide: lib/widgets/labelSize.ts). */
export interface ArcLabelSizes {
  /** The size labels get more lines for before they shrink (12 in a chapter). */
  minFont?: number;
  /** The size labels never go below (9 in a chapter). */
  floorFont?: number;
  /** Most label lines (3 in a chapter; a slide, whose floor is its label size, allows more). */
  maxLines?: number;
  /** The weights under the bars (10 in a chapter). */
  valueFont?: number;
}

/** Room under the labels in a chapter: the bars (14 px) and their 10 px values. */
const ARC_BELOW = 40;
const ARC_VALUE_FONT = 10;

/**
 * The arc view keeps every token on one row (the arcs need it), but subword labels
 * ("␣because") are wider than a token's cell in a long sentence. Then the labels take
 * turns on two or three lines (`maxLines`), as dense axis labels do: each label may use as
 * many cells as there are lines, at a font of at least `minFont`. Only when that many lines
 * are too few does the font go below it, never below `floorFont`. The row height grows by
 * the extra lines and larger values only.
 */
export function arcLabelLayout(labels: readonly string[], width: number, sizes: ArcLabelSizes = {}): ArcLabelLayout {
  const { minFont = ARC_LABEL_MIN_FONT, floorFont = 9, maxLines = 3, valueFont = ARC_VALUE_FONT } = sizes;
  const ems = Math.max(1, ...labels.map(labelEms));
  const base = tokenRowsLayout(labels.length, width);
  const lines = Math.max(1, Math.min(maxLines, Math.ceil((ems * minFont + ARC_LABEL_GAP) / base.cell)));
  const font = Math.max(floorFont, Math.min(Math.max(18, minFont), base.cell * 0.62 * lines, (base.cell * lines - ARC_LABEL_GAP) / ems));
  const lineHeight = Math.round(font * 1.3);
  const extra = (lines - 1) * lineHeight + 1.5 * (valueFont - ARC_VALUE_FONT);
  const layout = extra <= 0 ? base : tokenRowsLayout(labels.length, width, { below: ARC_BELOW + extra });
  return { ...layout, font, lines, lineHeight, valueFont };
}

/**
 * Which of `candidates` (strongest first) get their weight written under the
 * token: at most `max` of them, none closer than `minGap` px to one already
 * labelled on the same row, so numbers never overlap.
 */
export function spacedLabels(candidates: readonly { index: number; weight: number }[], centers: readonly Point[], minGap: number, max = 3): number[] {
  const chosen: number[] = [];
  for (const c of candidates) {
    if (chosen.length >= max) break;
    const p = centers[c.index];
    if (chosen.every((i) => centers[i].y !== p.y || Math.abs(centers[i].x - p.x) >= minGap)) chosen.push(c.index);
  }
  return chosen;
}

/** A query → key link and its weight. */
export interface Link {
  query: number;
  key: number;
  weight: number;
}

/** Each query's strongest key (ties: the earlier key), skipping query `skip`. */
export function strongestLinks(weights: readonly (readonly number[])[], skip = -1): Link[] {
  const links: Link[] = [];
  weights.forEach((row, query) => {
    if (query === skip || row.length === 0) return;
    let key = 0;
    for (let j = 1; j < row.length; j++) if (row[j] > row[key]) key = j;
    links.push({ query, key, weight: row[key] });
  });
  return links;
}

/**
 * Groups links into `levels` weight bands and joins each band's arcs into one
 * path, so many faint arcs cost a few SVG elements. `weight` of a band is its
 * upper edge (use it for stroke width and opacity).
 */
export function arcBands(links: readonly Link[], layout: TokenRowsLayout, levels = 4): { weight: number; d: string }[] {
  const bands: string[][] = Array.from({ length: levels }, () => []);
  for (const link of links) {
    const band = Math.min(levels - 1, Math.floor(link.weight * levels));
    bands[band].push(arcPath(layout.centers[link.query], layout.centers[link.key], layout.cell, layout.lift));
  }
  return bands.flatMap((paths, b) => (paths.length ? [{ weight: (b + 1) / levels, d: paths.join(' ') }] : []));
}

/**
 * SVG path of the arc from a query to a key: a curve rising above the tokens.
 * On one row its height grows with the distance; across rows it leaves the
 * query upwards and lands on the key from above. A token attending to itself
 * gets a small loop.
 */
export function arcPath(from: Point, to: Point, cell: number, maxLift: number): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const top = (p: Point) => ({ x: p.x, y: p.y - cell * 0.55 });
  const a = top(from);
  const b = top(to);
  if (from.x === to.x && from.y === to.y) {
    const h = Math.min(maxLift, cell * 0.9);
    return `M${r(a.x - cell * 0.2)},${r(a.y)} C${r(a.x - cell * 0.45)},${r(a.y - h)} ${r(a.x + cell * 0.45)},${r(a.y - h)} ${r(a.x + cell * 0.2)},${r(a.y)}`;
  }
  if (a.y === b.y) {
    const h = Math.min(maxLift, 8 + Math.abs(a.x - b.x) * 0.45);
    return `M${r(a.x)},${r(a.y)} C${r(a.x)},${r(a.y - h)} ${r(b.x)},${r(b.y - h)} ${r(b.x)},${r(b.y)}`;
  }
  const h = maxLift * 0.8;
  return `M${r(a.x)},${r(a.y)} C${r(a.x)},${r(a.y - h)} ${r(b.x)},${r(b.y - h)} ${r(b.x)},${r(b.y)}`;
}

/** Geometry of the heatmap: a square grid of cells with room for labels on the left and top. */
export interface HeatmapLayout {
  cell: number;
  /** x of the first column. */
  left: number;
  /** y of the first row. */
  top: number;
  width: number;
  height: number;
  /** Draw a column's token label every `labelEvery` columns (1 = all): a label as wide as the widest token must not touch the next. */
  labelEvery: number;
  /** Draw a row's token label every `rowLabelEvery` rows: rows need only the label's height. */
  rowLabelEvery: number;
  /** Font size for the token labels. */
  fontSize: number;
  /** Width of the band the token labels sit in, left of and above the grid. */
  labelBand: number;
  /** Distance between two swatches of the legend (across, or down when it stands beside the grid). */
  legendStep: number;
  /** The legend stands right of the grid (a slide, whose room is short), not under it. */
  legendBeside: boolean;
}

/** Label sizes the heatmap is laid out for, in px (larger on a slide: lib/widgets/labelSize.ts). */
export interface HeatmapSizes {
  /** Smallest token label (9 in a chapter); labels thin out rather than go below it. */
  minFont?: number;
  /** The axis titles (12 in a chapter). */
  axisFont?: number;
  /** The legend (11 in a chapter). */
  legendFont?: number;
  /**
   * The widest token label in em (labelEms): when given, column labels thin out until
   * neighbours do not overlap, and the row labels' band is as wide as the widest label.
   */
  labelEms?: number;
  /** The most height the whole picture may take (a slide's room); cells shrink to fit it. */
  maxHeight?: number;
  /** Width kept right of the grid for the legend: given, the legend stands there instead of below. */
  legendWidth?: number;
}

/**
 * Fits an n×n heatmap with axis titles and token labels into `width`; cells at most maxCell.
 * The bands for the axis titles and labels, the legend's spacing and its height grow with
 * the label sizes asked for; at a chapter's sizes they are 22, 18, 30 and 74 px.
 */
export function heatmapLayout(n: number, width: number, maxCell = 34, sizes: HeatmapSizes = {}): HeatmapLayout {
  const { minFont = 9, axisFont = 12, legendFont = 11, labelEms: ems, maxHeight = Infinity, legendWidth } = sizes;
  const legendBeside = legendWidth !== undefined;
  const axis = Math.max(22, axisFont * 1.8);
  const largest = Math.max(14, minFont);
  const labelBand = Math.max(18, minFont * 2, ems === undefined ? 0 : ems * largest + 8);
  const legend = legendBeside ? 8 : 74 + 2 * Math.max(0, legendFont - 11);
  const left = axis + labelBand;
  const top = axis + Math.max(18, minFont * 2);
  const rows = Math.max(1, n);
  const cell = Math.max(2, Math.min(maxCell, (width - left - 8 - (legendWidth ?? 0)) / rows, (maxHeight - top - legend) / rows));
  const fontSize = Math.max(minFont, Math.min(largest, cell * 0.7));
  const labelWidth = ems === undefined ? fontSize : Math.max(fontSize, ems * fontSize + 4);
  const labelEvery = cell >= labelWidth ? 1 : Math.ceil(labelWidth / cell);
  const rowLabelEvery = cell >= fontSize ? 1 : Math.ceil(fontSize / cell);
  const legendStep = legendBeside ? legendFont * 1.6 : Math.max(30, legendFont * 2.7);
  // beside the grid the legend (a title, five swatches, the masked one) needs 7.5 rows of its own height
  const height = Math.max(top + cell * n + legend, legendBeside ? top + 7.5 * legendStep : 0);
  return { cell, left, top, width, height, labelEvery, rowLabelEvery, fontSize, labelBand, legendStep, legendBeside };
}

/**
 * Opacity that shows attention weight `w`: √w. Weights spread over many keys
 * are small (0.02 over 50 keys) and would vanish at opacity w; the square
 * root keeps them visible while 1 stays 1 and order is kept. Legends label
 * their swatches with {@link opacityWeight}, so the reader sees the real values.
 */
export function weightOpacity(w: number): number {
  return Math.sqrt(Math.max(0, Math.min(1, w)));
}

/**
 * Attention maps as cells at {@link weightOpacity}: row i of `rows` is query i's weights
 * over `cols` keys (missing ones are 0), and with `causal` the cells past the diagonal
 * are masked (NaN). One loop with the opacity inlined: a new sentence rebuilds a dozen
 * 64 × 64 maps in the head gallery, and a callback per cell (gridFromRows) cost about
 * five times as much.
 */
export function opacityGrid(rows: readonly ArrayLike<number>[], causal = false, cols = rows.length): CellGrid {
  const values = new Float64Array(rows.length * cols);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const o = i * cols;
    for (let j = 0; j < cols; j++) {
      if (causal && j > i) {
        values[o + j] = NaN;
        continue;
      }
      const w = j < row.length ? row[j] : 0;
      values[o + j] = Math.sqrt(w < 0 ? 0 : w > 1 ? 1 : w);
    }
  }
  return { rows: rows.length, cols, values };
}

/** The weight drawn at opacity `o` (inverse of {@link weightOpacity}). */
export function opacityWeight(o: number): number {
  return o * o;
}

/** Maps the by-hand plane [−limit, limit]² to a square of `size` px with `pad` px of margin (y grows upwards). */
export function planeScale(size: number, limit: number, pad = 16) {
  const span = size - 2 * pad;
  return {
    toPx: ([x, y]: Vec2): Point => ({ x: pad + ((x + limit) / (2 * limit)) * span, y: pad + ((limit - y) / (2 * limit)) * span }),
    toPlane: ({ x, y }: Point): Vec2 => [((x - pad) / span) * 2 * limit - limit, limit - ((y - pad) / span) * 2 * limit],
  };
}

/** The `count` keys with the largest weights, strongest first (ties: earlier key first). */
export function topKeys(weights: readonly number[], count: number): { index: number; weight: number }[] {
  return weights
    .map((weight, index) => ({ index, weight }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, count);
}
