// @vitest-environment happy-dom
/**
 * VectorStrip: a cell's strength is |value| over the shared scale, capped at 1; the
 * numbers version lists each value with its sign; a strip speaks its values, its
 * name only, or nothing, as asked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { cellStrength, stripGradient, VectorStrip } from '@/components/widget/VectorStrip';

afterEach(cleanup);

describe('cellStrength', () => {
  it('is the share of the scale, at most 1, and 0 on a zero scale', () => {
    expect(cellStrength(-0.5, 2)).toBe(0.25);
    expect(cellStrength(3, 2)).toBe(1);
    expect(cellStrength(1, 0)).toBe(0);
  });
});

describe('VectorStrip', () => {
  it('lists the values with their signs and strengths', () => {
    render(<VectorStrip values={[0.5, -1, 0]} scale={2} numbers label="q" />);
    const cells = screen.getAllByRole('listitem');
    expect(cells.map((c) => c.textContent)).toEqual(['0.50', '\u22121.00', '0.00']);
    expect(cells.map((c) => c.dataset.sign)).toEqual(['pos', 'neg', 'pos']);
    expect(cells.map((c) => c.style.getPropertyValue('--a'))).toEqual(['0.25', '0.50', '0.00']);
  });

  it('paints one gradient stop a value, each a 1/n share of the width', () => {
    expect(stripGradient([1, -0.25], 1)).toBe(
      'linear-gradient(90deg, color-mix(in srgb, var(--accent) 100%, transparent) 0.00% 50.00%, color-mix(in srgb, var(--accent-2) 25%, transparent) 50.00% 100.00%)',
    );
    const { container } = render(<VectorStrip values={[1, -1]} scale={1} label="k" />);
    expect(container.querySelector('.vector-strip-bar')?.getAttribute('style')).toContain('width: 10px');
    expect(container.textContent).toBe('k: (1.00, \u22121.00)');
  });

  it('speaks its name only, or nothing', () => {
    const { container } = render(<VectorStrip values={[1]} scale={1} label="Embedding of a" speak="name" />);
    expect(screen.getByRole('img', { name: 'Embedding of a' })).toBeTruthy();
    cleanup();
    render(<VectorStrip values={[1]} scale={1} label="x" speak="none" />);
    expect(document.body.textContent).toBe('');
    expect(container.querySelector('[role="img"]')).toBeNull();
  });
});
