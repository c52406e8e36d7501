'use client';
/**
 * A vector drawn as a strip of cells: blue for positive, orange for negative,
 * opacity = size relative to `scale`. With `numbers`, each cell also shows its
 * value (used for q and z); without, it is one small element painted with a
 * gradient of hard stops (cheap even for 64 rows of the step table), whose
 * numbers are given as screen-reader text.
 */
import { memo } from 'react';
import { fixed } from '@/lib/widgets/format';

interface VectorStripProps {
  values: readonly number[];
  /** The magnitude that gets full opacity. */
  scale: number;
  numbers?: boolean;
  /** Spoken before the numbers, e.g. "k". */
  label?: string;
}

function VectorStripInner({ values, scale, numbers = false, label }: VectorStripProps) {
  const s = scale > 0 ? scale : 1;
  const spoken = `${label ? `${label}: ` : ''}(${values.map((v) => fixed(v, 2)).join(', ')})`;
  if (numbers) {
    return (
      <span className="attn-vec attn-vec-numbers" role="list" aria-label={label}>
        {values.map((v, i) => (
          <span key={i} role="listitem" className="attn-vec-cell" data-sign={v < 0 ? 'neg' : 'pos'} style={{ ['--a' as string]: Math.min(1, Math.abs(v) / s).toFixed(2) }}>
            {fixed(v, 2)}
          </span>
        ))}
      </span>
    );
  }
  const step = 100 / Math.max(1, values.length);
  const stops = values.map((v, i) => {
    const color = `color-mix(in srgb, var(${v < 0 ? '--accent-2' : '--accent'}) ${Math.round(Math.min(1, Math.abs(v) / s) * 100)}%, transparent)`;
    return `${color} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`;
  });
  return (
    <span className="attn-vec">
      <span className="attn-vec-strip" aria-hidden="true" style={{ width: values.length * 5, background: `linear-gradient(90deg, ${stops.join(', ')})` }} />
      <span className="sr-only">{spoken}</span>
    </span>
  );
}

/** Memoised: the step table re-renders each stage, but a row's vectors only change with the query. */
export const VectorStrip = memo(VectorStripInner);
