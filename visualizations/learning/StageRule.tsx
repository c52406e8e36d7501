/**
 * Where a later training stage began, on the loss and heads charts: a dotted vertical
 * rule across the plot with a short label near its top, on whichever side of the rule has
 * more room, kept legible over the curves by a rim of the background. The label sits a
 * line below the plot's top, where late in training both charts are clear (the losses
 * have fallen; scores stay under 0.8) and where the heads chart's own mark is not.
 */
interface StageRuleProps {
  x: number;
  top: number;
  bottom: number;
  /** The plot's horizontal extent, to put the label on the roomier side. */
  left: number;
  right: number;
  font: number;
  label: string;
}

export function StageRule({ x, top, bottom, left, right, font, label }: StageRuleProps) {
  const onLeft = x > (left + right) / 2;
  return (
    <g className="lc-stage">
      <line x1={x} x2={x} y1={top} y2={bottom} stroke="var(--muted)" strokeWidth={1.5} strokeDasharray="1 3" />
      <text x={x + (onLeft ? -5 : 5)} y={top + font * 2.2} fontSize={font} textAnchor={onLeft ? 'end' : 'start'} fill="var(--muted)" stroke="var(--bg)" strokeWidth={4} paintOrder="stroke">
        {label}
      </text>
    </g>
  );
}
