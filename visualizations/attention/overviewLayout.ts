/**
 * Where the all-heads overview (HeadOverview.tsx) puts its maps: one square map per layer
 * and head, layer by layer, with a caption under each. In a chapter the column sets the
 * width and the page grows downwards: one row per layer, one map per head. On a slide the
 * picture has a fixed height (`maxHeight`), so the grid is laid out to fit it: all layers
 * when their maps stay at least `minSize` wide (several layers may share a row), else one
 * layer at a time with larger maps, the explorer's layer menu choosing which.
 */

export interface OverviewOptions {
  nLayers: number;
  nHeads: number;
  /** The chosen layer (from 0): the one shown when the overview shows one layer at a time. */
  layer: number;
  width: number;
  gap: number;
  /** Largest map side. */
  maxSize: number;
  /** Height of the caption under a map of side `size` (its text wraps to the map's width). */
  caption: (size: number) => number;
  /** The picture's height on a slide; none in a chapter. */
  maxHeight?: number;
  /** Smallest map side worth showing on a slide before showing one layer at a time. */
  minSize?: number;
}

export interface OverviewLayout {
  /** Side of each map. */
  size: number;
  /** Height of the caption under each map. */
  caption: number;
  /** Maps in a row. */
  perRow: number;
  /** The layers shown (from 0), in order. */
  layers: number[];
  /** True when one layer is shown of several. */
  paged: boolean;
  height: number;
}

/** Side of the maps when `perRow` of them share the width (2 px of margin on each side). */
const sideFor = (width: number, perRow: number, gap: number) => Math.floor((width - (perRow - 1) * gap - 4) / perRow);

/** The largest side at most `start` whose rows of maps and captions fit `maxHeight` (captions grow as maps narrow). */
function fitHeight(start: number, rows: number, gap: number, maxHeight: number, caption: (size: number) => number): number {
  let size = start;
  for (let i = 0; i < 8; i++) {
    const next = Math.min(start, Math.floor(maxHeight / rows - caption(size) - gap));
    if (next >= size) break;
    size = next;
  }
  return size;
}

function layoutOf(size: number, perRow: number, layers: number[], nHeads: number, gap: number, caption: (size: number) => number, paged: boolean): OverviewLayout {
  const rows = Math.ceil((layers.length * nHeads) / perRow);
  const captionHeight = caption(size);
  return { size, caption: captionHeight, perRow, layers, paged, height: rows * (size + captionHeight + gap) };
}

export function overviewLayout({ nLayers, nHeads, layer, width, gap, maxSize, caption, maxHeight, minSize = 0 }: OverviewOptions): OverviewLayout {
  const all = Array.from({ length: nLayers }, (_, l) => l);
  const heads = Math.max(1, nHeads);
  if (maxHeight === undefined) return layoutOf(Math.max(1, Math.min(maxSize, sideFor(width, heads, gap))), heads, all, heads, gap, caption, false);
  // all layers: k layers to a row, for each k, and the largest maps that fit the height
  let best: { size: number; perRow: number } | null = null;
  for (let k = 1; k <= nLayers; k++) {
    const perRow = k * heads;
    const rows = Math.ceil(nLayers / k);
    const size = fitHeight(Math.min(maxSize, sideFor(width, perRow, gap)), rows, gap, maxHeight, caption);
    if (!best || size > best.size) best = { size, perRow };
  }
  if (best && best.size >= minSize) return layoutOf(best.size, best.perRow, all, heads, gap, caption, false);
  const one = fitHeight(Math.min(maxSize, sideFor(width, heads, gap)), 1, gap, maxHeight, caption);
  return layoutOf(Math.max(1, one), heads, [Math.min(Math.max(0, layer), nLayers - 1)], heads, gap, caption, nLayers > 1);
}

/** Top-left corner of the `index`-th map shown (counting across the layers shown). */
export function tileAt(layout: OverviewLayout, index: number, gap: number): { x: number; y: number } {
  const col = index % layout.perRow;
  const row = Math.floor(index / layout.perRow);
  return { x: 2 + col * (layout.size + gap), y: 2 + row * (layout.size + layout.caption + gap) };
}
