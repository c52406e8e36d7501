/**
 * The embedding table's maths: PCA on matrices whose eigenvectors are known by
 * hand, nearest neighbours by cosine similarity, and keyboard travel in the
 * scatter.
 */
import { describe, expect, it } from 'vitest';
import { nearestRows, pca2, stepInDirection } from '@/visualizations/tokenizer/pca';

describe('pca2', () => {
  it('finds the hand-computed components of a 2-D example', () => {
    // Rows (2,2), (−2,−2), (1,−1), (−1,1) have mean 0 and covariance
    // (1/3)·[[10,6],[6,10]] = [[10/3, 2],[2, 10/3]]: eigenvectors (1,1)/√2 with
    // eigenvalue 16/3 and (1,−1)/√2 with 4/3; total variance 20/3.
    const r = pca2([
      [2, 2],
      [-2, -2],
      [1, -1],
      [-1, 1],
    ]);
    expect(r.variances[0]).toBeCloseTo(16 / 3, 8);
    expect(r.variances[1]).toBeCloseTo(4 / 3, 8);
    expect(r.totalVariance).toBeCloseTo(20 / 3, 10);
    expect(r.components[0][0]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(r.components[0][1]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(r.components[1][0]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(r.components[1][1]).toBeCloseTo(-Math.SQRT1_2, 8);
    // (2,2)·(1,1)/√2 = 2√2; (1,−1)·(1,−1)/√2 = √2.
    expect(r.points[0][0]).toBeCloseTo(2 * Math.SQRT2, 8);
    expect(r.points[0][1]).toBeCloseTo(0, 8);
    expect(r.points[2][1]).toBeCloseTo(Math.SQRT2, 8);
  });
  it('ignores a constant offset and a zero-variance third column', () => {
    const r = pca2([
      [12, 2, 5],
      [8, -2, 5],
      [11, -1, 5],
      [9, 1, 5],
    ]);
    // Centred rows: (2,2,0), (−2,−2,0), (1,−1,0), (−1,1,0): as above.
    expect(r.variances[0]).toBeCloseTo(16 / 3, 8);
    expect(r.components[0][2]).toBeCloseTo(0, 8);
  });
});

describe('nearestRows and stepInDirection', () => {
  it('ranks by cosine similarity, excluding the row itself', () => {
    const rows = [
      [1, 0],
      [0.9, 0.1],
      [0, 1],
      [-1, 0],
    ];
    expect(nearestRows(rows, 0, 2).map((x) => x.index)).toEqual([1, 2]);
  });
  it('moves to the nearest point within 45° of the arrow', () => {
    const pos: [number, number][] = [
      [50, 50],
      [80, 52],
      [50, 10],
      [20, 90],
      [60, 50],
    ];
    expect(stepInDirection(pos, 0, 'right')).toBe(4);
    expect(stepInDirection(pos, 0, 'up')).toBe(2);
    expect(stepInDirection(pos, 0, 'down')).toBe(3);
    expect(stepInDirection(pos, 3, 'left')).toBe(3);
  });
});
