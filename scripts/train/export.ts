/**
 * Quantises trained float32 weights and writes public/models/<locale>/model.json and
 * weights.bin.
 *
 * Every tensor row is quantised by lib/model/quantise.ts (`quantiseRowBits`: b-bit values,
 * one bfloat16 scale per row). The weights file holds all row scales first (2 bytes each,
 * instead of a dozen characters of JSON), then each tensor's values packed `bits` bits
 * apiece from a byte boundary, both in the order of lib/model/layout.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BYTE_TOKENS } from '../../lib/model/bpe';
import { parameterLayout, type LayoutEntry } from '../../lib/model/layout';
import { packSteps, packedBytes, quantiseRowBits } from '../../lib/model/quantise';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, type ModelConfig, type ModelFileJson, type TensorEntry } from '../../lib/model/types';

/**
 * Bits per value of a tensor. The weight matrices of the blocks take 6: on both shipped
 * models that moved each held-out loss ratio by less than 0.003 and each head score by
 * less than 0.01 (data/README.md, "Weights in 6 bits"), and it is what brings the Chinese
 * self-attention chapter under its 600 kB. The token embeddings keep 8, since they are
 * also the output layer, whose every error lands on a logit, and so do learned position
 * embeddings (scripts/train/export-position-table.ts reads them back as int8) and the
 * vectors (biases and layer-norm gains: one row and one scale each, a few kB in all).
 */
export function tensorBits(entry: LayoutEntry): number {
  return /^h\d+\./.test(entry.name) && entry.rows > 1 ? 6 : 8;
}

/** The weights file's bytes and the tensor entries that locate each tensor in it. */
export function quantise(config: ModelConfig, flat: Float32Array): { bytes: Uint8Array; tensors: TensorEntry[] } {
  const layout = parameterLayout(config);
  const rows = layout.reduce((n, e) => n + e.rows, 0);
  const scaleBytes = rows * 2;
  const size = layout.reduce((n, e) => n + packedBytes(e.rows * e.cols, tensorBits(e)), scaleBytes);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const tensors: TensorEntry[] = [];
  let offset = 0;
  let row = 0;
  let at = scaleBytes;
  for (const e of layout) {
    const bits = tensorBits(e);
    const { scales, steps } = quantiseRowBits(flat.subarray(offset, offset + e.rows * e.cols), e.rows, e.cols, bits);
    tensors.push({ name: e.name, shape: [e.rows, e.cols], bits, offset: at, scalesOffset: row * 2 });
    scales.forEach((h, r) => view.setUint16((row + r) * 2, h, true));
    packSteps(steps, bits, bytes, at);
    at += packedBytes(e.rows * e.cols, bits);
    row += e.rows;
    offset += e.rows * e.cols;
  }
  return { bytes, tensors };
}

export interface ExportInput {
  dir: string;
  locale: string;
  config: ModelConfig;
  /** The whole vocabulary (byte tokens, characters, merged tokens). */
  vocab: string[];
  merges: number[];
  counts: number[];
  flat: Float32Array;
  training: Record<string, number | string>;
}

/** Writes model.json and weights.bin; returns their sizes in bytes. */
export function writeModelFiles(input: ExportInput): { jsonBytes: number; weightsBytes: number } {
  const { bytes, tensors } = quantise(input.config, input.flat);
  const json: ModelFileJson = {
    format: MODEL_FORMAT,
    version: MODEL_FORMAT_VERSION,
    locale: input.locale,
    config: input.config,
    chars: input.vocab.slice(BYTE_TOKENS, input.vocab.length - input.merges.length / 2).join(''),
    merges: input.merges,
    byteFallback: true,
    unigramCounts: input.counts,
    weightsFile: 'weights.bin',
    weightsBytes: bytes.byteLength,
    tensors,
    training: input.training,
  };
  mkdirSync(input.dir, { recursive: true });
  const text = JSON.stringify(json);
  writeFileSync(join(input.dir, 'model.json'), text);
  writeFileSync(join(input.dir, 'weights.bin'), bytes);
  return { jsonBytes: Buffer.byteLength(text), weightsBytes: bytes.byteLength };
}

/** A float32 checkpoint as ./run.ts writes it (raw little-endian, in parameterLayout order). */
export function readCheckpoint(file: string): Float32Array {
  const bytes = readFileSync(file);
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
