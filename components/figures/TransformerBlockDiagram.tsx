/**
 * One pre-LN transformer block, top to bottom: LayerNorm → multi-head
 * self-attention → residual add → LayerNorm → feed-forward → residual add,
 * with the two residual connections drawn as bypass lanes on the right.
 */
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import { common, defineLabels } from './labels';
import { AddNode, Arrow, Box, FONT, Text } from './primitives';

const labels = defineLabels({
  en: {
    input: 'Input: one vector per token',
    output: 'Output: same shape, to the next block',
    residual: 'residual\nadd',
    repeat: '× N blocks',
    bypass: 'residual',
  },
  zh: {
    input: '输入：每个词元一个向量',
    output: '输出：形状不变，送入下一块',
    residual: '残差\n相加',
    repeat: '× N 块',
    bypass: '残差',
  },
});

const W = 380;
const CX = 170;
const BOX_X = 70;
const BOX_W = 200;
const LANE_X = 322;

export function TransformerBlockDiagram({ caption, alt, locale }: FigureBaseProps) {
  const t = { ...common[locale], ...labels[locale] };
  const add1 = 206;
  const add2 = 388;
  const branch1 = 52;
  const branch2 = add1 + 24;
  const lane = (fromY: number, toY: number) => (
    <Arrow
      points={[
        [CX, fromY],
        [LANE_X, fromY],
        [LANE_X, toY],
        [CX + 12, toY],
      ]}
      color="var(--accent-2)"
    />
  );
  return (
    <DiagramFigure name="TransformerBlockDiagram" width={W} height={464} caption={caption} alt={alt}>
      <rect x={36} y={40} width={318} height={382} rx={10} fill="none" stroke="var(--border)" strokeWidth={1.5} strokeDasharray="6 5" />
      <Text x={346} y={408} text={t.repeat} size={FONT.small} anchor="end" color="var(--muted)" />
      <Text x={CX} y={20} text={t.input} />
      <Arrow
        points={[
          [CX, 30],
          [CX, 70],
        ]}
      />
      {lane(branch1, add1)}
      <circle cx={CX} cy={branch1} r={3.5} fill="var(--accent-2)" />
      <g transform={`translate(${LANE_X + 12} ${(branch1 + add1) / 2}) rotate(90)`}>
        <Text x={0} y={0} text={t.bypass} size={FONT.small} color="var(--accent-2)" />
      </g>

      <Box x={BOX_X} y={70} width={BOX_W} height={34} label={t.layerNorm} tone="accent-3" />
      <Arrow
        points={[
          [CX, 104],
          [CX, 124],
        ]}
      />
      <Box x={BOX_X} y={124} width={BOX_W} height={50} label={t.selfAttention} tone="accent" />
      <Arrow
        points={[
          [CX, 174],
          [CX, add1 - 11],
        ]}
      />
      <AddNode x={CX} y={add1} />
      <Text x={CX - 20} y={add1} text={t.residual} size={FONT.small} anchor="end" color="var(--muted)" />

      <Arrow
        points={[
          [CX, add1 + 11],
          [CX, 252],
        ]}
      />
      {lane(branch2, add2)}
      <circle cx={CX} cy={branch2} r={3.5} fill="var(--accent-2)" />
      <Box x={BOX_X} y={252} width={BOX_W} height={34} label={t.layerNorm} tone="accent-3" />
      <Arrow
        points={[
          [CX, 286],
          [CX, 306],
        ]}
      />
      <Box x={BOX_X} y={306} width={BOX_W} height={50} label={t.feedForward} tone="accent-4" />
      <Arrow
        points={[
          [CX, 356],
          [CX, add2 - 11],
        ]}
      />
      <AddNode x={CX} y={add2} />
      <Text x={CX - 20} y={add2} text={t.residual} size={FONT.small} anchor="end" color="var(--muted)" />

      <Arrow
        points={[
          [CX, add2 + 11],
          [CX, 436],
        ]}
      />
      <Text x={CX} y={450} text={t.output} />
    </DiagramFigure>
  );
}
