/**
 * From raw text to a customised model: unlabelled text → self-supervised
 * pretraining → base (foundation) model → post-training → assistant model, then
 * the four ways to adapt it, ordered from changing nothing but the prompt to
 * changing every weight.
 */
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import { defineLabels } from './labels';
import { Arrow, Box, FONT, Text } from './primitives';

const labels = defineLabels({
  en: {
    data: 'Unlabelled text\n(web pages, books, code)',
    pretrain: 'Self-supervised pretraining\n(predict the next token)',
    foundation: 'Base (foundation) model',
    postTraining: 'Post-training: supervised fine-tuning,\nthen RLHF or DPO, and RL for reasoning',
    assistant: 'Assistant model',
    prompting: 'Prompting (zero-, one-, few-shot)',
    promptingChange: 'changes only the input text; no weights',
    promptTuning: 'Prompt tuning',
    promptTuningChange: 'trains a few soft-prompt vectors; model frozen',
    adapters: 'Adapters / LoRA',
    adaptersChange: 'trains small added modules; model frozen',
    fineTuning: 'Fine-tuning',
    fineTuningChange: 'trains all (or most) of the weights',
    more: 'more of the model changes',
  },
  zh: {
    data: '无标注文本\n（网页、书籍、代码）',
    pretrain: '自监督预训练\n（预测下一个词元）',
    foundation: '基座模型',
    postTraining: '后训练：监督微调，\n再做 RLHF / DPO 与推理强化学习',
    assistant: '助手模型',
    prompting: '提示（零样本、单样本、少样本）',
    promptingChange: '只改变输入文本，不改任何权重',
    promptTuning: '提示调优',
    promptTuningChange: '训练少量软提示向量，模型冻结',
    adapters: '适配器 / LoRA',
    adaptersChange: '训练新增的小模块，模型冻结',
    fineTuning: '微调',
    fineTuningChange: '训练全部（或大部分）权重',
    more: '改动的部分越来越多',
  },
});

const W = 400;
const ROW_X = 56;
const ROW_W = W - ROW_X - 8;
const ROW_H = 50;
const ROW_GAP = 12;
const FIRST_ROW = 328;

export function TrainingPipelineDiagram({ caption, alt, locale }: FigureBaseProps) {
  const t = labels[locale];
  const rows = [
    { name: t.prompting, change: t.promptingChange, tone: 'accent-3' as const },
    { name: t.promptTuning, change: t.promptTuningChange, tone: 'accent' as const },
    { name: t.adapters, change: t.adaptersChange, tone: 'accent-4' as const },
    { name: t.fineTuning, change: t.fineTuningChange, tone: 'accent-2' as const },
  ];
  const rowY = (i: number) => FIRST_ROW + i * (ROW_H + ROW_GAP);
  const spineX = 24;
  const lastMid = rowY(rows.length - 1) + ROW_H / 2;
  return (
    <DiagramFigure name="TrainingPipelineDiagram" width={W} height={rowY(rows.length) + 4} caption={caption} alt={alt}>
      <Box x={90} y={6} width={W - 180} height={46} label={t.data} tone="muted" />
      <Arrow
        points={[
          [W / 2, 52],
          [W / 2, 72],
        ]}
      />
      <Box x={70} y={72} width={W - 140} height={46} label={t.pretrain} tone="accent" />
      <Arrow
        points={[
          [W / 2, 118],
          [W / 2, 138],
        ]}
      />
      <Box x={110} y={138} width={W - 220} height={34} label={t.foundation} tone="accent-3" weight={700} />
      <Arrow
        points={[
          [W / 2, 172],
          [W / 2, 192],
        ]}
      />
      <Box x={40} y={192} width={W - 80} height={46} label={t.postTraining} tone="accent-4" />
      <Arrow
        points={[
          [W / 2, 238],
          [W / 2, 258],
        ]}
      />
      <Box x={110} y={258} width={W - 220} height={34} label={t.assistant} tone="accent-3" weight={700} />
      <path d={`M${W / 2},292 V306 H${spineX} V${lastMid}`} fill="none" stroke="var(--muted)" strokeWidth={1.6} />
      {rows.map((row, i) => {
        const y = rowY(i);
        return (
          <g key={i}>
            <Arrow
              points={[
                [spineX, y + ROW_H / 2],
                [ROW_X, y + ROW_H / 2],
              ]}
            />
            <Box x={ROW_X} y={y} width={ROW_W} height={ROW_H} tone={row.tone}>
              <Text x={ROW_X + 12} y={y + 16} text={row.name} anchor="start" weight={600} />
              <Text x={ROW_X + 12} y={y + 35} text={row.change} anchor="start" size={FONT.small} color="var(--muted)" />
            </Box>
          </g>
        );
      })}
      <g transform={`translate(${spineX - 12} ${(rowY(0) + lastMid) / 2}) rotate(90)`}>
        <Text x={0} y={0} text={`${t.more} →`} size={FONT.small * 0.9} color="var(--muted)" />
      </g>
    </DiagramFigure>
  );
}
