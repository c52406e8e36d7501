/**
 * Multi-head attention: the input projected into h heads (own Q, K, V
 * projections each), attention run per head in parallel, the heads'
 * outputs concatenated and mixed by the output projection Wᴼ.
 */
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import type { Locale } from '@/lib/i18n/locales';
import { defineLabels } from './labels';
import { Arrow, Box, FONT, Text } from './primitives';

const labels = defineLabels({
  en: {
    input: 'Input X (one vector per token)',
    head: 'head',
    project: 'Linear\nQ, K, V',
    attention: 'Attention',
    concat: 'Concatenate',
    linear: 'Linear',
    output: 'Output: same shape as X',
  },
  zh: {
    input: '输入 X（每个词元一个向量）',
    head: '头',
    project: '线性投影\nQ、K、V',
    attention: '注意力',
    concat: '拼接',
    linear: '线性层',
    output: '输出：形状与 X 相同',
  },
});

/** The note under the figure, split around the symbol d_model (drawn with a subscript). */
function headsNote(h: number, locale: Locale): [string, string] {
  return locale === 'zh' ? [`h = ${h} 个头，每个头的维度为 d`, ` / ${h}`] : [`h = ${h} heads, each of size d`, ` / ${h}`];
}

/** Which head columns to draw: all when h ≤ 5, else 1, 2, 3, an ellipsis (null), h. */
export function headColumns(heads: number): (number | null)[] {
  const h = Math.max(1, Math.round(heads));
  if (h <= 5) return Array.from({ length: h }, (_, i) => i + 1);
  return [1, 2, 3, null, h];
}

interface MultiHeadDiagramProps extends FigureBaseProps {
  /** Number of heads h (default 4). */
  heads?: number;
}

const W = 400;
const MARGIN = 12;

export function MultiHeadDiagram({ caption, alt, locale, heads = 4 }: MultiHeadDiagramProps) {
  const t = labels[locale];
  const columns = headColumns(heads);
  const colW = (W - 2 * MARGIN) / columns.length;
  const boxW = Math.min(96, colW - 8);
  const cx = (i: number) => MARGIN + colW * (i + 0.5);
  const concatY = 224;
  const note = headsNote(Math.max(1, Math.round(heads)), locale);
  return (
    <DiagramFigure name="MultiHeadDiagram" width={W} height={376} caption={caption} alt={alt}>
      <Box x={60} y={8} width={W - 120} height={32} label={t.input} tone="muted" />
      {columns.map((head, i) =>
        head === null ? (
          <Text key={i} x={cx(i)} y={130} text="…" size={22} color="var(--muted)" />
        ) : (
          <g key={i} data-head={head}>
            <Arrow
              points={[
                [W / 2, 40],
                [cx(i), 76],
              ]}
            />
            <Box x={cx(i) - boxW / 2} y={80} width={boxW} height={44} label={t.project} tone="accent-4" size={FONT.small} />
            <Arrow
              points={[
                [cx(i), 124],
                [cx(i), 148],
              ]}
            />
            <Box x={cx(i) - boxW / 2} y={148} width={boxW} height={44} label={`${t.attention}\n${t.head} ${head}`} tone="accent" size={FONT.small} />
            <Arrow
              points={[
                [cx(i), 192],
                [cx(i), concatY],
              ]}
            />
          </g>
        ),
      )}
      <Box x={MARGIN} y={concatY} width={W - 2 * MARGIN} height={32} label={t.concat} tone="accent-3" />
      <Arrow
        points={[
          [W / 2, concatY + 32],
          [W / 2, 280],
        ]}
      />
      <Box x={110} y={280} width={W - 220} height={34} tone="accent-2">
        <text x={W / 2} y={297} textAnchor="middle" dominantBaseline="central" fontSize={FONT.label} fill="var(--fg)">
          {t.linear} W
          <tspan dy={-5} fontSize={FONT.small * 0.8}>
            O
          </tspan>
        </text>
      </Box>
      <Arrow
        points={[
          [W / 2, 314],
          [W / 2, 334],
        ]}
      />
      <Text x={W / 2} y={346} text={t.output} />
      <text x={W / 2} y={366} textAnchor="middle" dominantBaseline="central" fontSize={FONT.small} fill="var(--muted)">
        {note[0]}
        <tspan dy={4} fontSize={FONT.small * 0.75}>
          model
        </tspan>
        <tspan dy={-4}>{note[1]}</tspan>
      </text>
    </DiagramFigure>
  );
}
