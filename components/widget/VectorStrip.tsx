'use client';
/**
 * A vector drawn as a strip of cells, one per component: the accent colour for
 * positive values, the second accent for negative ones, opacity |value| / `scale`
 * (the largest magnitude of everything shown together), so sign is never carried by
 * colour alone (the legend or the table names it) and zero is always pale.
 *
 * With `numbers`, each cell also shows its value; without, the strip is one small
 * element painted with a gradient of hard stops, cheap even for 64 rows of a table.
 */
import { memo } from 'react';
import { fixed } from '@/lib/widgets/format';

/** How strongly a value is drawn: its share of `scale` (0…1), or nothing when the scale is 0. */
export function cellStrength(value: number, scale: number): number {
  return scale > 0 ? Math.min(1, Math.abs(value) / scale) : 0;
}

/** The CSS gradient of a strip: one hard-edged stop a value, each an equal share of the width. */
export function stripGradient(values: readonly number[], scale: number): string {
  const step = 100 / Math.max(1, values.length);
  const stops = values.map((v, i) => {
    const color = `color-mix(in srgb, var(${v < 0 ? '--accent-2' : '--accent'}) ${Math.round(cellStrength(v, scale) * 100)}%, transparent)`;
    return `${color} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`;
  });
  return `linear-gradient(90deg, ${stops.join(', ')})`;
}

interface VectorStripProps {
  values: readonly number[];
  /** The magnitude that gets full opacity. */
  scale: number;
  /** Show each value in its cell (a list) rather than one thin strip. */
  numbers?: boolean;
  /** The vector's name, e.g. "k". */
  label?: string;
  /**
   * What a screen reader gets from a strip without numbers: its name and values (the
   * default), its name only (an image, when the values are in a table nearby), or nothing.
   */
  speak?: 'values' | 'name' | 'none';
  /** Width of the strip in CSS pixels (default: 5 per value). */
  width?: number;
  /** Height of the strip in CSS pixels. */
  height?: number;
}

function VectorStripInner({ values, scale, numbers = false, label, speak = 'values', width, height = 12 }: VectorStripProps) {
  if (numbers) {
    return (
      <span className="vector-strip vector-strip-numbers" role="list" aria-label={label}>
        {values.map((v, i) => (
          <span key={i} role="listitem" className="vector-cell" data-sign={v < 0 ? 'neg' : 'pos'} style={{ ['--a' as string]: cellStrength(v, scale).toFixed(2) }}>
            {fixed(v, 2)}
          </span>
        ))}
      </span>
    );
  }
  const bar = { width: width ?? values.length * 5, height, background: stripGradient(values, scale) };
  if (speak === 'name') return <span className="vector-strip vector-strip-bar" role="img" aria-label={label} style={bar} />;
  return (
    <span className="vector-strip">
      <span className="vector-strip-bar" aria-hidden="true" style={bar} />
      {speak === 'values' && <span className="sr-only">{`${label ? `${label}: ` : ''}(${values.map((v) => fixed(v, 2)).join(', ')})`}</span>}
    </span>
  );
}

/** Memoised: a table re-renders often, but a row's vector changes rarely. */
export const VectorStrip = memo(VectorStripInner);
