/**
 * RoPE's relative-position property on the exact query and key the explorer draws:
 * q rotated to m dotted with k rotated to n depends on n − m only (Su et al. 2021).
 */
import { describe, expect, it } from 'vitest';
import { dot } from '@/lib/math';
import { diagonalSpread } from '@/visualizations/positional/math';
import { ROPE_WINDOW, ropeGrid, ropeScore, ropeVectors, ropeWindowStart, rotatedPairs } from '@/visualizations/positional/rope';

const { q, k } = ropeVectors();

describe('rotary view', () => {
  it('keeps the score when both positions shift by the same amount', () => {
    for (const [m, n] of [
      [3, 0],
      [0, 3],
      [7, 7],
      [12, 5],
    ]) {
      const base = ropeScore(q, k, m, n);
      for (const s of [1, 10, 100, 1000]) expect(ropeScore(q, k, m + s, n + s)).toBeCloseTo(base, 9);
    }
  });

  it('at equal positions gives the unrotated dot product (the same rotation on both)', () => {
    expect(ropeScore(q, k, 9, 9)).toBeCloseTo(dot(q, k), 12);
  });

  it('changes with the offset', () => {
    expect(Math.abs(ropeScore(q, k, 3, 0) - ropeScore(q, k, 4, 0))).toBeGreaterThan(1e-3);
  });

  it('draws a grid that is constant along every diagonal', () => {
    const g = ropeGrid(q, k, 20, 3);
    expect(g.rows).toBe(ROPE_WINDOW);
    expect(diagonalSpread(g)).toBeLessThan(1e-9);
  });

  it('turns pair i by position·10000^(−2i/8) and keeps its length', () => {
    // d = 8: θ = 1, 0.1, 0.01, 0.001; at position 5 the angles are 5, 0.5, 0.05, 0.005 rad.
    const pairs = rotatedPairs(q, 5);
    [5, 0.5, 0.05, 0.005].forEach((a, i) => expect(pairs[i].angle).toBeCloseTo(a, 12));
    pairs.forEach((p, i) => expect(Math.hypot(p.x, p.y)).toBeCloseTo(Math.hypot(q[2 * i], q[2 * i + 1]), 12));
    const start = rotatedPairs(q, 0);
    start.forEach((p, i) => expect([p.x, p.y]).toEqual([q[2 * i], q[2 * i + 1]]));
  });

  it('keeps the picked position inside the window', () => {
    expect(ropeWindowStart(3)).toBe(0);
    const s = ropeWindowStart(100);
    expect(100 - s).toBeGreaterThanOrEqual(0);
    expect(100 - s).toBeLessThan(ROPE_WINDOW);
  });
});
