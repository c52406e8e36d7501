/**
 * Where a later training stage began, on the loss and heads charts: a dotted vertical
 * rule across the plot with a short label near its top, on whichever side of the rule has
 * more room, kept legible over the curves by a rim of the background. The label sits a
 * line below the plot's top, where late in training both charts are clear (the losses
 * have fallen; scores stay under 0.8), and on the heads chart one more line down when its
 * induction mark takes the top line.
 */
import { stageLabelRows } from './math';

/** The width a stage label ("stage 5", "第 5 阶段") needs, in font sizes. */
const STAGE_LABEL_EMS = 5;

interface StageRuleProps {
  x: number;
  top: number;
  bottom: number;
  /** The plot's horizontal extent, to put the label on the roomier side. */
  left: number;
  right: number;
  font: number;
  label: string;
  /** Lines below the first that the label moves down, clear of a nearby stage's label (math.ts, stageLabelRows). */
  row: number;
}

export function StageRule({ x, top, bottom, left, right, font, label, row }: StageRuleProps) {
  const onLeft = x > (left + right) / 2;
  return (
    <g className="lc-stage">
      <line x1={x} x2={x} y1={top} y2={bottom} stroke="var(--muted)" strokeWidth={1.5} strokeDasharray="1 3" />
      <text
        x={x + (onLeft ? -5 : 5)}
        y={top + font * (2.2 + 1.3 * row)}
        fontSize={font}
        textAnchor={onLeft ? 'end' : 'start'}
        fill="var(--muted)"
        stroke="var(--bg)"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {label}
      </text>
    </g>
  );
}

interface StageRulesProps extends Omit<StageRuleProps, 'x' | 'label' | 'row'> {
  /** Lines the first label moves down, clear of a mark the chart writes on the plot's top line (0 when there is none). */
  firstRow?: number;
  /** The step count at which each later stage began (the training log's stageStarts). */
  starts: readonly number[];
  x: (step: number) => number;
  /** The label of stage n (2 for the first later stage). */
  mark: (stage: number) => string;
}

/** Every later stage's rule, each label a line lower when it would overlap the one before. */
export function StageRules({ starts, x, mark, font, firstRow = 0, ...plot }: StageRulesProps) {
  const xs = starts.map(x);
  const rows = stageLabelRows(xs, font * STAGE_LABEL_EMS);
  return starts.map((start, i) => <StageRule key={start} x={xs[i]} font={font} label={mark(i + 2)} row={firstRow + rows[i]} {...plot} />);
}
