// @vitest-environment happy-dom
/** The numbers the other figures compute, checked against values worked out by hand. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LoraDiagram, loraCounts } from '@/components/figures/LoraDiagram';
import { MultiHeadDiagram, headColumns } from '@/components/figures/MultiHeadDiagram';
import { RopeDiagram, angleBetween, rotatePair } from '@/components/figures/RopeDiagram';
import { ScaleChart, formatParameters } from '@/components/figures/ScaleChart';
import { TokenizationDiagram, schematicEmbedding, toyVocabularyIds } from '@/components/figures/TokenizationDiagram';
import { TransformerStackDiagram } from '@/components/figures/TransformerStackDiagram';
import { models } from '@/lib/data/models';

afterEach(cleanup);

describe('TokenizationDiagram', () => {
  it('numbers the sorted distinct tokens: " b" < "a" < "b" by code point', () => {
    expect(toyVocabularyIds(['b', 'a', ' b', 'b'])).toEqual([2, 1, 0, 2]);
  });

  it('gives a repeated token the same id and the same vector', () => {
    expect(schematicEmbedding(3)).toEqual(schematicEmbedding(3));
    render(<TokenizationDiagram text="to be or not to be" tokens={['to', ' be', ' or', ' not', ' to', ' be']} caption="c" alt="t" locale="en" />);
    const rows = [...document.querySelectorAll('[data-token]')];
    expect(rows).toHaveLength(6);
    expect(rows[1].getAttribute('data-id')).toBe(rows[5].getAttribute('data-id'));
    const bars = (row: Element) => [...row.querySelectorAll('[data-embedding] rect')].map((r) => `${r.getAttribute('fill')} ${r.getAttribute('height')}`);
    expect(bars(rows[1]).length).toBe(8);
    expect(bars(rows[1])).toEqual(bars(rows[5]));
    expect(bars(rows[1])).not.toEqual(bars(rows[2]));
    expect(screen.getAllByText('␣be')).toHaveLength(2);
  });
});

describe('ScaleChart', () => {
  it('writes parameter counts the way each language does', () => {
    expect(formatParameters(175e9, 'en')).toBe('175B');
    expect(formatParameters(1.5e9, 'en')).toBe('1.5B');
    expect(formatParameters(65e6, 'en')).toBe('65M');
    expect(formatParameters(1e12, 'en')).toBe('1T');
    expect(formatParameters(175e9, 'zh')).toBe('1750 亿');
    expect(formatParameters(340e6, 'zh')).toBe('3.4 亿');
    expect(formatParameters(65e6, 'zh')).toBe('6500 万');
    expect(formatParameters(1e12, 'zh')).toBe('1 万亿');
  });

  it('draws one row per model from lib/data/models', () => {
    render(<ScaleChart caption="c" alt="scale" locale="en" />);
    expect(document.querySelectorAll('[data-model]')).toHaveLength(models.length);
    expect(screen.getByText('GPT-3')).toBeTruthy();
    expect(screen.getByText('175B')).toBeTruthy();
  });
});

describe('RopeDiagram', () => {
  // θ for pair i = 1 of d = 64: 10000^(−2/64) = e^(−ln 10000 / 32) = e^(−0.287823) ≈ 0.749894 rad ≈ 42.966°.
  const thetaDeg = 42.966;

  it('rotates the pair by position × θ', () => {
    const [x, y] = rotatePair([1, 0], 2);
    expect(x).toBeCloseTo(Math.cos(2 * 0.749894), 5);
    expect(y).toBeCloseTo(Math.sin(2 * 0.749894), 5);
    expect(rotatePair([1, 0], 0)).toEqual([1, 0]);
  });

  it('draws each position at angle position × θ from the base', () => {
    render(<RopeDiagram caption="c" alt="rope" locale="en" />);
    const angles = [...document.querySelectorAll('[data-position]')].map((g) => Number(g.getAttribute('data-angle')));
    const base = angles[0];
    angles.forEach((angle, p) => expect(angle - base).toBeCloseTo(p * thetaDeg, 1));
  });

  it('shows the same query–key angle for two pairs with the same offset', () => {
    render(<RopeDiagram positions={[0, 1, 2]} caption="c" alt="rope" locale="zh" />);
    const pairs = [...document.querySelectorAll('[data-m]')];
    expect(pairs).toHaveLength(2);
    const offsets = pairs.map((g) => Number(g.getAttribute('data-n')) - Number(g.getAttribute('data-m')));
    expect(offsets[0]).toBe(offsets[1]);
    expect(pairs[0].getAttribute('data-angle')).toBe(pairs[1].getAttribute('data-angle'));
    expect(angleBetween([1, 0], [0, 1])).toBeCloseTo(90, 10);
  });
});

describe('LoraDiagram', () => {
  it('counts d² frozen weights and 2dr trainable ones', () => {
    // d = 4096, r = 8: 4096² = 16,777,216; 2 · 4096 · 8 = 65,536; ratio 65,536 / 16,777,216 = 1/256.
    expect(loraCounts(4096, 8)).toEqual({ full: 16_777_216, update: 65_536, fraction: 1 / 256 });
    render(<LoraDiagram caption="c" alt="lora" locale="en" />);
    expect(document.body.textContent).toContain('16,777,216');
    expect(document.body.textContent).toContain('0.39%');
  });
});

describe('MultiHeadDiagram and TransformerStackDiagram', () => {
  it('draws every head up to five, else 1, 2, 3, an ellipsis and h', () => {
    expect(headColumns(4)).toEqual([1, 2, 3, 4]);
    expect(headColumns(8)).toEqual([1, 2, 3, null, 8]);
    render(<MultiHeadDiagram heads={2} caption="c" alt="mh" locale="en" />);
    expect(document.querySelectorAll('[data-head]')).toHaveLength(2);
  });

  it('draws `layers` blocks, the last labelled N', () => {
    render(<TransformerStackDiagram layers={4} caption="c" alt="stack" locale="en" />);
    expect(screen.getByText('Transformer block 3')).toBeTruthy();
    expect(screen.queryByText('Transformer block 4')).toBeNull();
    expect(screen.getByText('Transformer block N')).toBeTruthy();
  });
});
