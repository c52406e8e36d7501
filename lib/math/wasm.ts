/**
 * Just enough of the WebAssembly binary format to write a small module by hand: the
 * sections of a module that imports its memory and exports functions, LEB128
 * numbers, and the opcodes the site's kernels use (gemmSimd.ts). A kernel is a list of
 * instructions built with `op`; the module is checked by the engine when compiled.
 *
 * The format: https://webassembly.github.io/spec/core/binary/ (and the SIMD proposal's
 * opcode table, now part of the standard).
 */

/** Unsigned LEB128. */
export function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
export function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** A name: its length, then its UTF-8 bytes. */
const name = (text: string) => {
  const bytes = [...new TextEncoder().encode(text)];
  return [...uleb(bytes.length), ...bytes];
};
const vector = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

/** Every module begins with "\0asm" and the format's version, 1. */
const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const VERSION = [0x01, 0x00, 0x00, 0x00];

export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;

/** A memory operand: log2 of the alignment and a constant byte offset. */
const memarg = (align: number, offset = 0) => [...uleb(align), ...uleb(offset)];
const simd = (code: number, ...rest: number[]) => [0xfd, ...uleb(code), ...rest];

/** The instructions the kernels use, each as its bytes. */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  tee: (local: number) => [0x22, ...uleb(local)],
  i32: (value: number) => [0x41, ...sleb(value)],
  i32Eqz: [0x45],
  i32GeS: [0x4e],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  i32Shl: [0x74],
  f64Load: (offset = 0) => [0x2b, ...memarg(3, offset)],
  v128Load: (offset = 0) => simd(0x00, ...memarg(3, offset)),
  v128Store: (offset = 0) => simd(0x0b, ...memarg(3, offset)),
  v128Zero: simd(0x0c, ...new Array<number>(16).fill(0)),
  f64x2Splat: simd(0x14),
  /** Two float32 at the address into the low lanes (zeros above). */
  v128Load64Zero: (offset = 0) => simd(0x5d, ...memarg(2, offset)),
  f64x2PromoteLow: simd(0x5f),
  f64x2Add: simd(0xf0),
  f64x2Mul: simd(0xf2),
};

export interface WasmFunction {
  name: string;
  params: number[];
  /** The extra locals, in order after the parameters. */
  locals: number[];
  body: number[][];
}

/**
 * A module importing its memory as `env.memory` (at least `minPages` of 64 KiB) and
 * exporting `functions`, none of which returns a value.
 */
export function moduleBytes(functions: WasmFunction[], minPages: number): Uint8Array<ArrayBuffer> {
  const types = functions.map((f) => [0x60, ...vector(f.params.map((p) => [p])), 0x00]);
  // kind 0x02 is a memory; limits 0x00: a minimum and no maximum
  const imports = [[...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(minPages)]];
  const exports = functions.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]);
  const bodies = functions.map((f) => {
    const locals = vector(f.locals.map((type) => [1, type]));
    const code = [...locals, ...f.body.flat(), 0x0b];
    return [...uleb(code.length), ...code];
  });
  return new Uint8Array([
    ...MAGIC,
    ...VERSION,
    ...section(1, vector(types)),
    ...section(2, vector(imports)),
    ...section(3, vector(functions.map((_, i) => uleb(i)))),
    ...section(7, vector(exports)),
    ...section(10, vector(bodies)),
  ]);
}
