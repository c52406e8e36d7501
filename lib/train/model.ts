/**
 * The trainable tiny GPT: a flat parameter buffer, its gradient, and a batched
 * forward and backward pass built from ./ops.
 *
 * This is the training-side twin of lib/model/forward.ts.
 * Both use the layout of lib/model/layout.ts; tests check that they agree and
 * that the gradients here match finite differences.
 *
 * Architecture (GPT-2 style, pre-LayerNorm): x = tok_emb[id] + pos_emb[t];
 * per block x += Wo·attn(LN1(x)), x += W2·gelu(W1·LN2(x)); logits =
 * LN_f(x)·tok_embᵀ + out_b (output layer tied to the token embedding).
 * With rotary positions there is no pos_emb: each head's query and key at
 * position t are rotated by t·θ right after the q|k|v projection, in place, so
 * attention (forward and backward) sees rotated vectors; the gradient reaching
 * them is rotated back by −t·θ before it enters the projection's backward pass.
 */
import { rotaryTable, rotateInPlace } from '../math/positional';
import { layoutOffsets, parameterCount, parameterLayout, positionScheme } from '../model/layout';
import { gaussian } from '../model/rng';
import type { ModelConfig, Rng } from '../model/types';
import { attentionBackward, attentionForward } from './ops/attention';
import { linearBackward, linearForward, type Buf } from './ops/linear';
import { crossEntropy } from './ops/loss';
import { geluBackward, geluForward, layerNormBackward, layerNormForward } from './ops/norm';

type Ctor = Float32ArrayConstructor | Float64ArrayConstructor;

interface LayerActs {
  x: Buf;
  ln1: Buf;
  xhat1: Buf;
  rstd1: Buf;
  qkv: Buf;
  probs: Buf;
  att: Buf;
  x2: Buf;
  ln2: Buf;
  xhat2: Buf;
  rstd2: Buf;
  fc: Buf;
  tanh: Buf;
  act: Buf;
}

export class TrainableModel {
  readonly params: Buf;
  readonly grads: Buf;
  private readonly off: ReturnType<typeof layoutOffsets>;
  private acts: LayerActs[] = [];
  private batch = { B: 0, T: 0 };
  private xf!: Buf;
  private lnf!: Buf;
  private xhatf!: Buf;
  private rstdf!: Buf;
  private logits!: Buf;
  private dlogits!: Buf;
  private dx!: Buf;
  private dtmp!: Buf;
  private dbig!: Buf;
  private dqkv!: Buf;
  private inputs: Int32Array = new Int32Array(0);
  private readonly rotary: { cos: Float64Array; sin: Float64Array } | null;

  constructor(
    readonly config: ModelConfig,
    private readonly ctor: Ctor = Float32Array,
  ) {
    this.params = new ctor(parameterCount(config));
    this.grads = new ctor(parameterCount(config));
    this.off = layoutOffsets(config);
    this.rotary = positionScheme(config) === 'rotary' ? rotaryTable(config.contextLength, config.dModel / config.nHeads) : null;
  }

  /** Rotates every head's query and key columns of a packed [N][3·d] q|k|v buffer by each row's position (or back, for a gradient). */
  private rotateQueriesAndKeys(qkv: Buf, N: number, T: number, inverse: boolean): void {
    const table = this.rotary;
    if (!table) return;
    const { dModel: d, nHeads: H } = this.config;
    const dh = d / H;
    for (let n = 0; n < N; n++) {
      const t = n % T;
      for (let part = 0; part < 2; part++) {
        for (let h = 0; h < H; h++) rotateInPlace(qkv, n * 3 * d + part * d + h * dh, dh, t, table, inverse);
      }
    }
  }

  /** A view of one named parameter tensor (or of its gradient). */
  view(name: string, grad = false): Buf {
    const e = this.off.get(name);
    if (!e) throw new Error(`no tensor ${name}`);
    return (grad ? this.grads : this.params).subarray(e.offset, e.offset + e.rows * e.cols);
  }

  /** GPT-2 initialisation: N(0, 0.02) for matrices, 0.02/√(2L) for residual projections, LN gains 1, biases 0. */
  init(rng: Rng): void {
    const resid = 0.02 / Math.sqrt(2 * this.config.nLayers);
    for (const e of parameterLayout(this.config)) {
      const v = this.view(e.name);
      if (e.name.endsWith('_g')) v.fill(1);
      else if (e.rows === 1) v.fill(0);
      else {
        const std = e.name.endsWith('attn_out_w') || e.name.endsWith('mlp_proj_w') ? resid : 0.02;
        for (let i = 0; i < v.length; i++) v[i] = gaussian(rng) * std;
      }
    }
  }

  private allocate(B: number, T: number): void {
    if (this.batch.B === B && this.batch.T === T) return;
    const { dModel: d, dFF: f, nHeads: H, vocabSize: V } = this.config;
    const N = B * T;
    const c = this.ctor;
    this.acts = Array.from({ length: this.config.nLayers }, () => ({
      x: new c(N * d),
      ln1: new c(N * d),
      xhat1: new c(N * d),
      rstd1: new c(N),
      qkv: new c(N * 3 * d),
      probs: new c(B * H * T * T),
      att: new c(N * d),
      x2: new c(N * d),
      ln2: new c(N * d),
      xhat2: new c(N * d),
      rstd2: new c(N),
      fc: new c(N * f),
      tanh: new c(N * f),
      act: new c(N * f),
    }));
    this.xf = new c(N * d);
    this.lnf = new c(N * d);
    this.xhatf = new c(N * d);
    this.rstdf = new c(N);
    this.logits = new c(N * V);
    this.dlogits = new c(N * V);
    this.dx = new c(N * d);
    this.dtmp = new c(N * d);
    this.dbig = new c(N * f);
    this.dqkv = new c(N * 3 * d);
    this.batch = { B, T };
  }

  /** Forward pass over B sequences of T ids (inputs[b·T + t]); returns the mean loss against targets. */
  forward(inputs: Int32Array, targets: Int32Array, B: number, T: number, withGrad = true): number {
    this.allocate(B, T);
    this.inputs = inputs;
    const { dModel: d, dFF: f, nHeads: H, vocabSize: V, lnEps: eps } = this.config;
    const N = B * T;
    const tok = this.view('tok_emb');
    const pos = this.rotary ? null : this.view('pos_emb');
    const x = this.acts.length > 0 ? this.acts[0].x : this.xf;
    for (let n = 0; n < N; n++) {
      const to = inputs[n] * d;
      const po = (n % T) * d;
      for (let i = 0; i < d; i++) x[n * d + i] = tok[to + i] + (pos ? pos[po + i] : 0);
    }
    for (let l = 0; l < this.acts.length; l++) {
      const a = this.acts[l];
      const p = (s: string) => this.view(`h${l}.${s}`);
      layerNormForward(a.ln1, a.x, p('ln1_g'), p('ln1_b'), a.xhat1, a.rstd1, N, d, eps);
      linearForward(a.qkv, a.ln1, p('attn_qkv_w'), p('attn_qkv_b'), N, d, 3 * d);
      this.rotateQueriesAndKeys(a.qkv, N, T, false);
      attentionForward(a.att, a.probs, a.qkv, { B, T, H, d });
      linearForward(a.x2, a.att, p('attn_out_w'), p('attn_out_b'), N, d, d);
      for (let i = 0; i < N * d; i++) a.x2[i] += a.x[i];
      layerNormForward(a.ln2, a.x2, p('ln2_g'), p('ln2_b'), a.xhat2, a.rstd2, N, d, eps);
      linearForward(a.fc, a.ln2, p('mlp_fc_w'), p('mlp_fc_b'), N, d, f);
      geluForward(a.act, a.tanh, a.fc, N * f);
      const next = l + 1 < this.acts.length ? this.acts[l + 1].x : this.xf;
      linearForward(next, a.act, p('mlp_proj_w'), p('mlp_proj_b'), N, f, d);
      for (let i = 0; i < N * d; i++) next[i] += a.x2[i];
    }
    layerNormForward(this.lnf, this.xf, this.view('lnf_g'), this.view('lnf_b'), this.xhatf, this.rstdf, N, d, eps);
    linearForward(this.logits, this.lnf, tok, this.view('out_b'), N, d, V);
    return crossEntropy(this.logits, targets, N, V, withGrad ? this.dlogits : null);
  }

  /** Accumulates the gradient of the last forward pass's loss into `grads`. */
  backward(): void {
    const { dModel: d, dFF: f, nHeads: H, vocabSize: V } = this.config;
    const { B, T } = this.batch;
    const N = B * T;
    const g = (s: string) => this.view(s, true);
    const dx = this.dx;
    const dtmp = this.dtmp;
    linearBackward(dtmp, g('tok_emb'), g('out_b'), this.dlogits, this.lnf, this.view('tok_emb'), N, d, V);
    dx.fill(0);
    layerNormBackward(dx, g('lnf_g'), g('lnf_b'), dtmp, this.view('lnf_g'), this.xhatf, this.rstdf, N, d);
    for (let l = this.acts.length - 1; l >= 0; l--) {
      const a = this.acts[l];
      const p = (s: string) => this.view(`h${l}.${s}`);
      const gp = (s: string) => g(`h${l}.${s}`);
      // feed-forward sub-layer: dx holds d(loss)/d(x_out) = d/d(x2) through the residual
      linearBackward(this.dbig, gp('mlp_proj_w'), gp('mlp_proj_b'), dx, a.act, p('mlp_proj_w'), N, f, d);
      geluBackward(this.dbig, this.dbig, a.fc, a.tanh, N * f);
      linearBackward(dtmp, gp('mlp_fc_w'), gp('mlp_fc_b'), this.dbig, a.ln2, p('mlp_fc_w'), N, d, f);
      layerNormBackward(dx, gp('ln2_g'), gp('ln2_b'), dtmp, p('ln2_g'), a.xhat2, a.rstd2, N, d);
      // attention sub-layer: dx now holds d/d(x2) = d/d(x) through the residual
      linearBackward(dtmp, gp('attn_out_w'), gp('attn_out_b'), dx, a.att, p('attn_out_w'), N, d, d);
      attentionBackward(this.dqkv, dtmp, a.probs, a.qkv, { B, T, H, d });
      this.rotateQueriesAndKeys(this.dqkv, N, T, true);
      linearBackward(dtmp, gp('attn_qkv_w'), gp('attn_qkv_b'), this.dqkv, a.ln1, p('attn_qkv_w'), N, d, 3 * d);
      layerNormBackward(dx, gp('ln1_g'), gp('ln1_b'), dtmp, p('ln1_g'), a.xhat1, a.rstd1, N, d);
    }
    const dtok = g('tok_emb');
    const dpos = this.rotary ? null : g('pos_emb');
    for (let n = 0; n < N; n++) {
      const to = this.inputs[n] * d;
      const po = (n % T) * d;
      for (let i = 0; i < d; i++) {
        dtok[to + i] += dx[n * d + i];
        if (dpos) dpos[po + i] += dx[n * d + i];
      }
    }
  }

  zeroGrad(): void {
    this.grads.fill(0);
  }
}
