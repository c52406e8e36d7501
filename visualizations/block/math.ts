/**
 * The transformer block explorer's arithmetic: parameter counts of every part
 * of a pre-LN decoder stack for any sizes the reader sets, the shapes flowing
 * in and out of each part, the presets' totals beside their published counts,
 * and the residual stream's norm per token per layer from a real forward pass.
 *
 * The diagram, the detail panel and the table only
 * draw; every number they show comes from here, so a test can compare the
 * presets' totals with the papers' figures. No DOM, no React.
 *
 * Counting convention (GPT-2's, and the tiny model's): learned token and
 * position embeddings; in each block two layer norms (gain and bias), the
 * query/key/value and output projections with biases, and a two-layer
 * feed-forward network with biases; a final layer norm; the output layer
 * reuses the token embedding (tied weights), optionally with a bias per token.
 */
import { norm } from '@/lib/math';
import { architectures, type Architecture } from '@/lib/data/models';
import type { ForwardTrace } from '@/lib/model/types';

/** Sizes the reader sets: the size fields of a published architecture. */
export type BlockSizes = Pick<Architecture, 'layers' | 'dModel' | 'heads' | 'dFF' | 'vocab' | 'context'>;

/** The selectable parts of the diagram, top to bottom. */
export const PARTS = ['embed', 'ln1', 'attn', 'add1', 'ln2', 'ffn', 'add2', 'head'] as const;
export type PartId = (typeof PARTS)[number];

/** Parts inside one block (repeated `layers` times). */
export const BLOCK_PARTS: readonly PartId[] = ['ln1', 'attn', 'add1', 'ln2', 'ffn', 'add2'];

export interface CountOptions {
  /** Whether the output layer adds a learned bias per vocabulary entry (the tiny model does; GPT-2 does not). */
  outputBias: boolean;
}

/**
 * Parameters of one part for the given sizes (for a block part: in one block).
 * - embed: token table V·d plus position table T·d;
 * - ln1, ln2: gain and bias, 2·d;
 * - attn: W_Q, W_K, W_V, W_O (each d×d) and their biases, 4·d² + 4·d;
 * - add1, add2: a sum has no parameters;
 * - ffn: d×d_ff up, d_ff×d down, with biases, 2·d·d_ff + d_ff + d;
 * - head: final layer norm 2·d, plus V if the output layer has a bias (the matrix is the tied embedding).
 */
export function partParameters(part: PartId, s: BlockSizes, options: CountOptions): number {
  const d = s.dModel;
  switch (part) {
    case 'embed':
      return s.vocab * d + s.context * d;
    case 'ln1':
    case 'ln2':
      return 2 * d;
    case 'attn':
      return 4 * d * d + 4 * d;
    case 'add1':
    case 'add2':
      return 0;
    case 'ffn':
      return 2 * d * s.dFF + s.dFF + d;
    case 'head':
      return 2 * d + (options.outputBias ? s.vocab : 0);
  }
}

/** The total and its three terms: embeddings, L × one block, output head. */
export interface ParameterBreakdown {
  embedding: number;
  perBlock: number;
  blocks: number;
  head: number;
  total: number;
}

export function parameterBreakdown(s: BlockSizes, options: CountOptions): ParameterBreakdown {
  const embedding = partParameters('embed', s, options);
  const perBlock = BLOCK_PARTS.reduce((sum, p) => sum + partParameters(p, s, options), 0);
  const head = partParameters('head', s, options);
  const blocks = s.layers * perBlock;
  return { embedding, perBlock, blocks, head, total: embedding + blocks + head };
}

/** A tensor shape as a list of named dimensions, e.g. [['n', 12], ['d_model', 768]]. */
export type Shape = [name: string, size: number][];

export interface PartShapes {
  input: Shape;
  output: Shape;
  /** Intermediate shapes worth naming (per-head slices, the FFN's hidden layer, attention maps). */
  inner: { label: 'perHead' | 'attentionMap' | 'hidden' | 'logits'; shape: Shape }[];
}

/** Shapes in and out of a part for a sequence of n tokens. */
export function partShapes(part: PartId, s: BlockSizes, n: number): PartShapes {
  const row: Shape = [
    ['n', n],
    ['d_model', s.dModel],
  ];
  switch (part) {
    case 'embed':
      return { input: [['n', n]], output: row, inner: [] };
    case 'attn':
      return {
        input: row,
        output: row,
        inner: [
          {
            label: 'perHead',
            shape: [
              ['h', s.heads],
              ['n', n],
              ['d_head', s.dModel / s.heads],
            ],
          },
          {
            label: 'attentionMap',
            shape: [
              ['h', s.heads],
              ['n', n],
              ['n', n],
            ],
          },
        ],
      };
    case 'ffn':
      return {
        input: row,
        output: row,
        inner: [
          {
            label: 'hidden',
            shape: [
              ['n', n],
              ['d_ff', s.dFF],
            ],
          },
        ],
      };
    case 'head':
      return {
        input: row,
        output: [
          ['n', n],
          ['V', s.vocab],
        ],
        inner: [],
      };
    default:
      return { input: row, output: row, inner: [] };
  }
}

/** Problems with a set of sizes that the reader should be told about. */
export function sizeProblems(s: BlockSizes): 'headsDontDivide'[] {
  return s.dModel % s.heads === 0 ? [] : ['headsDontDivide'];
}

/** A preset: published sizes with the count its authors give. */
export interface BlockPreset {
  id: string;
  name: string;
  sizes: BlockSizes;
  options: CountOptions;
  published?: number;
  /** A second published figure (GPT-2 small's paper figure). */
  paper?: number;
  source?: string;
}

/** Published architectures from lib/data/models.ts as presets (no output bias: their output layers are tied without one). */
export function publishedBlockPresets(): BlockPreset[] {
  return architectures.map(({ id, name, layers, dModel, heads, dFF, vocab, context, ...a }) => ({
    id,
    name,
    sizes: { layers, dModel, heads, dFF, vocab, context },
    options: { outputBias: false },
    published: a.publishedParameters,
    paper: a.paperParameters,
    source: a.source,
  }));
}

/** Relative difference of a computed count from a published one (0.01 = 1%). */
export function relativeDifference(computed: number, published: number): number {
  return (computed - published) / published;
}

export function sameSizes(a: BlockSizes, b: BlockSizes): boolean {
  return a.layers === b.layers && a.dModel === b.dModel && a.heads === b.heads && a.dFF === b.dFF && a.vocab === b.vocab && a.context === b.context;
}

/** The residual stream's vector norm at every stage: stages × tokens. */
export interface ResidualNorms {
  /** Stage names in order: 'embed', then 'attn1', 'ffn1', 'attn2', 'ffn2', … */
  stages: { id: string; layer: number; after: 'embed' | 'attn' | 'ffn' }[];
  /** norms[stage][token] = ‖x‖₂ of that token's residual vector after that stage. */
  norms: number[][];
  max: number;
}

/**
 * Norms of the residual stream as it passes through the stack: the input to
 * block 1 (token + position embedding), then after each block's attention add
 * and after its feed-forward add, read from the forward trace.
 */
export function residualNorms(trace: ForwardTrace): ResidualNorms {
  const stages: ResidualNorms['stages'] = [];
  const norms: number[][] = [];
  if (trace.layers.length === 0) return { stages, norms, max: 0 };
  stages.push({ id: 'embed', layer: 0, after: 'embed' });
  norms.push(trace.layers[0].residualIn.map((v) => norm(v)));
  trace.layers.forEach((layer, l) => {
    stages.push({ id: `attn${l + 1}`, layer: l + 1, after: 'attn' });
    norms.push(layer.residualAfterAttention.map((v) => norm(v)));
    stages.push({ id: `ffn${l + 1}`, layer: l + 1, after: 'ffn' });
    norms.push(layer.residualOut.map((v) => norm(v)));
  });
  const max = Math.max(0, ...norms.flat());
  return { stages, norms, max };
}

/** Which residual stages a selected part writes (for highlighting rows of the norm chart). */
export function stagesOfPart(part: PartId): ('embed' | 'attn' | 'ffn')[] {
  if (part === 'embed') return ['embed'];
  if (part === 'ln1' || part === 'attn' || part === 'add1') return ['attn'];
  if (part === 'ln2' || part === 'ffn' || part === 'add2') return ['ffn'];
  return [];
}
