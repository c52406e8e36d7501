/**
 * gemmABt (./gemm.ts) in WebAssembly SIMD, for a model's fixed weights: the same
 * Y = A·Bᵀ (+ bias), or Y += A·Bᵀ, with the same numbers, about twice as fast.
 *
 * Each output is still one sum over k from 0 in float64, of float64 activations times
 * float32 weights, then plus the bias: SIMD only computes two outputs side by side
 * (f64x2 lanes), and WebAssembly, like JavaScript, rounds every multiply and every add
 * (no fused multiply-add), so the results equal the JavaScript kernel's bit for bit
 * (the tests compare them exactly).
 *
 * For the lanes to hold neighbouring outputs, each weight matrix is stored transposed
 * ([in][out]) in the module's memory once, when the kernel is made; a call copies A in
 * and Y out (a few hundred kB at most, a small part of the work). A block of four rows
 * × four outputs keeps its eight f64x2 sums in locals across k, as the JavaScript
 * kernel keeps sixteen numbers. Where WebAssembly SIMD is missing, `simdGemm` gives
 * null and callers keep the JavaScript kernel; a call it cannot serve (unknown
 * weights, outputs not a multiple of four, more rows than it was made for) goes to
 * the JavaScript kernel too.
 */
import { gemmABt, type Buf } from './gemm';
import { I32, V128, moduleBytes, op, type WasmFunction } from './wasm';

// parameters of both functions: byte addresses of Y, A, Bᵀ and the bias (0: none), then K, M and whether to accumulate
const Y = 0,
  A = 1,
  W = 2,
  BIAS = 3,
  K = 4,
  M = 5,
  ACC = 6;
// i32 locals
const COL = 7,
  KK = 8,
  WP = 9,
  AP = 10,
  ROW_A = 11,
  ROW_Y = 12,
  W_STRIDE = 13,
  YP = 14;
// v128 locals: two sums per row (outputs col…col+1 and col+2…col+3), then weights, one activation and the bias
const SUMS = 15;

/** The kernel for a strip of `rows` rows of A and Y: every output column, four at a time. */
function stripKernel(rows: number): WasmFunction {
  const sum = (r: number, half: number) => SUMS + 2 * r + half;
  const W01 = SUMS + 2 * rows,
    W23 = W01 + 1,
    X = W23 + 1,
    B01 = X + 1,
    B23 = B01 + 1;
  /** Pushes `base` + r × `stride` (a row's address). */
  const rowAt = (base: number, stride: number, r: number) => (r === 0 ? [op.get(base)] : [op.get(base), op.get(stride), op.i32(r), op.i32Mul, op.i32Add]);
  const body: number[][] = [
    ...[op.get(K), op.i32(3), op.i32Shl, op.set(ROW_A)],
    ...[op.get(M), op.i32(3), op.i32Shl, op.set(ROW_Y)],
    ...[op.get(M), op.i32(2), op.i32Shl, op.set(W_STRIDE)],
    ...[op.i32(0), op.set(COL)],
    op.block,
    op.loop,
    ...[op.get(COL), op.get(M), op.i32GeS, op.brIf(1)],
    ...Array.from({ length: 2 * rows }, (_, i) => [op.v128Zero, op.set(SUMS + i)]).flat(),
    ...[op.i32(0), op.set(KK)],
    ...[op.get(W), op.get(COL), op.i32(2), op.i32Shl, op.i32Add, op.set(WP)],
    ...[op.get(A), op.set(AP)],
    op.block,
    op.loop,
    ...[op.get(KK), op.get(K), op.i32GeS, op.brIf(1)],
    // Bᵀ[k][col…col+3] as two pairs of float64
    ...[op.get(WP), op.v128Load64Zero(0), op.f64x2PromoteLow, op.set(W01)],
    ...[op.get(WP), op.v128Load64Zero(8), op.f64x2PromoteLow, op.set(W23)],
    ...Array.from({ length: rows }, (_, r) => [
      ...rowAt(AP, ROW_A, r),
      op.f64Load(0),
      op.f64x2Splat,
      op.set(X),
      ...[op.get(sum(r, 0)), op.get(X), op.get(W01), op.f64x2Mul, op.f64x2Add, op.set(sum(r, 0))],
      ...[op.get(sum(r, 1)), op.get(X), op.get(W23), op.f64x2Mul, op.f64x2Add, op.set(sum(r, 1))],
    ]).flat(),
    ...[op.get(AP), op.i32(8), op.i32Add, op.set(AP)],
    ...[op.get(WP), op.get(W_STRIDE), op.i32Add, op.set(WP)],
    ...[op.get(KK), op.i32(1), op.i32Add, op.set(KK)],
    op.br(0),
    op.end,
    op.end,
    ...[op.get(Y), op.get(COL), op.i32(3), op.i32Shl, op.i32Add, op.set(YP)],
    ...[op.get(ACC), op.if],
    ...Array.from({ length: rows }, (_, r) =>
      [0, 1].flatMap((half) => [...rowAt(YP, ROW_Y, r), ...rowAt(YP, ROW_Y, r), op.v128Load(16 * half), op.get(sum(r, half)), op.f64x2Add, op.v128Store(16 * half)]),
    ).flat(),
    op.else,
    ...[op.v128Zero, op.set(B01), op.v128Zero, op.set(B23)],
    ...[op.get(BIAS), op.i32Eqz, op.i32Eqz, op.if],
    ...[op.get(BIAS), op.get(COL), op.i32(2), op.i32Shl, op.i32Add, op.set(WP)],
    ...[op.get(WP), op.v128Load64Zero(0), op.f64x2PromoteLow, op.set(B01)],
    ...[op.get(WP), op.v128Load64Zero(8), op.f64x2PromoteLow, op.set(B23)],
    op.end,
    ...Array.from({ length: rows }, (_, r) => [0, 1].flatMap((half) => [...rowAt(YP, ROW_Y, r), op.get(sum(r, half)), op.get(half === 0 ? B01 : B23), op.f64x2Add, op.v128Store(16 * half)])).flat(),
    op.end,
    ...[op.get(COL), op.i32(4), op.i32Add, op.set(COL)],
    op.br(0),
    op.end,
    op.end,
  ];
  return {
    name: `rows${rows}`,
    params: [I32, I32, I32, I32, I32, I32, I32],
    locals: [...new Array<number>(YP - COL + 1).fill(I32), ...new Array<number>(2 * rows + 5).fill(V128)],
    body,
  };
}

/** The module's two functions: strips of four rows, and of one (the rows left over). */
const FUNCTIONS = [stripKernel(4), stripKernel(1)];

/** A kernel with gemmABt's arguments and results. */
export type Gemm = typeof gemmABt;

export interface SimdWeights {
  /** Weight matrices as [out][in] (gemmABt's B), with their number of outputs. */
  matrices: { data: Float32Array; outputs: number }[];
  biases: Float32Array[];
  /** The most rows of A a call will have (a model's context). */
  maxRows: number;
}

let supported: boolean | undefined;
let compiled: WebAssembly.Module | undefined;

/** The module's bytes (a test keeps them under the 4 kB below). */
export const simdModuleBytes = () => moduleBytes(FUNCTIONS, 1);

/**
 * The compiled module, or null where WebAssembly SIMD is missing or compiling failed.
 * Compiled synchronously, which browsers allow on the main thread for modules under
 * 4 kB; this one is 1.4 kB.
 */
function simdModule(): WebAssembly.Module | null {
  if (supported === undefined) {
    const bytes = simdModuleBytes();
    try {
      supported = typeof WebAssembly !== 'undefined' && WebAssembly.validate(bytes);
      if (supported) compiled = new WebAssembly.Module(bytes);
    } catch {
      supported = false;
    }
  }
  return supported ? compiled! : null;
}

const align16 = (n: number) => Math.ceil(n / 16) * 16;

/**
 * A gemmABt for products with `weights`' matrices and biases (recognised by identity):
 * the SIMD kernel where it can serve the call, the JavaScript kernel otherwise. Null
 * where WebAssembly SIMD is missing.
 */
export function simdGemm({ matrices, biases, maxRows }: SimdWeights): Gemm | null {
  const module = simdModule();
  if (!module) return null;
  const where = new Map<Buf, number>();
  let end = 16; // address 0 means "no bias"
  const place = (length: number) => {
    const at = end;
    end = align16(end + length * 4);
    return at;
  };
  const layout = matrices.map(({ data, outputs }) => ({ data, outputs, at: place(data.length) }));
  const biasAt = biases.map((data) => ({ data, at: place(data.length) }));
  const maxK = Math.max(1, ...matrices.map(({ data, outputs }) => data.length / outputs));
  const maxM = Math.max(4, ...matrices.map(({ outputs }) => outputs));
  const aAt = end;
  const yAt = align16(aAt + maxRows * maxK * 8);
  const memory = new WebAssembly.Memory({ initial: Math.ceil((yAt + maxRows * maxM * 8) / 65536) });
  const floats = new Float32Array(memory.buffer);
  for (const { data, outputs, at } of layout) {
    const inputs = data.length / outputs;
    const base = at / 4;
    for (let m = 0; m < outputs; m++) for (let k = 0; k < inputs; k++) floats[base + k * outputs + m] = data[m * inputs + k];
    where.set(data, at);
  }
  for (const { data, at } of biasAt) {
    floats.set(data, at / 4);
    where.set(data, at);
  }
  const doubles = new Float64Array(memory.buffer);
  const { rows4, rows1 } = new WebAssembly.Instance(module, { env: { memory } }).exports as Record<'rows4' | 'rows1', (...args: number[]) => void>;

  return (y, a, w, bias, N, K, M, accumulate) => {
    const wAt = where.get(w);
    const bAt = bias === null ? 0 : where.get(bias);
    const fits = wAt !== undefined && bAt !== undefined && M % 4 === 0 && N <= maxRows && K <= maxK && M <= maxM && a instanceof Float64Array && y instanceof Float64Array;
    if (!fits || w.length !== M * K) return gemmABt(y, a, w, bias, N, K, M, accumulate);
    doubles.set(a.subarray(0, N * K), aAt / 8);
    if (accumulate) doubles.set(y.subarray(0, N * M), yAt / 8);
    const flag = accumulate ? 1 : 0;
    let n = 0;
    for (; n + 3 < N; n += 4) rows4(yAt + n * M * 8, aAt + n * K * 8, wAt, bAt, K, M, flag);
    for (; n < N; n++) rows1(yAt + n * M * 8, aAt + n * K * 8, wAt, bAt, K, M, flag);
    y.set(doubles.subarray(yAt / 8, yAt / 8 + N * M));
  };
}
