/**
 * Tests for the distance view's matrix: every dot product PE(a)·PE(b), checked against
 * the 2017 formula summed here term by term, and buffers reused without touching the
 * matrix on screen.
 */
import { describe, expect, it } from 'vitest';
import { DotProductBuffers, dotProducts } from '@/visualizations/positional/dotProducts';
import { diagonalSpread } from '@/visualizations/positional/math';
import { sinusoidalDot as naiveDot } from '../../../support/sinusoidalDot';

function expectDotProducts(values: Float64Array, positions: number, dims: number) {
  expect(values).toHaveLength(positions * positions);
  for (let a = 0; a < positions; a++) for (let b = 0; b < positions; b++) expect(values[a * positions + b]).toBeCloseTo(naiveDot(a, b, dims), 10);
}

describe('dot products of every pair of positions', () => {
  it('PE(a)·PE(b) for 13 positions × 10 dimensions, and d/2 on the diagonal', () => {
    const { grid, dims } = dotProducts(new DotProductBuffers(), 13, 10);
    expect([grid.rows, grid.cols, dims]).toEqual([13, 13, 10]);
    expectDotProducts(grid.values, 13, 10);
    for (let a = 0; a < 13; a++) expect(grid.values[a * 13 + a]).toBeCloseTo(5, 12);
  });

  it('keeps each diagonal constant up to rounding at the widget largest sizes (256 × 512)', () => {
    const { grid } = dotProducts(new DotProductBuffers(), 256, 512);
    expect(diagonalSpread(grid)).toBeLessThan(1e-9);
    // spot checks against the formula: the diagonal, an offset of one, the far corner
    for (const [a, b] of [
      [0, 0],
      [100, 101],
      [0, 255],
      [255, 3],
    ])
      expect(grid.values[a * 256 + b]).toBeCloseTo(naiveDot(a, b, 512), 9);
  });
});

describe('DotProductBuffers', () => {
  it('never writes the matrix on screen, and reuses the other one', () => {
    const buffers = new DotProductBuffers();
    const first = dotProducts(buffers, 8, 6);
    buffers.onScreen(first.grid.values);
    const kept = Float64Array.from(first.grid.values);
    const second = dotProducts(buffers, 8, 4);
    expect(second.grid.values.buffer).not.toBe(first.grid.values.buffer);
    expect([...first.grid.values]).toEqual([...kept]);
    expectDotProducts(second.grid.values, 8, 4);
    buffers.onScreen(second.grid.values);
    // the third update writes where the first was (it is no longer on screen)
    const third = dotProducts(buffers, 8, 2);
    expect(third.grid.values.buffer).toBe(first.grid.values.buffer);
    expectDotProducts(third.grid.values, 8, 2);
  });

  it('an abandoned update (never drawn) leaves the screen matrix alone', () => {
    const buffers = new DotProductBuffers();
    const shown = dotProducts(buffers, 12, 8);
    buffers.onScreen(shown.grid.values);
    const kept = Float64Array.from(shown.grid.values);
    dotProducts(buffers, 12, 10); // never drawn
    const latest = dotProducts(buffers, 12, 6);
    expect([...shown.grid.values]).toEqual([...kept]);
    expectDotProducts(latest.grid.values, 12, 6);
  });

  it('gives views of the sizes asked for, smaller or larger than before', () => {
    const buffers = new DotProductBuffers();
    for (const [positions, dims] of [
      [30, 8],
      [5, 12],
      [31, 2],
    ]) {
      const { grid } = dotProducts(buffers, positions, dims);
      expectDotProducts(grid.values, positions, dims);
      buffers.onScreen(grid.values);
    }
  });
});
