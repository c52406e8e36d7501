/**
 * Quantises trained float32 weights to int8 with one scale per row and writes
 * public/models/<locale>/model.json and weights.bin.
 *
 * Why this file exists: the site ships each model in well under 300 kB. Every
 * tensor row r is stored as int8 q with value ≈ q·scale_r, scale_r =
 * max|row|/127 rounded to 6 significant digits (the rounded scale is the one
 * used to quantise, so dequantisation is exact to what was stored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parameterLayout } from '../../lib/model/layout';
import type { ModelConfig, ModelFileJson, TensorEntry } from '../../lib/model/types';

/** int8 values and per-row scales of one flat parameter buffer laid out by parameterLayout. */
export function quantise(config: ModelConfig, flat: Float32Array): { bytes: Int8Array; tensors: TensorEntry[] } {
  const bytes = new Int8Array(flat.length);
  const tensors: TensorEntry[] = [];
  let offset = 0;
  for (const e of parameterLayout(config)) {
    const scales: number[] = [];
    for (let r = 0; r < e.rows; r++) {
      const o = offset + r * e.cols;
      let max = 0;
      for (let c = 0; c < e.cols; c++) max = Math.max(max, Math.abs(flat[o + c]));
      const scale = max === 0 ? 0 : Number((max / 127).toPrecision(6));
      scales.push(scale);
      for (let c = 0; c < e.cols; c++) {
        bytes[o + c] = scale === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(flat[o + c] / scale)));
      }
    }
    tensors.push({ name: e.name, shape: [e.rows, e.cols], offset, scales });
    offset += e.rows * e.cols;
  }
  return { bytes, tensors };
}

export interface ExportInput {
  dir: string;
  locale: string;
  config: ModelConfig;
  vocab: string[];
  counts: number[];
  flat: Float32Array;
  training: Record<string, number | string>;
}

/** Writes model.json and weights.bin; returns their sizes in bytes. */
export function writeModelFiles(input: ExportInput): { jsonBytes: number; weightsBytes: number } {
  const { bytes, tensors } = quantise(input.config, input.flat);
  const json: ModelFileJson = {
    format: 'tiny-gpt-int8',
    version: 1,
    locale: input.locale,
    config: input.config,
    vocab: input.vocab,
    unkId: 0,
    unigramCounts: input.counts,
    weightsFile: 'weights.bin',
    weightsBytes: bytes.byteLength,
    tensors,
    training: input.training,
  };
  mkdirSync(input.dir, { recursive: true });
  const text = JSON.stringify(json);
  writeFileSync(join(input.dir, 'model.json'), text);
  writeFileSync(join(input.dir, 'weights.bin'), new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { jsonBytes: Buffer.byteLength(text), weightsBytes: bytes.byteLength };
}
