/**
 * The legend above the learning charts: a line sample and a label per series, one per
 * row, or the first two side by side (`pairRow`) with the rest on the next row. The
 * loss chart and the heads chart draw theirs with it, so their legends line up.
 */
export interface LegendItem {
  key: string;
  text: string;
  stroke: string;
  dash?: string;
  width: number;
}

interface ChartLegendProps {
  items: LegendItem[];
  left: number;
  font: number;
  /** Height of one legend row. */
  row: number;
  pairRow: boolean;
  /** Where the second item starts on a shared row, in multiples of `font`. */
  pairGap: number;
}

export function ChartLegend({ items, left, font, row, pairRow, pairGap }: ChartLegendProps) {
  return (
    <g fontSize={font}>
      {items.map((item, i) => {
        const lx = pairRow && i === 1 ? left + pairGap * font : left;
        const ly = 12 + (pairRow ? (i >= 2 ? 1 : 0) : i) * row;
        return (
          <g key={item.key} transform={`translate(${lx}, ${ly})`}>
            <line x1={0} x2={26} y1={0} y2={0} stroke={item.stroke} strokeWidth={item.width} strokeDasharray={item.dash} />
            <text x={32} y={0} dominantBaseline="central">
              {item.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
