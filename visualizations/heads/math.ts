/**
 * The head gallery's maths: one card per layer × head with its attention map
 * and the pattern lib/model's headPatterns finds in it, the ranking of a
 * head's pattern scores for the detail view, how many tiles fit per row, and
 * the link that opens a head in the attention explorer.
 *
 * The labels are computed from the model's weights on
 * the reader's sentence (classifyHeads), never named by hand; this file only
 * arranges them, and is tested without a browser.
 */
import { classifyHeads, HEAD_PATTERNS, scoreHead, type HeadLabel, type HeadPattern, type HeadScores } from '@/lib/model/headPatterns';
import type { AttentionTrace } from '@/lib/model/types';
import type { Locale } from '@/lib/i18n/locales';
import { withScopedParams } from '@/lib/widgets/widgetLink';

/** A pattern names a head when its score reaches this (lib/model's labelHead default). */
export const LABEL_THRESHOLD = 0.4;

/** One head as the gallery shows it. */
export interface HeadCard {
  layer: number;
  head: number;
  label: HeadLabel;
  scores: HeadScores;
  /** The highest-scoring pattern and its score, whether or not it reached the threshold. */
  best: { pattern: HeadPattern; score: number };
  /** Attention weights [query][key]. */
  map: number[][];
}

/** The highest score (the first pattern in HEAD_PATTERNS order on a tie). */
export function bestPattern(scores: HeadScores): { pattern: HeadPattern; score: number } {
  let pattern = HEAD_PATTERNS[0];
  for (const p of HEAD_PATTERNS) if (scores[p] > scores[pattern]) pattern = p;
  return { pattern, score: scores[pattern] };
}

/** Every head of a forward pass, layer by layer, labelled from its weights. */
export function headCards(trace: AttentionTrace, threshold = LABEL_THRESHOLD): HeadCard[] {
  return classifyHeads(trace, threshold).map((s) => ({
    layer: s.layer,
    head: s.head,
    label: s.label,
    scores: s.scores,
    best: bestPattern(s.scores),
    map: trace.layers[s.layer].attention[s.head],
  }));
}

/**
 * Chance level of each pattern on these tokens: the scores of a head that
 * spreads its weight evenly over every key it may read (query i gives
 * 1/(i+1) to keys 0…i). A score well above this is a real preference even
 * when it is below the label threshold.
 */
export function chanceScores(tokens: readonly string[]): HeadScores {
  const n = tokens.length;
  const uniform = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j <= i ? 1 / (i + 1) : 0)));
  return scoreHead(uniform, tokens);
}

/** A head's pattern scores, highest first, for the detail view's bars. */
export function rankedScores(scores: HeadScores): { pattern: HeadPattern; score: number }[] {
  return HEAD_PATTERNS.map((pattern) => ({ pattern, score: scores[pattern] })).sort((a, b) => b.score - a.score);
}

/**
 * Tiles per row: one row per layer (all heads side by side) when each tile
 * gets at least `minTile` pixels, else two per row (a phone), else one.
 */
export function galleryColumns(width: number, nHeads: number, minTile = 120, gap = 10): number {
  const fits = (cols: number) => (width - (cols - 1) * gap) / cols >= minTile;
  if (fits(nHeads)) return nHeads;
  if (nHeads > 2 && fits(2)) return 2;
  return 1;
}

/** How the head gallery stands on a slide: layers side by side per row, each layer's width, tiles per row within a layer, tile side. */
export interface SlideLayout {
  layersPerRow: number;
  layerWidth: number;
  cols: number;
  size: number;
}

/**
 * The head gallery on a 16:9 slide, where height is short: the layers stand side by side,
 * as many per row as give the largest tiles while all of them take at most two rows of
 * tiles in all (else the fewest rows). Three layers: all three side by side, two tiles per
 * row each; four: two and two, each layer's heads in one row.
 */
export function slideLayout(width: number, nLayers: number, nHeads: number, minTile: number, gap: number, layerGap: number): SlideLayout {
  const options = Array.from({ length: nLayers }, (_, i) => {
    const layersPerRow = nLayers - i;
    const layerWidth = (width - layerGap * (layersPerRow - 1)) / layersPerRow;
    const cols = galleryColumns(layerWidth, nHeads, minTile, gap);
    const rows = Math.ceil(nLayers / layersPerRow) * Math.ceil(nHeads / cols);
    return { layersPerRow, layerWidth, cols, size: tileSize(layerWidth, cols, gap), rows };
  });
  const short = options.filter((o) => o.rows <= 2);
  const best = short.length > 0 ? short.reduce((a, b) => (b.size > a.size ? b : a)) : options.reduce((a, b) => (b.rows < a.rows ? b : a));
  return { layersPerRow: best.layersPerRow, layerWidth: best.layerWidth, cols: best.cols, size: best.size };
}

/** Side of a square tile for `cols` tiles per row, at most `max` pixels. */
export function tileSize(width: number, cols: number, gap = 10, max = 200): number {
  return Math.max(40, Math.min(max, Math.floor((width - (cols - 1) * gap) / cols)));
}

/** The attention explorer's instance id in the self-attention chapter (its widget name: the chapter's only one). */
const EXPLORER = 'attention-explorer';

/** Link to the attention explorer showing this head (1-based layer and head) on the sentence, as a heatmap. */
export function explorerHref(locale: Locale, sentence: string, layer: number, head: number): string {
  const own = new URLSearchParams({ sentence, layer: String(layer), head: String(head), view: 'heatmap' });
  const query = withScopedParams(new URLSearchParams(), EXPLORER, own);
  return `/${locale}/self-attention/?${query.toString()}#${EXPLORER}`;
}
