/**
 * One embedding vector as a strip of cells, one per dimension: blue for
 * positive and orange for negative values, opacity proportional to the size
 * (|value| / the table's largest |value|), so sign is never carried by colour
 * alone: the legend and the table name it, and zero is always pale.
 */
interface VectorStripProps {
  values: readonly number[];
  /** Largest |value| in the whole table (the same scale for every strip). */
  maxAbs: number;
  width: number;
  height?: number;
  /** Accessible name; without it the strip is decorative. */
  label?: string;
}

export function VectorStrip({ values, maxAbs, width, height = 26, label }: VectorStripProps) {
  const w = Math.max(60, Math.min(width, 640));
  const cell = w / values.length;
  return (
    <svg
      viewBox={`0 0 ${w} ${height}`}
      width={w}
      height={height}
      className="tok-strip"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      <rect width={w} height={height} fill="var(--surface)" />
      {values.map((v, i) => (
        <rect
          key={i}
          x={i * cell}
          y={0}
          width={Math.max(0.5, cell - 0.5)}
          height={height}
          fill={v >= 0 ? 'var(--accent)' : 'var(--accent-2)'}
          fillOpacity={maxAbs > 0 ? Math.min(1, Math.abs(v) / maxAbs) : 0}
        />
      ))}
    </svg>
  );
}
