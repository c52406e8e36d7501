/** Every word of "attention by hand", in both languages. */
import type { Locale } from '@/lib/i18n/locales';

export interface ByHandStrings {
  title: string;
  plane: string;
  handle: (name: string, x: string, y: string) => string;
  keysHelp: string;
  query: string;
  key: (i: number) => string;
  col: { vector: string; dot: string; scaled: string; weight: string };
  caption: string;
  status: (parts: string[]) => string;
  reset: string;
  /** The presenter's steps: the query turned to each key, then made longer. */
  tour: (step: number, total: number, what: string) => string;
  pointAt: (key: string) => string;
  longer: string;
  start: string;
}

export const byHandStrings: Record<Locale, ByHandStrings> = {
  en: {
    title: 'Attention by hand',
    plane: 'A plane with the query vector q and three key vectors drawn as arrows from the origin; each key’s arrow is thicker the more weight it gets.',
    handle: (name, x, y) => `${name} = (${x}, ${y})`,
    keysHelp: 'Drag a vector’s tip, or focus it and use the arrow keys (Shift for bigger steps).',
    query: 'query q',
    key: (i) => `key k${'₁₂₃₄₅'[i]}`,
    col: { vector: 'vector (x, y)', dot: 'q·k', scaled: '÷ √2', weight: 'weight' },
    caption: 'The numbers, recomputed as you move the vectors (d_k = 2).',
    status: (parts) => `Weights: ${parts.join(', ')}`,
    reset: 'Reset',
    tour: (step, total, what) => `Step ${step} of ${total}: ${what}`,
    pointAt: (key) => `q points the same way as ${key}`,
    longer: 'q twice as long: the choice gets sharper',
    start: 'the starting position',
  },
  zh: {
    title: '动手算注意力',
    plane: '一个平面，查询向量 q 和三个键向量以从原点出发的箭头表示；键分到的权重越大，箭头越粗。',
    handle: (name, x, y) => `${name} = (${x}, ${y})`,
    keysHelp: '拖动向量的箭头尖，或者选中后用方向键移动（按住 Shift 可加大步长）。',
    query: '查询 q',
    key: (i) => `键 k${'₁₂₃₄₅'[i]}`,
    col: { vector: '向量 (x, y)', dot: 'q·k', scaled: '÷ √2', weight: '权重' },
    caption: '随着你移动向量实时重新计算的数值（d_k = 2）。',
    status: (parts) => `权重：${parts.join('、')}`,
    reset: '重置',
    tour: (step, total, what) => `第 ${step} 步，共 ${total} 步：${what}`,
    pointAt: (key) => `q 与${key}方向相同`,
    longer: 'q 的长度加倍：选择变得更集中',
    start: '起始位置',
  },
};
