/**
 * The matrix products of a model whose weights will not change (a loaded model, as the
 * widgets and the model worker use): lib/math's WebAssembly SIMD kernel, which keeps a
 * copy of the weights in its own memory, where the engine has WebAssembly SIMD, and the
 * JavaScript kernel elsewhere. Both give the same numbers. One kernel per model, shared
 * by its passes. A model being trained changes its weights in place and must not come
 * here (createPass uses the JavaScript kernel unless told the weights are fixed).
 */
import { gemmABt } from '../math/gemm';
import { simdGemm, type Gemm } from '../math/gemmSimd';
import type { TinyModel } from './types';

const kernels = new WeakMap<TinyModel, Gemm>();

export function fixedWeightsGemm(model: TinyModel): Gemm {
  let kernel = kernels.get(model);
  if (!kernel) {
    const blocks = model.weights.blocks;
    kernel =
      simdGemm({
        matrices: blocks.flatMap((b) => [b.qkvWeight, b.outWeight, b.fcWeight, b.projWeight]).map((t) => ({ data: t.data, outputs: t.rows })),
        biases: blocks.flatMap((b) => [b.qkvBias, b.outBias, b.fcBias, b.projBias]),
        maxRows: model.config.contextLength,
      }) ?? gemmABt;
    kernels.set(model, kernel);
  }
  return kernel;
}
