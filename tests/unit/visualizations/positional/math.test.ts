/**
 * Tests for the positional explorer's maths: encoding values against the 2017 formula
 * worked out by hand, wavelengths, similarity matrices and the "add" animation's sum.
 */
import { describe, expect, it } from 'vitest';
import { addPosition, cellDetail, cosineGrid, diagonalSpread, gridFromRows, minValue, sinusoidalGrid, waveDims, wavelength } from '@/visualizations/positional/math';
import { DotProductBuffers, dotProducts } from '@/visualizations/positional/dotProducts';
import { heatmapIntensities } from '@/visualizations/positional/heatmapIntensities';
import { sinusoidalEncoding } from '@/lib/math';

/** The distance view's matrix of dot products for positions × dims, computed on the page alone. */
const dotGrid = (positions: number, dims: number) => dotProducts(new DotProductBuffers(), positions, dims).grid;
const at = (g: { cols: number; values: Float64Array }, r: number, c: number) => g.values[r * g.cols + c];

describe('sinusoidalGrid against PE(pos,2i)=sin(pos/10000^(2i/d)), PE(pos,2i+1)=cos(…)', () => {
  it('d = 6, pos = 2, dim 2 (pair i = 1)', () => {
    // 10000^(2/6) = 10000^(1/3) = 21.5443469…; 2 / 21.5443469 = 0.0928317…; sin = 0.0926985…
    expect(at(sinusoidalGrid(3, 6), 2, 2)).toBeCloseTo(0.09269850077872725, 12);
  });

  it('d = 512, pos = 100, dims 200 and 201 (pair i = 100)', () => {
    // 2i/d = 200/512 = 0.390625, so 10000^0.390625 = 10^1.5625 = 36.5174127…;
    // angle = 100 / 36.5174127 = 2.7384196… rad; sin = 0.3923389…, cos = −0.9198207…
    const g = sinusoidalGrid(101, 512);
    expect(at(g, 100, 200)).toBeCloseTo(0.39233892139812626, 10);
    expect(at(g, 100, 201)).toBeCloseTo(-0.9198207275095267, 10);
  });

  it('position 0 is (0, 1, 0, 1, …) and the first pair turns one radian per position', () => {
    const g = sinusoidalGrid(4, 8);
    expect(Array.from(g.values.subarray(0, 8))).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(at(g, 3, 0)).toBeCloseTo(Math.sin(3), 14);
    expect(at(g, 3, 1)).toBeCloseTo(Math.cos(3), 14);
  });
});

describe('cellDetail', () => {
  it('explains a cell with the numbers of the formula', () => {
    // d = 128, dim 13 = 2·6 + 1: pair 6, cosine, denominator 10000^(12/128) = 10^0.375 = 2.3713737…
    const g = sinusoidalGrid(9, 128);
    const d = cellDetail(g, 8, 13);
    expect(d.pair).toBe(6);
    expect(d.fn).toBe('cos');
    expect(d.denominator).toBeCloseTo(Math.pow(10, 0.375), 12);
    expect(d.angle).toBeCloseTo(8 / Math.pow(10, 0.375), 12);
    expect(d.value).toBeCloseTo(Math.cos(8 / Math.pow(10, 0.375)), 12);
  });
});

describe('wavelengths', () => {
  it('start at 2π and grow by 10000^(2/d) per pair', () => {
    expect(wavelength(0, 64)).toBeCloseTo(2 * Math.PI, 12);
    expect(wavelength(1, 64)).toBeCloseTo(2 * Math.PI, 12);
    expect(wavelength(2, 64) / wavelength(0, 64)).toBeCloseTo(Math.pow(10000, 2 / 64), 12);
  });

  it('picks evenly spaced pairs, so the drawn wavelengths form a geometric series', () => {
    // d = 128: 64 pairs; i = 0, 8, 16, 24 → dims 0, 16, 32, 48; ratio 10000^(16/128) = 10^0.5 = 3.1622…
    const dims = waveDims(128);
    expect(dims).toEqual([0, 16, 32, 48]);
    const l = dims.map((d) => wavelength(d, 128));
    expect(l[1]).toBeCloseTo(19.869176531592203, 10);
    for (let k = 1; k < l.length; k++) expect(l[k] / l[k - 1]).toBeCloseTo(Math.sqrt(10), 12);
    expect(waveDims(2)).toEqual([0]);
  });
});

describe('similarity matrices', () => {
  it('gives cos(a − b) for d = 2, where PE(p) = (sin p, cos p)', () => {
    // sin a sin b + cos a cos b = cos(a − b)
    const g = dotGrid(5, 2);
    expect(at(g, 1, 3)).toBeCloseTo(Math.cos(2), 14);
    expect(at(g, 4, 0)).toBeCloseTo(Math.cos(4), 14);
  });

  it('holds the plain dot product of every pair of rows of the table', () => {
    // an odd size, so the product's strips of four rows end part-way
    const rows = sinusoidalEncoding(13, 10);
    const g = dotGrid(13, 10);
    for (let a = 0; a < 13; a++) {
      for (let b = 0; b < 13; b++)
        expect(at(g, a, b)).toBeCloseTo(
          rows[a].reduce((sum, x, k) => sum + x * rows[b][k], 0),
          12,
        );
    }
  });

  it('has every self-similarity equal to d/2 and depends only on the offset', () => {
    const g = dotGrid(40, 64);
    for (let p = 0; p < 40; p++) expect(at(g, p, p)).toBeCloseTo(32, 10);
    expect(diagonalSpread(g)).toBeLessThan(1e-9);
  });

  it('finds the smallest dot product: cos 3 ≈ −0.99, between positions 0 and 3 for d = 2', () => {
    // PE(p) = (sin p, cos p), so PE(a)·PE(b) = cos(a − b); over offsets 0…3 the least is cos 3 ≈ −0.99.
    expect(minValue(dotGrid(4, 2))).toBeCloseTo(Math.cos(3), 14);
    expect(minValue(gridFromRows([]))).toBe(Infinity);
  });

  it('measures the spread along diagonals', () => {
    // diagonal {1, 2} spreads by 1; the off-diagonals are single entries
    expect(
      diagonalSpread(
        gridFromRows([
          [1, 0],
          [0, 2],
        ]),
      ),
    ).toBe(1);
    expect(
      diagonalSpread(
        gridFromRows([
          [3, 1],
          [1, 3],
        ]),
      ),
    ).toBe(0);
    // 3 × 3: the main diagonal {1, 1, 1} and b − a = −1 {2, 2} are constant; b − a = +1 is {5, 9}
    expect(
      diagonalSpread(
        gridFromRows([
          [1, 5, 0],
          [2, 1, 9],
          [-3, 2, 1],
        ]),
      ),
    ).toBe(4);
  });

  it('puts cosine 1 on the diagonal', () => {
    const g = cosineGrid([
      [1, 0],
      [0, 2],
      [3, 4],
    ]);
    expect(at(g, 0, 0)).toBeCloseTo(1, 14);
    expect(at(g, 0, 1)).toBe(0);
    expect(at(g, 0, 2)).toBeCloseTo(3 / 5, 14);
  });
});

describe('heatmapIntensities', () => {
  it('divides by max on a diverging scale (the sign picks the hue)', () => {
    expect(Array.from(heatmapIntensities(gridFromRows([[2, -1, 0]]), 4).values)).toEqual([0.5, -0.25, 0]);
  });

  it('stretches one hue over [min, max] when given a min', () => {
    // (30 − 20) / (40 − 20) = 0.5; 20 → 0; 40 → 1
    expect(Array.from(heatmapIntensities(gridFromRows([[30, 20, 40]]), 40, 20).values)).toEqual([0.5, 0, 1]);
  });

  it('writes into a given array of the grid size, and refuses one of another size', () => {
    const into = Float64Array.from([9, 9, 9]);
    const cells = heatmapIntensities(gridFromRows([[2, -1, 0]]), 4, undefined, into);
    expect(cells.values).toBe(into);
    expect(Array.from(into)).toEqual([0.5, -0.25, 0]);
    expect(() => heatmapIntensities(gridFromRows([[2, -1, 0]]), 4, undefined, new Float64Array(4))).toThrow(RangeError);
  });
});

describe('addPosition', () => {
  it('adds PE(pos) for d = 8 to the embedding, dimension by dimension', () => {
    // d = 8: denominators 10000^(0/8, 2/8, 4/8, 6/8) = 1, 10, 100, 1000.
    const { embedding, position, sum } = addPosition('dog', 3);
    const expected = [Math.sin(3), Math.cos(3), Math.sin(0.3), Math.cos(0.3), Math.sin(0.03), Math.cos(0.03), Math.sin(0.003), Math.cos(0.003)];
    position.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 14));
    sum.forEach((s, i) => expect(s).toBeCloseTo(embedding[i] + expected[i], 14));
    expect(addPosition('dog', 5).embedding).toEqual(embedding);
  });
});
