// @vitest-environment happy-dom
/**
 * useDotProducts with a controllable fake worker: the page's rows and the worker's make
 * the matrix of the sizes asked for; until the worker answers the previous matrix stays;
 * an answer for sizes no longer asked for is dropped; when the worker fails (or there is
 * none) the page computes every row. Values are checked against the 2017 formula.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { DotProductBuffers, topRows } from '@/visualizations/positional/dotProducts';

interface Asked {
  positions: number;
  dims: number;
  to: number;
  resolve: (rows: { packed: Float64Array; ms: number }) => void;
  reject: (error: Error) => void;
}
const asked: Asked[] = [];
let workerThere = true;
vi.mock('@/visualizations/positional/dotProductClient', () => ({
  topRowsWorker: () =>
    workerThere
      ? {
          working: true,
          request: (positions: number, dims: number, to: number) => new Promise<{ packed: Float64Array; ms: number }>((resolve, reject) => asked.push({ positions, dims, to, resolve, reject })),
        }
      : null,
}));
const { useDotProducts } = await import('@/visualizations/positional/useDotProducts');

/** PE(a)·PE(b) = Σ_i cos((a − b)·ω_i) would assume the result; this sums sin·sin + cos·cos term by term. */
function naiveDot(a: number, b: number, d: number): number {
  let sum = 0;
  for (let i = 0; i < d / 2; i++) {
    const w = Math.pow(10000, (-2 * i) / d);
    sum += Math.sin(a * w) * Math.sin(b * w) + Math.cos(a * w) * Math.cos(b * w);
  }
  return sum;
}

function expectMatrix(result: { grid: { rows: number; values: Float64Array }; dims: number }, positions: number, dims: number) {
  expect([result.grid.rows, result.dims]).toEqual([positions, dims]);
  for (let a = 0; a < positions; a++) for (let b = 0; b < positions; b++) expect(result.grid.values[a * positions + b]).toBeCloseTo(naiveDot(a, b, dims), 10);
}

/** The worker's answer to a request, computed as the real worker does. */
const answer = (request: Asked) => ({ packed: topRows(new DotProductBuffers(), request.positions, request.dims, request.to), ms: 1 });

afterEach(() => {
  cleanup();
  asked.length = 0;
  workerThere = true;
});

describe('useDotProducts', () => {
  it('draws the first matrix at once, then each new one when the worker has sent its rows', async () => {
    const { result, rerender } = renderHook(({ positions, dims }) => useDotProducts(positions, dims), { initialProps: { positions: 24, dims: 8 } });
    expectMatrix(result.current, 24, 8);
    expect(asked).toHaveLength(0);
    rerender({ positions: 24, dims: 12 });
    expect(asked.map(({ positions, dims, to }) => [positions, dims, to])).toEqual([[24, 12, 8]]); // 24·(1 − 1/√2) = 7.0 → 8
    expectMatrix(result.current, 24, 8); // still the old one
    await act(async () => asked[0].resolve(answer(asked[0])));
    expectMatrix(result.current, 24, 12);
  });

  it('drops an answer for sizes no longer asked for', async () => {
    const { result, rerender } = renderHook(({ positions, dims }) => useDotProducts(positions, dims), { initialProps: { positions: 20, dims: 8 } });
    rerender({ positions: 20, dims: 10 });
    rerender({ positions: 20, dims: 6 });
    expect(asked).toHaveLength(2);
    await act(async () => asked[1].resolve(answer(asked[1])));
    expectMatrix(result.current, 20, 6);
    await act(async () => asked[0].resolve(answer(asked[0])));
    expectMatrix(result.current, 20, 6);
  });

  it('computes the worker rows on the page when the worker fails', async () => {
    const { result, rerender } = renderHook(({ positions, dims }) => useDotProducts(positions, dims), { initialProps: { positions: 16, dims: 4 } });
    rerender({ positions: 30, dims: 16 });
    await act(async () => asked[0].reject(new Error('the dot-product worker failed')));
    expectMatrix(result.current, 30, 16);
  });

  it('computes everything on the page without a worker', () => {
    workerThere = false;
    const { result, rerender } = renderHook(({ positions, dims }) => useDotProducts(positions, dims), { initialProps: { positions: 10, dims: 4 } });
    rerender({ positions: 12, dims: 6 });
    expectMatrix(result.current, 12, 6);
    expect(asked).toHaveLength(0);
  });
});
