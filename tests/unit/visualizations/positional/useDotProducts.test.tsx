// @vitest-environment happy-dom
/**
 * useDotProducts: the matrix of the sizes asked for, at once, in the render that asks;
 * the matrix drawn last is left as it was when the next one is computed. Values are
 * checked against the 2017 formula summed term by term.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';
import { useDotProducts } from '@/visualizations/positional/useDotProducts';
import { sinusoidalDot as naiveDot } from '../../../support/sinusoidalDot';

function expectMatrix(result: { grid: { rows: number; values: Float64Array }; dims: number }, positions: number, dims: number) {
  expect([result.grid.rows, result.dims]).toEqual([positions, dims]);
  for (let a = 0; a < positions; a++) for (let b = 0; b < positions; b++) expect(result.grid.values[a * positions + b]).toBeCloseTo(naiveDot(a, b, dims), 10);
}

afterEach(cleanup);

describe('useDotProducts', () => {
  it('gives the matrix of the sizes asked for in the same render, leaving the previous one as it was', () => {
    const { result, rerender } = renderHook(({ positions, dims }) => useDotProducts(positions, dims), { initialProps: { positions: 24, dims: 8 } });
    expectMatrix(result.current, 24, 8);
    const first = result.current;
    const kept = Float64Array.from(first.grid.values);
    rerender({ positions: 24, dims: 12 });
    expectMatrix(result.current, 24, 12);
    expect([...first.grid.values]).toEqual([...kept]);
    rerender({ positions: 30, dims: 16 });
    expectMatrix(result.current, 30, 16);
  });

  it('keeps the same matrix while the sizes stay', () => {
    const { result, rerender } = renderHook(({ positions, dims }) => useDotProducts(positions, dims), { initialProps: { positions: 10, dims: 4 } });
    const first = result.current;
    rerender({ positions: 10, dims: 4 });
    expect(result.current).toBe(first);
  });
});
