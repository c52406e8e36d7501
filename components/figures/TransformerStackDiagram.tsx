/**
 * The whole decoder stack from tokens to a prediction: token embeddings plus
 * positions → N transformer blocks (a few drawn, an ellipsis for the rest) →
 * final LayerNorm → linear layer → softmax → next-token probabilities.
 */
import type { ReactNode } from 'react';
import { softmax } from '@/lib/math/attention';
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import type { Locale } from '@/lib/i18n/locales';
import { common, defineLabels } from './labels';
import { Arrow, Box, Text, type Tone } from './primitives';

const labels = defineLabels({
  en: {
    embed: 'Token embeddings\n(+ positions in GPT-2/3)',
    finalNorm: 'Final LayerNorm',
    linear: 'Linear → a score per\nvocabulary token',
    probs: 'Next-token probabilities',
    blockN: 'Transformer block N',
  },
  zh: {
    embed: '词元嵌入\n（GPT-2/3 在此加位置）',
    finalNorm: '最终层归一化',
    linear: '线性层 → 词表中\n每个词元一个分数',
    probs: '下一个词元的概率',
    blockN: 'Transformer 块 N',
  },
});

/** An illustrative prompt and three candidate continuations with made-up scores (logits). */
const example: Record<Locale, { prompt: string[]; candidates: string[] }> = {
  en: { prompt: ['The', 'cat', 'sat'], candidates: ['on', 'down', 'still'] },
  zh: { prompt: ['猫', '坐', '在'], candidates: ['垫子', '窗台', '地上'] },
};
const LOGITS = [2.4, 1.3, 0.6];

const W = 380;
const CX = 190;
const BOX_X = 70;
const BOX_W = 240;
const GAP = 22;

/** Blocks actually drawn: `layers` clamped to 1…6. */
export function drawnLayers(layers: number | undefined): number {
  return Math.min(6, Math.max(1, Math.round(layers ?? 3)));
}

interface TransformerStackDiagramProps extends FigureBaseProps {
  /** How many blocks to draw (default 3); the last is labelled N, after an ellipsis. */
  layers?: number;
}

export function TransformerStackDiagram({ caption, alt, locale, layers }: TransformerStackDiagramProps) {
  const t = { ...common[locale], ...labels[locale] };
  const ex = example[locale];
  const n = drawnLayers(layers);
  const parts: ReactNode[] = [];
  let y = 8;
  const chipW = 62;
  const chipsX = CX - (ex.prompt.length * chipW + (ex.prompt.length - 1) * 8) / 2;
  ex.prompt.forEach((tok, i) => parts.push(<Box key={`p${i}`} x={chipsX + i * (chipW + 8)} y={y} width={chipW} height={28} label={tok} tone="muted" />));
  y += 28;
  const step = (key: string, h: number, label: string, tone: Tone) => {
    parts.push(
      <Arrow
        key={`a${key}`}
        points={[
          [CX, y],
          [CX, y + GAP],
        ]}
      />,
    );
    y += GAP;
    parts.push(<Box key={key} x={BOX_X} y={y} width={BOX_W} height={h} label={label} tone={tone} />);
    y += h;
  };
  step('embed', 46, t.embed, 'accent-3');
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last && n > 1) {
      [7, 14, 21].forEach((dy) => parts.push(<circle key={`dot${dy}`} cx={CX} cy={y + dy} r={2} fill="var(--muted)" />));
      y += 28;
    }
    step(`b${i}`, 34, last ? t.blockN : `${t.block} ${i + 1}`, 'accent');
  }
  step('norm', 34, t.finalNorm, 'accent-3');
  step('linear', 46, t.linear, 'accent-4');
  step('softmax', 34, t.softmax, 'accent-2');
  parts.push(
    <Arrow
      key="a-probs"
      points={[
        [CX, y],
        [CX, y + GAP],
      ]}
    />,
  );
  y += GAP + 14;
  parts.push(<Text key="probs" x={CX} y={y} text={t.probs} weight={600} />);
  y += 16;
  const probs = softmax(LOGITS);
  const barX = 150;
  const barMax = 170;
  ex.candidates.forEach((word, i) => {
    const rowY = y + i * 26;
    parts.push(
      <g key={`c${i}`}>
        <Text x={barX - 10} y={rowY + 10} text={word} anchor="end" />
        <rect x={barX} y={rowY + 2} width={barMax * probs[i]} height={16} rx={3} fill="var(--accent-2)" data-probability={probs[i]} />
      </g>,
    );
  });
  y += ex.candidates.length * 26 + 4;
  return (
    <DiagramFigure name="TransformerStackDiagram" width={W} height={y} caption={caption} alt={alt} maxScale={1.4}>
      {parts}
    </DiagramFigure>
  );
}
