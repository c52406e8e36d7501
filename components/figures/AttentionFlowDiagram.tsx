/**
 * Scaled dot-product attention as a computation graph (Vaswani et al. 2017,
 * fig. 2, left): Q and K → MatMul → scale by 1/√d_k → optional mask →
 * softmax → MatMul with V → output, with a one-line reason beside each step.
 */
import type { ReactNode } from 'react';
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import { common, defineLabels } from './labels';
import { Arrow, Box, FONT, Text } from './primitives';

const labels = defineLabels({
  en: {
    matmul: 'MatMul',
    scale: 'Scale',
    mask: 'Mask (optional)',
    output: 'Output: a weighted mix of the values',
    weights: 'weights',
    whyScores: 'scores: how well each\nquery matches each key',
    whyScale: 'keeps scores from\ngrowing with dₖ',
    whyMask: 'hides keys a query\nmay not see',
    whySoftmax: 'turns each row into\nweights that sum to 1',
    whyMix: 'mixes the values\nwith those weights',
  },
  zh: {
    matmul: '矩阵乘法',
    scale: '缩放',
    mask: '掩码（可选）',
    output: '输出：值向量的加权组合',
    weights: '权重',
    whyScores: '分数：每个查询与\n每个键的匹配程度',
    whyScale: '防止分数随 dₖ\n增大而变大',
    whyMask: '遮住查询不应\n看到的键',
    whySoftmax: '把每一行变成\n和为 1 的权重',
    whyMix: '用这些权重\n混合值向量',
  },
});

const W = 400;
const CX = 100;
const BOX_X = 30;
const BOX_W = 140;
const V_LANE = 370;
const NOTE_X = 186;

/** A short formula drawn in the box under its name; `sub`/`sup` are set smaller and shifted. */
function Formula({ y, children }: { y: number; children: ReactNode }) {
  return (
    <text x={CX} y={y} textAnchor="middle" dominantBaseline="central" fontSize={FONT.small} fill="var(--muted)" fontStyle="italic">
      {children}
    </text>
  );
}

export function AttentionFlowDiagram({ caption, alt, locale }: FigureBaseProps) {
  const t = { ...common[locale], ...labels[locale] };
  const small = FONT.small * 0.75;
  const steps = [
    {
      y: 76,
      h: 46,
      label: t.matmul,
      tone: 'accent' as const,
      note: t.whyScores,
      formula: (
        <>
          Q·K
          <tspan dy={-5} fontSize={small}>
            T
          </tspan>
        </>
      ),
    },
    {
      y: 146,
      h: 46,
      label: t.scale,
      tone: 'accent-3' as const,
      note: t.whyScale,
      formula: (
        <>
          ÷ √d
          <tspan dy={4} fontSize={small}>
            k
          </tspan>
        </>
      ),
    },
    { y: 216, h: 34, label: t.mask, tone: 'muted' as const, note: t.whyMask, dashed: true },
    { y: 274, h: 34, label: t.softmax, tone: 'accent-2' as const, note: t.whySoftmax },
  ];
  const mix = { y: 332, h: 46 };
  return (
    <DiagramFigure name="AttentionFlowDiagram" width={W} height={436} caption={caption} alt={alt}>
      {(['Q', 'K'] as const).map((name, i) => (
        <g key={name}>
          <Box x={CX - 64 + i * 72} y={8} width={56} height={32} label={name} tone="accent-4" weight={600} />
          <Arrow
            points={[
              [CX - 36 + i * 72, 40],
              [CX - 20 + i * 40, 76],
            ]}
          />
        </g>
      ))}
      <Box x={V_LANE - 24} y={8} width={48} height={32} label="V" tone="accent-4" weight={600} />
      <Arrow
        points={[
          [V_LANE, 40],
          [V_LANE, mix.y + 12],
          [BOX_X + BOX_W, mix.y + 12],
        ]}
      />
      {steps.map((s, i) => (
        <g key={i}>
          {s.formula ? (
            <Box x={BOX_X} y={s.y} width={BOX_W} height={s.h} tone={s.tone}>
              <Text x={CX} y={s.y + 14} text={s.label} />
              <Formula y={s.y + 33}>{s.formula}</Formula>
            </Box>
          ) : (
            <Box x={BOX_X} y={s.y} width={BOX_W} height={s.h} tone={s.tone} label={s.label} dashed={s.dashed} />
          )}
          <Arrow
            points={[
              [CX, s.y + s.h],
              [CX, steps[i + 1]?.y ?? mix.y],
            ]}
          />
          <Text x={NOTE_X} y={s.y + s.h / 2} text={s.note} anchor="start" size={FONT.small} color="var(--muted)" />
        </g>
      ))}
      <Box x={BOX_X} y={mix.y} width={BOX_W} height={mix.h} tone="accent">
        <Text x={CX} y={mix.y + 14} text={t.matmul} />
        <Formula y={mix.y + 33}>
          <>{t.weights} · V</>
        </Formula>
      </Box>
      <Text x={NOTE_X} y={mix.y + 36} text={t.whyMix} anchor="start" size={FONT.small} color="var(--muted)" />
      <Arrow
        points={[
          [CX, mix.y + mix.h],
          [CX, 406],
        ]}
      />
      <Text x={CX - 70} y={422} text={t.output} anchor="start" />
    </DiagramFigure>
  );
}
