/**
 * Tests for the distance view's matrix: the page's rows plus the worker's (or the page's
 * own, when there is no worker) give every dot product PE(a)·PE(b), checked against the
 * 2017 formula summed here term by term; the buffers are reused without touching the
 * matrix on screen.
 */
import { describe, expect, it } from 'vitest';
import { DotProductBuffers, SHARE_RANGE, ShareBalance, dotProductsHere, finishDotProducts, pageSplit, pageWork, startDotProducts, topRows } from '@/visualizations/positional/dotProducts';
import { diagonalSpread } from '@/visualizations/positional/math';

/** PE(a)·PE(b) = Σ_i sin(a·ω_i)·sin(b·ω_i) + cos(a·ω_i)·cos(b·ω_i), ω_i = 10000^(−2i/d), d even. */
function naiveDot(a: number, b: number, d: number): number {
  let sum = 0;
  for (let i = 0; i < d / 2; i++) {
    const w = Math.pow(10000, (-2 * i) / d);
    sum += Math.sin(a * w) * Math.sin(b * w) + Math.cos(a * w) * Math.cos(b * w);
  }
  return sum;
}

function expectDotProducts(values: Float64Array, positions: number, dims: number) {
  expect(values).toHaveLength(positions * positions);
  for (let a = 0; a < positions; a++) for (let b = 0; b < positions; b++) expect(values[a * positions + b]).toBeCloseTo(naiveDot(a, b, dims), 10);
}

describe('dot products of every pair of positions', () => {
  it('on the page alone: PE(a)·PE(b) for 13 positions × 10 dimensions, and d/2 on the diagonal', () => {
    const { grid, dims } = dotProductsHere(new DotProductBuffers(), 13, 10);
    expect([grid.rows, grid.cols, dims]).toEqual([13, 13, 10]);
    expectDotProducts(grid.values, 13, 10);
    for (let a = 0; a < 13; a++) expect(grid.values[a * 13 + a]).toBeCloseTo(5, 12);
  });

  it('split with the worker: the same matrix bit for bit, whoever computed which rows', () => {
    const positions = 40;
    const dims = 64;
    const split = pageSplit(positions);
    expect(split).toBe(12); // 40·(1 − 1/√2) = 11.7
    const page = new DotProductBuffers();
    const worker = new DotProductBuffers();
    const shared = finishDotProducts(page, startDotProducts(page, positions, dims, split), topRows(worker, positions, dims, split));
    expectDotProducts(shared.grid.values, positions, dims);
    const alone = dotProductsHere(new DotProductBuffers(), positions, dims);
    expect([...shared.grid.values]).toEqual([...alone.grid.values]);
  });

  it('computes the missing rows on the page when the worker gives none', () => {
    const page = new DotProductBuffers();
    const pending = startDotProducts(page, 20, 16, pageSplit(20));
    expectDotProducts(finishDotProducts(page, pending, null).grid.values, 20, 16);
  });

  it('keeps each diagonal constant up to rounding at the widget largest sizes (256 × 512)', () => {
    const page = new DotProductBuffers();
    const split = pageSplit(256);
    const { grid } = finishDotProducts(page, startDotProducts(page, 256, 512, split), topRows(new DotProductBuffers(), 256, 512, split));
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
  it('never writes the matrix last handed out, and reuses the other one', () => {
    const buffers = new DotProductBuffers();
    const first = dotProductsHere(buffers, 8, 6);
    const kept = Float64Array.from(first.grid.values);
    const second = dotProductsHere(buffers, 8, 4);
    expect(second.grid.values.buffer).not.toBe(first.grid.values.buffer);
    expect([...first.grid.values]).toEqual([...kept]);
    expectDotProducts(second.grid.values, 8, 4);
    // the third update writes where the first was (it is no longer on screen)
    const third = dotProductsHere(buffers, 8, 2);
    expect(third.grid.values.buffer).toBe(first.grid.values.buffer);
    expectDotProducts(third.grid.values, 8, 2);
  });

  it('an abandoned update (a newer one started before the worker answered) leaves the screen matrix alone', () => {
    const buffers = new DotProductBuffers();
    const shown = dotProductsHere(buffers, 12, 8);
    const kept = Float64Array.from(shown.grid.values);
    startDotProducts(buffers, 12, 10, pageSplit(12)); // never finished
    const latest = finishDotProducts(buffers, startDotProducts(buffers, 12, 6, 0), null);
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
      const { grid } = dotProductsHere(buffers, positions, dims);
      expectDotProducts(grid.values, positions, dims);
    }
  });
});

describe('ShareBalance', () => {
  it('keeps an even split while both sides are as fast', () => {
    const balance = new ShareBalance();
    balance.record(0.5, 4, 4);
    expect(balance.share).toBe(0.5);
  });

  it('moves towards the share that makes both finish together', () => {
    // the page did half in 2 ms (0.25 per ms), the worker half in 6 ms (1/12 per ms):
    // even = 0.25 / (0.25 + 1/12) = 0.75, averaged with 0.5 → 0.625
    const balance = new ShareBalance();
    balance.record(0.5, 2, 6);
    expect(balance.share).toBeCloseTo(0.625, 12);
    // at 0.625 both now take 5 ms: 0.125 per ms against 0.075 → even = 0.625, and it stays
    balance.record(0.625, 5, 5);
    expect(balance.share).toBeCloseTo(0.625, 12);
  });

  it('stays within its bounds and ignores updates it cannot read', () => {
    const balance = new ShareBalance();
    for (let i = 0; i < 10; i++) balance.record(balance.share, 1, 1000);
    expect(balance.share).toBe(SHARE_RANGE[1]);
    for (let i = 0; i < 10; i++) balance.record(balance.share, 1000, 1);
    expect(balance.share).toBe(SHARE_RANGE[0]);
    balance.record(0.5, 0, 3);
    balance.record(1, 3, 3);
    expect(balance.share).toBe(SHARE_RANGE[0]);
  });
});

describe('pageWork', () => {
  it('is the part of the upper triangle in rows split … N−1', () => {
    // 8 rows: rows 4 … 7 hold 4 + 3 + 2 + 1 = 10 of 36 entries
    expect(pageWork(8, 4)).toBeCloseTo(10 / 36, 15);
    expect(pageWork(8, 0)).toBe(1);
    expect(pageWork(8, 8)).toBe(0);
  });
});
