// @vitest-environment happy-dom
/** The mask grid allows exactly the cells each kind of attention allows, and marks blocked ones with more than colour. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MaskDiagram, maskGrid } from '@/components/figures/MaskDiagram';

afterEach(cleanup);

const tokens = ['The', 'cat', 'sat', 'on', 'the', 'mat', '.'];

function cells(allowed: boolean) {
  return document.querySelectorAll(`[data-cell][data-allowed="${allowed}"]`);
}

describe('MaskDiagram', () => {
  it('causal: n(n+1)/2 allowed cells for n tokens, the rest blocked with a × mark', () => {
    render(<MaskDiagram kind="causal" tokens={tokens} caption="c" alt="causal mask" locale="en" />);
    const n = tokens.length;
    let lowerTriangle = 0;
    for (let row = 1; row <= n; row++) lowerTriangle += row; // row i sees keys 1…i
    expect(lowerTriangle).toBe(28);
    expect(cells(true)).toHaveLength(lowerTriangle);
    expect(cells(false)).toHaveLength(n * n - lowerTriangle);
    for (const cell of cells(false)) expect(cell.querySelector('path'), 'blocked cell has a × mark').not.toBeNull();
    for (const cell of cells(true)) expect(cell.querySelector('path')).toBeNull();
  });

  it('causal: query i sees key j exactly when j ≤ i', () => {
    render(<MaskDiagram kind="causal" tokens={tokens} caption="c" alt="causal mask" locale="en" />);
    for (const cell of document.querySelectorAll('[data-cell]')) {
      const i = Number(cell.getAttribute('data-query'));
      const j = Number(cell.getAttribute('data-key'));
      expect(cell.getAttribute('data-allowed')).toBe(String(j <= i));
    }
  });

  it('bidirectional: every cell allowed, no "blocked" legend', () => {
    render(<MaskDiagram kind="bidirectional" tokens={tokens} caption="c" alt="full mask" locale="en" />);
    expect(cells(true)).toHaveLength(49);
    expect(cells(false)).toHaveLength(0);
    expect(screen.queryByText('blocked')).toBeNull();
  });

  it('cross: rows are the target tokens, columns the source tokens, all allowed', () => {
    render(<MaskDiagram kind="cross" tokens={['Le', 'chat', 'dort']} targetTokens={['The', 'cat', 'sleeps', '.']} caption="c" alt="cross mask" locale="zh" />);
    expect(document.querySelectorAll('[data-cell]')).toHaveLength(12);
    expect(cells(false)).toHaveLength(0);
    expect(screen.getByText('sleeps')).toBeTruthy();
    expect(screen.getByText('键：源序列词元')).toBeTruthy();
  });

  it('axis titles name queries and keys in the locale', () => {
    render(<MaskDiagram kind="causal" tokens={['a', 'b', 'c']} caption="c" alt="m" locale="zh" />);
    expect(screen.getByText('键（被读取的词元）')).toBeTruthy();
    expect(document.body.textContent).toContain('查询');
  });

  it('maskGrid: a 3 × 3 causal grid is the lower triangle', () => {
    expect(maskGrid('causal', 3, 3)).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });
});
