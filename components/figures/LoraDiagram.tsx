/**
 * LoRA (Hu et al. 2021): the pretrained weight W (d × d) stays frozen and a
 * trainable low-rank update B·A (d × r times r × d) is added beside it. The
 * parameter counts under the picture are computed for a typical d and r.
 */
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import type { Locale } from '@/lib/i18n/locales';
import { defineLabels, formatNumber } from './labels';
import { FONT, Text } from './primitives';

const labels = defineLabels({
  en: { frozen: 'frozen', trainable: 'trainable' },
  zh: { frozen: '冻结', trainable: '可训练' },
});

/** The example sizes: a 4096-wide layer (as in LLaMA 7B) and rank 8. */
export const LORA_D = 4096;
export const LORA_R = 8;

/** Weights in the frozen matrix and in the low-rank update, and their ratio. */
export function loraCounts(d: number, r: number): { full: number; update: number; fraction: number } {
  const full = d * d;
  const update = d * r + r * d;
  return { full, update, fraction: update / full };
}

function countLines(locale: Locale): string[] {
  const { full, update, fraction } = loraCounts(LORA_D, LORA_R);
  const n = (v: number) => formatNumber(v, locale);
  const pct = formatNumber(fraction * 100, locale, 2);
  return locale === 'zh'
    ? [`示例：d = ${n(LORA_D)}，r = ${LORA_R}`, `W：d² = ${n(full)} 个权重（冻结）`, `B 与 A：2dr = ${n(update)} 个权重，为 W 的 ${pct}%`]
    : [`Example: d = ${n(LORA_D)}, r = ${LORA_R}`, `W: d² = ${n(full)} weights, frozen`, `B and A: 2dr = ${n(update)} weights, ${pct}% of W`];
}

const W = 400;
const TOP = 30;
const SIDE = 140;
const THIN = 18;

export function LoraDiagram({ caption, alt, locale }: FigureBaseProps) {
  const t = labels[locale];
  const lines = countLines(locale);
  const bX = 212;
  const aX = bX + THIN + 22;
  return (
    <DiagramFigure name="LoraDiagram" width={W} height={322} caption={caption} alt={alt}>
      <rect x={20} y={TOP} width={SIDE} height={SIDE} fill="var(--muted)" fillOpacity={0.15} stroke="var(--muted)" strokeWidth={1.5} />
      <Text x={20 + SIDE / 2} y={TOP + SIDE / 2 - 10} text="W" size={28} weight={700} italic />
      <Text x={20 + SIDE / 2} y={TOP + SIDE / 2 + 20} text="d × d" size={FONT.small} italic />
      <Text x={20 + SIDE / 2} y={TOP + SIDE + 16} text={t.frozen} size={FONT.small} color="var(--muted)" />
      <Text x={186} y={TOP + SIDE / 2} text="+" size={28} />
      <rect x={bX} y={TOP} width={THIN} height={SIDE} fill="var(--accent-2)" fillOpacity={0.3} stroke="var(--accent-2)" strokeWidth={1.5} />
      <Text x={bX + THIN / 2} y={TOP + SIDE / 2} text="B" size={FONT.label} weight={700} italic />
      <Text x={bX + THIN / 2} y={TOP - 12} text="d × r" size={FONT.small} italic />
      <Text x={bX + THIN + 11} y={TOP + THIN / 2} text="·" size={22} />
      <rect x={aX} y={TOP} width={SIDE} height={THIN} fill="var(--accent-2)" fillOpacity={0.3} stroke="var(--accent-2)" strokeWidth={1.5} />
      <Text x={aX + SIDE / 2} y={TOP + THIN / 2} text="A" size={FONT.label} weight={700} italic />
      <Text x={aX + SIDE / 2} y={TOP + THIN + 14} text="r × d" size={FONT.small} italic />
      <Text x={aX + SIDE / 2} y={TOP + SIDE / 2 + 10} text={`${t.trainable}\nr ≪ d`} size={FONT.small} color="var(--accent-2)" weight={600} />
      <text x={W / 2} y={TOP + SIDE + 50} textAnchor="middle" dominantBaseline="central" fontSize={18} fill="var(--fg)" fontStyle="italic">
        h = W x + (α/r) B A x
      </text>
      {lines.map((line, i) => (
        <Text key={i} x={W / 2} y={TOP + SIDE + 86 + i * 20} text={line} size={FONT.small} color={i === 0 ? 'var(--fg)' : 'var(--muted)'} />
      ))}
    </DiagramFigure>
  );
}
