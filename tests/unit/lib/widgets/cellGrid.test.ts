import { describe, expect, it } from 'vitest';
import { backingSize, cellAt, screenPixelRatio, cellPixels, cellPixelBytesInto, cellPixelsInto, gridFromRows, interpolateGrid, interpolateValues, resizeGrid } from '@/lib/widgets/cellGrid';

describe('gridFromRows', () => {
  it('flattens rows row-major through the intensity, ragged rows padded with 0', () => {
    const grid = gridFromRows([[0.25], [0.5, 1]], (v, i, j) => (j > i ? NaN : Math.sqrt(v)), 2);
    expect(grid.rows).toBe(2);
    expect(grid.cols).toBe(2);
    expect(Array.from(grid.values)).toEqual([0.5, NaN, Math.SQRT1_2, 1]);
  });
});

describe('cellPixelsInto', () => {
  it('overwrites every byte of an image that held other pixels, masked cells transparent without a masked colour', () => {
    const grid = { rows: 1, cols: 3, values: Float64Array.from([1, NaN, -0.5]) };
    const out = new Uint8ClampedArray(12).fill(77);
    expect(cellPixelsInto(out, grid, [10, 20, 30], { negative: [200, 100, 0] })).toBe(out);
    // 1 → full colour; NaN → (0, 0, 0, 0); −0.5 → the negative hue at alpha round(127.5) = 128
    expect(Array.from(out)).toEqual([10, 20, 30, 255, 0, 0, 0, 0, 200, 100, 0, 128]);
  });

  it('refuses an image too small for the grid', () => {
    expect(() => cellPixelsInto(new Uint8ClampedArray(4), { rows: 1, cols: 2, values: new Float64Array(2) }, [0, 0, 0])).toThrow(RangeError);
  });

  it('writes the same bytes one word per pixel as four bytes at a time, and into an unaligned view', () => {
    // every kind of cell: masked, negative (in and beyond −1), 0, halves that round up, in range, beyond 1
    const values = Float64Array.from([NaN, -0.25, -3, 0, 0.5 / 255, 1.5 / 255, 0.3, 0.999, 1, 7, -0]);
    const grid = { rows: 1, cols: values.length, values };
    const bytes = new Uint8ClampedArray(values.length * 4).fill(9);
    for (const options of [{}, { masked: [200, 201, 202] as const }, { negative: [250, 128, 1] as const }, { masked: [1, 2, 3] as const, negative: [4, 5, 6] as const }]) {
      const words = cellPixelsInto(new Uint8ClampedArray(values.length * 4).fill(9), grid, [10, 20, 255], options);
      expect(Array.from(words)).toEqual(Array.from(cellPixelBytesInto(bytes, grid, [10, 20, 255], options)));
      // a view that starts one byte into its buffer cannot be read as words: the byte path draws it
      const unaligned = new Uint8ClampedArray(new ArrayBuffer(values.length * 4 + 1), 1);
      expect(Array.from(cellPixelsInto(unaligned, grid, [10, 20, 255], options))).toEqual(Array.from(words));
    }
  });
});

describe('cellPixels', () => {
  it('writes the colour with alpha = intensity, masked cells opaque in their colour', () => {
    const grid = { rows: 1, cols: 4, values: Float64Array.from([0, 0.5, 2, NaN]) };
    const px = Array.from(cellPixels(grid, [10, 20, 30], { masked: [200, 201, 202] }));
    expect(px).toEqual([10, 20, 30, 0, 10, 20, 30, 128, 10, 20, 30, 255, 200, 201, 202, 255]);
  });
  it('leaves masked cells transparent without a mask colour, and clamps negatives to 0', () => {
    const grid = { rows: 1, cols: 2, values: Float64Array.from([NaN, -1]) };
    expect(Array.from(cellPixels(grid, [1, 2, 3]))).toEqual([0, 0, 0, 0, 1, 2, 3, 0]);
  });
  it('draws negative intensities in the second hue of a diverging scale', () => {
    const grid = { rows: 1, cols: 3, values: Float64Array.from([1, -0.5, -2]) };
    // −0.5 → alpha 127.5, rounded to 128; −2 clamps to full alpha
    expect(Array.from(cellPixels(grid, [10, 20, 30], { negative: [200, 100, 0] }))).toEqual([10, 20, 30, 255, 200, 100, 0, 128, 200, 100, 0, 255]);
  });
});

describe('geometry', () => {
  it('sizes the backing store in device pixels', () => {
    expect(backingSize(100.4, 50, 2)).toEqual({ width: 201, height: 100 });
    expect(backingSize(10, 10, 0)).toEqual({ width: 10, height: 10 });
    expect(backingSize(0, 0, 1)).toEqual({ width: 1, height: 1 });
  });
  it('finds the cell under a point and clamps outside points', () => {
    // 4 × 8 cells in 80 × 40 px: cells are 10 px square.
    expect(cellAt(25, 15, 4, 8, 80, 40)).toEqual({ row: 1, col: 2 });
    expect(cellAt(-3, 99, 4, 8, 80, 40)).toEqual({ row: 3, col: 0 });
    expect(cellAt(80, 0, 4, 8, 80, 40)).toEqual({ row: 0, col: 7 });
  });
});

describe('interpolation', () => {
  it('goes from the old grid to the new one, eased (cubic in-out: 0.5 at the middle)', () => {
    const from = { rows: 1, cols: 2, values: Float64Array.from([0, 1]) };
    const to = { rows: 1, cols: 2, values: Float64Array.from([1, 0]) };
    const at = interpolateGrid(from, to);
    expect(Array.from(at(0).values)).toEqual([0, 1]);
    expect(Array.from(at(1).values)).toEqual([1, 0]);
    expect(at(0.5).values[0]).toBeCloseTo(0.5, 12);
    // cubic in-out at t = 0.25: 4 t³ = 0.0625
    expect(at(0.25).values[0]).toBeCloseTo(0.0625, 12);
  });
  it('grows a larger grid from zeros and keeps the new mask throughout', () => {
    const from = { rows: 1, cols: 1, values: Float64Array.from([0.8]) };
    const to = { rows: 2, cols: 2, values: Float64Array.from([0.4, NaN, 1, 1]) };
    const mid = interpolateGrid(from, to)(0.5).values;
    expect(mid[0]).toBeCloseTo(0.6, 12);
    expect(mid[1]).toBeNaN();
    expect(mid[2]).toBeCloseTo(0.5, 12);
    expect(Array.from(resizeGrid(from, 2, 2))).toEqual([0.8, 0, 0, 0]);
  });
  it('returns a fresh array per frame', () => {
    const at = interpolateGrid({ rows: 1, cols: 1, values: Float64Array.from([0]) }, { rows: 1, cols: 1, values: Float64Array.from([1]) });
    const a = at(0.2);
    at(0.8);
    expect(a.values[0]).toBeCloseTo(4 * 0.2 ** 3, 12);
  });
  it('blends lists on the new length', () => {
    const at = interpolateValues([1, 1, 1], [0, 0.5]);
    expect(at(0)).toEqual([1, 1]);
    expect(at(1)).toEqual([0, 0.5]);
    expect(at(0.5)[1]).toBeCloseTo(0.75, 12);
  });
});

describe('screen pixel ratio of a canvas', () => {
  it('is the device ratio when the canvas is drawn at its layout size', () => {
    expect(screenPixelRatio(2, 300, 300)).toBe(2);
  });

  it('grows with a slide that draws the canvas larger: 560 px laid out, 1,040 px on a 1080p projector', () => {
    expect(screenPixelRatio(1, 1040, 560)).toBeCloseTo(1040 / 560, 12);
    expect(backingSize(560, 560, screenPixelRatio(1, 1040, 560))).toEqual({ width: 1040, height: 1040 });
  });

  it('never goes below the device ratio (a zoomed-out widget) nor past four times it, and survives an unmeasured canvas', () => {
    expect(screenPixelRatio(2, 150, 300)).toBe(2);
    expect(screenPixelRatio(1, 5000, 100)).toBe(4);
    expect(screenPixelRatio(1.5, 0, 300)).toBe(1.5);
    expect(screenPixelRatio(0, 300, 300)).toBe(1);
  });
});
