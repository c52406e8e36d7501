/**
 * Quantises trained float32 weights to int8 with one scale per row and writes
 * public/models/<locale>/model.json and weights.bin.
 *
 * Every tensor row is quantised by lib/model/quantise.ts (int8 values, one float32
 * scale per row). The weights file holds all row
 * scales first (float32, so they cost 4 bytes each instead of a dozen characters of
 * JSON), then all int8 values, both in the order of lib/model/layout.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BYTE_TOKENS } from '../../lib/model/bpe';
import { parameterLayout } from '../../lib/model/layout';
import { quantiseRows } from '../../lib/model/quantise';
import type { ModelConfig, ModelFileJson, TensorEntry } from '../../lib/model/types';

/** The weights file's bytes and the tensor entries that locate each tensor in it. */
export function quantise(config: ModelConfig, flat: Float32Array): { bytes: Uint8Array; tensors: TensorEntry[] } {
  const layout = parameterLayout(config);
  const rows = layout.reduce((n, e) => n + e.rows, 0);
  const scaleBytes = rows * 4;
  const bytes = new Uint8Array(scaleBytes + flat.length);
  const scales = new DataView(bytes.buffer);
  const values = new Int8Array(bytes.buffer, scaleBytes);
  const tensors: TensorEntry[] = [];
  let offset = 0;
  let row = 0;
  for (const e of layout) {
    tensors.push({ name: e.name, shape: [e.rows, e.cols], offset: scaleBytes + offset, scalesOffset: row * 4 });
    quantiseRows(flat.subarray(offset, offset + e.rows * e.cols), e.rows, e.cols, scales, row * 4, values, offset);
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
    format: 'tiny-gpt-int8',
    version: 2,
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
