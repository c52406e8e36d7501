/**
 * A loaded model's weights as one flat buffer in parameterLayout order: the
 * trainer's starting point when the reader fine-tunes the site's model. The
 * inverse of lib/model/weights.ts's weightsFromFlat.
 */
import { parameterLayout } from '../model/layout';
import type { ModelWeights, TinyModel } from '../model/types';

function tensorOf(w: ModelWeights, name: string): Float32Array {
  const top: Record<string, Float32Array | undefined> = {
    tok_emb: w.tokenEmbedding.data,
    pos_emb: w.positionEmbedding?.data,
    lnf_g: w.finalLnGain,
    lnf_b: w.finalLnBias,
    out_b: w.outputBias,
  };
  const topLevel = top[name];
  if (topLevel) return topLevel;
  const m = /^h(\d+)\.(.+)$/.exec(name);
  const block = m ? w.blocks[Number(m[1])] : undefined;
  if (!m || !block) throw new Error(`no tensor ${name}`);
  const parts: Record<string, Float32Array> = {
    ln1_g: block.ln1Gain,
    ln1_b: block.ln1Bias,
    attn_qkv_w: block.qkvWeight.data,
    attn_qkv_b: block.qkvBias,
    attn_out_w: block.outWeight.data,
    attn_out_b: block.outBias,
    ln2_g: block.ln2Gain,
    ln2_b: block.ln2Bias,
    mlp_fc_w: block.fcWeight.data,
    mlp_fc_b: block.fcBias,
    mlp_proj_w: block.projWeight.data,
    mlp_proj_b: block.projBias,
  };
  const t = parts[m[2]];
  if (!t) throw new Error(`no tensor ${name}`);
  return t;
}

export function flattenWeights(model: TinyModel): Float32Array {
  const layout = parameterLayout(model.config);
  const out = new Float32Array(layout.reduce((s, e) => s + e.rows * e.cols, 0));
  let at = 0;
  for (const e of layout) {
    const t = tensorOf(model.weights, e.name);
    if (t.length !== e.rows * e.cols) throw new Error(`${e.name} has ${t.length} values, expected ${e.rows * e.cols}`);
    out.set(t, at);
    at += t.length;
  }
  return out;
}
