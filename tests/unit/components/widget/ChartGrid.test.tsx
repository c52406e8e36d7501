// @vitest-environment happy-dom
/** The charts' grid: one labelled line per y value across the plot, and the x values on their baseline. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { ChartGrid } from '@/components/widget/ChartGrid';

afterEach(cleanup);

describe('ChartGrid', () => {
  it('draws each y value as a line from x0 to x1 labelled 6 units left of x0, and each x value at xLabelY', () => {
    const { container } = render(
      <svg>
        <ChartGrid
          x0={40}
          x1={300}
          yTicks={[
            { at: 100, label: '0.5' },
            { at: 20, label: '1.0' },
          ]}
          xTicks={[{ at: 40, label: 0 }]}
          xLabelY={190}
          labelFill="var(--muted)"
        />
      </svg>,
    );
    const lines = [...container.querySelectorAll('line')].map((l) => ['x1', 'x2', 'y1', 'y2'].map((a) => l.getAttribute(a)));
    expect(lines).toEqual([
      ['40', '300', '100', '100'],
      ['40', '300', '20', '20'],
    ]);
    const texts = [...container.querySelectorAll('text')].map((t) => [t.getAttribute('x'), t.getAttribute('y'), t.textContent, t.getAttribute('fill')]);
    expect(texts).toEqual([
      ['34', '100', '0.5', 'var(--muted)'],
      ['34', '20', '1.0', 'var(--muted)'],
      ['40', '190', '0', 'var(--muted)'],
    ]);
  });
});
