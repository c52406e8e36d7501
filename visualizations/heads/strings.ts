/**
 * Every word the head gallery shows or speaks, in both languages. Pattern
 * names, token names and the heatmap's words are shared with the attention
 * explorer (components/widget/attention/strings.ts), so a head is called the same
 * thing in both places; frame words come from lib/i18n/widgetStrings.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { HeadLabel } from '@/lib/model/headPatterns';

export interface HeadsStrings {
  title: string;
  galleryLabel: (n: number) => string;
  tile: (layer: number, head: number) => string;
  layerRow: (layer: number) => string;
  openTile: (caption: string) => string;
  mixedTile: (layer: number, head: number) => string;
  /** A tile's name on a slide, where the layer heads its group: the end of `tile` / `mixedTile`. */
  slideTile: (head: number) => string;
  slideMixedTile: (head: number) => string;
  chance: string;
  chanceTimes: (times: string) => string;
  headName: (layer: number, head: number) => string;
  detailTitle: (layer: number, head: number, pattern: string) => string;
  meaning: Record<HeadLabel, string>;
  scoresTitle: string;
  scoresLabel: (layer: number, head: number) => string;
  threshold: (value: string) => string;
  bestOf: (pattern: string, score: string) => string;
  openInExplorer: string;
  queryHint: string;
  tableCaption: string;
  col: { head: string; label: string };
  emptyHint: string;
}

const en: HeadsStrings = {
  title: 'Head gallery',
  galleryLabel: (n) => `${n} attention heads`,
  tile: (layer, head) => `L${layer} · H${head}`,
  layerRow: (layer) => `Layer ${layer}`,
  openTile: (caption) => `${caption}. Open it larger`,
  mixedTile: (layer, head) => `L${layer} · H${head} · mixed`,
  slideTile: (head) => `H${head}`,
  slideMixedTile: (head) => `H${head} · mixed`,
  chance: 'what a head spreading its weight evenly would score',
  chanceTimes: (times) => `${times}× chance`,
  headName: (layer, head) => `Layer ${layer}, head ${head}`,
  detailTitle: (layer, head, pattern) => `Layer ${layer}, head ${head}: ${pattern}`,
  meaning: {
    previousToken: 'Most of its weight goes to the token just before: it passes on what came last.',
    firstToken: 'It parks its weight on the first token when nothing else is useful.',
    self: 'It looks mostly at the token itself.',
    latestDelimiter: 'It looks back to the latest space or punctuation mark: where the current phrase began.',
    induction: 'When the current token appeared earlier, it looks at the token that followed it then: it can continue a repeated passage by copying.',
    mixed: 'No single pattern reaches the line below: it spreads its attention in a way these simple scores do not name.',
  },
  scoresTitle: 'Why this label',
  scoresLabel: (layer, head) => `Pattern scores of layer ${layer}, head ${head}`,
  threshold: (value) => `label needs ${value}`,
  bestOf: (pattern, score) => `closest: ${pattern} ${score}`,
  openInExplorer: 'Open this head in the attention explorer',
  queryHint: 'Click a row of the map to outline one query’s weights.',
  tableCaption: 'Every head’s pattern scores on this sentence (average weight on that kind of key) and the label they give.',
  col: { head: 'Head', label: 'Label' },
  emptyHint: 'Type a sentence above, or choose a sample, to see every head of the tiny model.',
};

const zh: HeadsStrings = {
  title: '注意力头一览',
  galleryLabel: (n) => `${n} 个注意力头`,
  tile: (layer, head) => `第 ${layer} 层·头 ${head}`,
  layerRow: (layer) => `第 ${layer} 层`,
  openTile: (caption) => `${caption}。放大查看`,
  mixedTile: (layer, head) => `第 ${layer} 层·头 ${head}·混合`,
  slideTile: (head) => `头 ${head}`,
  slideMixedTile: (head) => `头 ${head}·混合`,
  chance: '均匀分配权重的头会得到的分数',
  chanceTimes: (times) => `随机水平的 ${times} 倍`,
  headName: (layer, head) => `第 ${layer} 层第 ${head} 个头`,
  detailTitle: (layer, head, pattern) => `第 ${layer} 层第 ${head} 个头：${pattern}`,
  meaning: {
    previousToken: '它的大部分权重落在前一个词元上：把刚出现的内容传递下去。',
    firstToken: '没有更有用的信息时，它把权重停放在第一个词元上。',
    self: '它主要关注词元自己。',
    latestDelimiter: '它回看最近的空格或标点：也就是当前短语开始的地方。',
    induction: '当前词元在前面出现过时，它去看上次紧跟在后面的那个词元：这样就能照抄，把重复的片段接下去。',
    mixed: '没有哪种模式的得分达到下面那条线：它的注意力分布无法用这些简单得分来命名。',
  },
  scoresTitle: '为什么是这个标签',
  scoresLabel: (layer, head) => `第 ${layer} 层第 ${head} 个头的模式得分`,
  threshold: (value) => `达到 ${value} 才命名`,
  bestOf: (pattern, score) => `最接近：${pattern} ${score}`,
  openInExplorer: '在注意力探索器中打开这个头',
  queryHint: '点击图中的一行，突出显示一个查询词元的权重。',
  tableCaption: '每个头在这个句子上的模式得分（放在这类键上的平均权重），以及由此得出的标签。',
  col: { head: '头', label: '标签' },
  emptyHint: '在上面输入句子，或选择一个示例，查看小模型的每个头。',
};

export const headsStrings: Record<Locale, HeadsStrings> = { en, zh };
