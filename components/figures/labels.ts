/**
 * Shared vocabulary of the figures: the shape of a figure's
 * label dictionary, and the few terms that several diagrams draw (so "LayerNorm"
 * is translated once and reads the same in every figure).
 */
import type { Locale } from '@/lib/i18n/locales';

/** A figure's labels: the same keys in every locale. A `\n` in a label breaks the line. */
export type Dictionary<K extends string> = Record<Locale, Record<K, string>>;

/** Typed constructor for a dictionary: a key missing from one locale is a type error. */
export function defineLabels<K extends string>(labels: Dictionary<K>): Dictionary<K> {
  return labels;
}

/** Terms shared by the transformer diagrams. */
export const common = defineLabels({
  en: {
    layerNorm: 'LayerNorm',
    selfAttention: 'Multi-head\nself-attention',
    feedForward: 'Feed-forward\nnetwork',
    add: 'add',
    encoder: 'Encoder',
    decoder: 'Decoder',
    block: 'Transformer block',
    softmax: 'Softmax',
    linear: 'Linear',
  },
  zh: {
    layerNorm: '层归一化',
    selfAttention: '多头自注意力',
    feedForward: '前馈网络',
    add: '相加',
    encoder: '编码器',
    decoder: '解码器',
    block: 'Transformer 块',
    softmax: 'Softmax',
    linear: '线性层',
  },
});

/** Numbers written the way each locale groups digits. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits });
}
