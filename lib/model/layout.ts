/**
 * The parameter layout of the tiny GPT: every tensor's name and shape, in the
 * order they are stored.
 *
 * The trainer allocates its flat parameter buffer from
 * this list, the exporter writes the weights file in this order, and
 * parseModel() checks a file against it — one definition for all three.
 */
import type { ModelConfig, PositionScheme } from './types';

/** The position scheme of a config ('learned' when the config does not say, as in every model file before rotary ones). */
export function positionScheme(config: ModelConfig): PositionScheme {
  return config.positions ?? 'learned';
}

/** A tensor in the layout. `decay` marks the matrices that get AdamW weight decay. */
export interface LayoutEntry {
  name: string;
  rows: number;
  cols: number;
  decay: boolean;
}

/** Tensor list for a config. Vectors have rows = 1. Linear weights are [out][in]. */
export function parameterLayout(c: ModelConfig): LayoutEntry[] {
  const d = c.dModel;
  const vec = (name: string, n: number): LayoutEntry => ({ name, rows: 1, cols: n, decay: false });
  const mat = (name: string, rows: number, cols: number): LayoutEntry => ({ name, rows, cols, decay: true });
  const out: LayoutEntry[] = [mat('tok_emb', c.vocabSize, d)];
  // a rotary model has no position parameters: its positions are rotations of q and k
  if (positionScheme(c) === 'learned') out.push({ ...mat('pos_emb', c.contextLength, d), decay: false });
  for (let l = 0; l < c.nLayers; l++) {
    const p = `h${l}.`;
    out.push(
      vec(p + 'ln1_g', d),
      vec(p + 'ln1_b', d),
      mat(p + 'attn_qkv_w', 3 * d, d),
      vec(p + 'attn_qkv_b', 3 * d),
      mat(p + 'attn_out_w', d, d),
      vec(p + 'attn_out_b', d),
      vec(p + 'ln2_g', d),
      vec(p + 'ln2_b', d),
      mat(p + 'mlp_fc_w', c.dFF, d),
      vec(p + 'mlp_fc_b', c.dFF),
      mat(p + 'mlp_proj_w', d, c.dFF),
      vec(p + 'mlp_proj_b', d),
    );
  }
  out.push(vec('lnf_g', d), vec('lnf_b', d), vec('out_b', c.vocabSize));
  return out;
}

/** Total number of parameters of a config. */
export function parameterCount(c: ModelConfig): number {
  return parameterLayout(c).reduce((s, e) => s + e.rows * e.cols, 0);
}

/** Offsets of each tensor inside one flat buffer laid out in {@link parameterLayout} order. */
export function layoutOffsets(c: ModelConfig): Map<string, LayoutEntry & { offset: number }> {
  const map = new Map<string, LayoutEntry & { offset: number }>();
  let offset = 0;
  for (const e of parameterLayout(c)) {
    map.set(e.name, { ...e, offset });
    offset += e.rows * e.cols;
  }
  return map;
}
