// @vitest-environment happy-dom
/** The sinusoid curves come from the encoding table; reference values worked out by hand. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { SinusoidDiagram, seriesPath, sinusoidSeries } from '@/components/figures/SinusoidDiagram';

afterEach(cleanup);

describe('sinusoidSeries', () => {
  it('dimension 1 is a cosine: its value at position 0 is cos(0) = 1', () => {
    const [series] = sinusoidSeries(4, 8, [1]);
    expect(series.dim).toBe(1);
    expect(series.values[0]).toBe(1);
  });

  it('dimension 0 at position 1 is sin(1 / 10000^0) = sin(1 rad) ≈ 0.8415', () => {
    const [series] = sinusoidSeries(4, 8, [0]);
    expect(series.values[0]).toBe(0);
    expect(series.values[1]).toBeCloseTo(0.841471, 5);
  });

  it('dimension 2 of d_model 4 at position 100 is sin(100 / 10000^(2/4)) = sin(1)', () => {
    const [series] = sinusoidSeries(101, 4, [2]);
    expect(series.values[100]).toBeCloseTo(0.841471, 5);
  });

  it('drops dimensions outside 0 … d_model − 1', () => {
    expect(sinusoidSeries(2, 4, [0, 4, -1, 3]).map((s) => s.dim)).toEqual([0, 3]);
  });
});

describe('seriesPath', () => {
  it('maps value +1 to the top and −1 to the bottom of the strip', () => {
    // values 1, 0, −1 over a 100 × 50 strip: x = 0, 50, 100; y = 0, 25, 50.
    expect(seriesPath([1, 0, -1], 100, 50)).toBe('M0,0L50,25L100,50');
  });
});

describe('SinusoidDiagram', () => {
  it("draws dimension 1's curve starting at position 0, value 1 (the strip's top edge)", () => {
    render(<SinusoidDiagram dims={[1, 2]} caption="c" alt="sinusoids" locale="en" />);
    const path = document.querySelector('[data-dim="1"] path[data-first-value]');
    expect(path?.getAttribute('data-first-value')).toBe('1');
    expect(path?.getAttribute('d')).toMatch(/^M0,0L/);
    expect(document.querySelectorAll('[data-dim]')).toHaveLength(2);
  });
});
