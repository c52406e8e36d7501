/**
 * Grids of cells painted on a canvas (attention heatmaps, head maps, mask matrices):
 * the pure parts, tested without a browser.
 *
 * A grid is `rows × cols` intensities in [0, 1], row-major in a Float64Array; NaN marks
 * a cell that is not there (hidden by a mask). It is painted in two steps: one RGBA pixel
 * per cell ({@link cellPixels}), then that small image is scaled onto a canvas whose
 * backing store has the device's pixel ratio ({@link backingSize}) with smoothing off,
 * so every cell edge falls on a device pixel and a 64 × 64 map costs one image copy
 * instead of 4 096 DOM elements. {@link cellAt} finds the cell under the pointer.
 *
 * Animation: {@link interpolateGrid} blends two grids (of possibly different sizes, as
 * when the sentence changes), eased by d3-ease.
 */
import { easeCubicInOut, interpolateNumberArray } from 'd3';

export type Rgb = readonly [number, number, number];

export interface CellGrid {
  rows: number;
  cols: number;
  /** Row-major intensities in [0, 1]; NaN = a masked cell. */
  values: Float64Array;
}

/** A grid from nested rows, each value passed through `intensity` (e.g. √weight); rows may be ragged (missing cells are 0). */
export function gridFromRows(
  rows: readonly ArrayLike<number>[],
  intensity: (value: number, row: number, col: number) => number = (v) => v,
  cols = Math.max(0, ...rows.map((r) => r.length)),
): CellGrid {
  const values = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => {
    for (let j = 0; j < cols; j++) values[i * cols + j] = intensity(row[j] ?? 0, i, j);
  });
  return { rows: rows.length, cols, values };
}

/**
 * RGBA bytes, one pixel per cell: `colour` at alpha = intensity (clamped to [0, 1]);
 * with a `negative` colour, a negative intensity −v is drawn in it at alpha v (a
 * diverging scale), else as 0. Masked cells (NaN) are `masked` at full alpha, or
 * transparent without it.
 */
export function cellPixels(grid: CellGrid, colour: Rgb, options: { masked?: Rgb; negative?: Rgb } = {}): Uint8ClampedArray<ArrayBuffer> {
  return cellPixelsInto(new Uint8ClampedArray(grid.values.length * 4), grid, colour, options);
}

/** Whether this machine stores the low byte of a 32-bit word first (every browser's does; checked, not assumed). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** An RGBA pixel as one little-endian 32-bit word: red in the low byte, alpha in the high one. */
function pixelWord([r, g, b]: Rgb, alpha: number): number {
  const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return ((byte(alpha) << 24) | (byte(b) << 16) | (byte(g) << 8) | byte(r)) >>> 0;
}

/**
 * {@link cellPixels} written over `out` (every byte of the first rows × cols pixels), so a
 * canvas that repaints can keep one image. Each pixel is one 32-bit write where the bytes
 * allow it (a 256 × 512 positional map is 131,072 pixels per update), else four byte writes
 * ({@link cellPixelBytesInto}); both give the same bytes.
 */
export function cellPixelsInto<T extends Uint8ClampedArray>(out: T, grid: CellGrid, colour: Rgb, options: { masked?: Rgb; negative?: Rgb } = {}): T {
  const { values } = grid;
  if (out.length < values.length * 4) throw new RangeError(`${values.length} cells need ${values.length * 4} bytes, got ${out.length}`);
  if (!LITTLE_ENDIAN || out.byteOffset % 4 !== 0) return cellPixelBytesInto(out, grid, colour, options);
  const { masked, negative } = options;
  const words = new Uint32Array(out.buffer, out.byteOffset, values.length);
  const hue = pixelWord(colour, 0);
  const negativeHue = negative ? pixelWord(negative, 0) : hue;
  const maskedPixel = masked ? pixelWord(masked, 255) : 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) words[i] = maskedPixel;
    else if (v < 0 && negative) words[i] = (negativeHue | (Math.round(Math.min(1, -v) * 255) << 24)) >>> 0;
    else words[i] = (hue | (Math.round(Math.max(0, Math.min(1, v)) * 255) << 24)) >>> 0;
  }
  return out;
}

/** {@link cellPixelsInto} four bytes at a time (the path for a big-endian machine or an unaligned array). */
export function cellPixelBytesInto<T extends Uint8ClampedArray>(out: T, grid: CellGrid, colour: Rgb, { masked, negative }: { masked?: Rgb; negative?: Rgb } = {}): T {
  const { values } = grid;
  if (out.length < values.length * 4) throw new RangeError(`${values.length} cells need ${values.length * 4} bytes, got ${out.length}`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const o = i * 4;
    if (Number.isNaN(v)) {
      const fill = masked ?? [0, 0, 0];
      out[o] = fill[0];
      out[o + 1] = fill[1];
      out[o + 2] = fill[2];
      out[o + 3] = masked ? 255 : 0;
      continue;
    }
    const hue = v < 0 && negative ? negative : colour;
    out[o] = hue[0];
    out[o + 1] = hue[1];
    out[o + 2] = hue[2];
    out[o + 3] = Math.round(Math.max(0, Math.min(1, v < 0 && negative ? -v : v)) * 255);
  }
  return out;
}

/** Backing-store size of a canvas shown at `width × height` CSS px on a screen of pixel ratio `dpr` (at least 1 × 1). */
export function backingSize(width: number, height: number, dpr: number): { width: number; height: number } {
  const ratio = dpr > 0 && Number.isFinite(dpr) ? dpr : 1;
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
}

/**
 * Screen pixels per CSS pixel of a canvas laid out `layoutWidth` CSS px wide and drawn
 * `drawnWidth` px wide on a screen of pixel ratio `dpr`: more than `dpr` when a transform or
 * zoom enlarges it (a slide scaled up to a projector), so its backing store matches the
 * screen. Never below `dpr`, at most 4 × `dpr` (a canvas stays a reasonable size).
 */
export function screenPixelRatio(dpr: number, drawnWidth: number, layoutWidth: number): number {
  const base = dpr > 0 && Number.isFinite(dpr) ? dpr : 1;
  const enlarged = layoutWidth > 0 && drawnWidth > 0 ? drawnWidth / layoutWidth : 1;
  return base * Math.min(4, Math.max(1, enlarged));
}

/** The cell under a point (x, y) measured from the grid's top-left corner, in a grid drawn `width × height`; clamped to the grid. */
export function cellAt(x: number, y: number, rows: number, cols: number, width: number, height: number): { row: number; col: number } {
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  return { row: clamp(Math.floor((y / height) * rows), rows), col: clamp(Math.floor((x / width) * cols), cols) };
}

/** `grid` laid on a `rows × cols` frame: cells outside it are 0, masked cells stay masked. */
export function resizeGrid(grid: CellGrid, rows: number, cols: number): Float64Array {
  if (grid.rows === rows && grid.cols === cols) return grid.values;
  const out = new Float64Array(rows * cols);
  const r = Math.min(rows, grid.rows);
  const c = Math.min(cols, grid.cols);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[i * cols + j] = grid.values[i * grid.cols + j];
  return out;
}

/**
 * A function of t ∈ [0, 1] (time, eased with cubic in-out) from `from` to `to`, on `to`'s
 * frame: cells `from` lacks start at 0. Masked cells of `to` are masked throughout (a mask
 * is a rule, not a quantity); a cell masked in `from` but not in `to` grows from 0.
 */
export function interpolateGrid(from: CellGrid, to: CellGrid): (t: number) => CellGrid {
  const start = resizeGrid(from, to.rows, to.cols);
  const end = to.values;
  return (t) => {
    const e = easeCubicInOut(Math.max(0, Math.min(1, t)));
    // one pass and one array per frame: many maps glide at once in the head gallery
    const values = new Float64Array(end.length);
    for (let i = 0; i < end.length; i++) {
      const b = end[i];
      if (Number.isNaN(b)) {
        values[i] = NaN;
        continue;
      }
      const a = Number.isNaN(start[i]) ? 0 : start[i];
      values[i] = a + (b - a) * e;
    }
    return { rows: to.rows, cols: to.cols, values };
  };
}

/** Eased blend of two lists of numbers (a row of weights, bar heights) on `to`'s length; missing values start at 0. */
export function interpolateValues(from: readonly number[], to: readonly number[]): (t: number) => number[] {
  const start = to.map((_, i) => from[i] ?? 0);
  const blend = interpolateNumberArray(start, [...to]);
  return (t) => Array.from(blend(easeCubicInOut(Math.max(0, Math.min(1, t)))));
}
