/**
 * Checks on the committed models in public/models/: size, quantisation loss,
 * a clear win over the unigram baseline on held-out text, and attention that
 * sums to 1 and never looks ahead on the site's sample sentences.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forward } from '@/lib/model/forward';
import { encode } from '@/lib/model/tokenizer';
import type { TinyModel } from '@/lib/model/types';
import { createModel } from '@/lib/model/weights';
import { evaluateText, readModel } from '@/scripts/model-eval';

const root = join(__dirname, '../../../..');
const SAMPLES = {
  en: ["The animal didn't cross the street because it was too tired.", 'The cat sat on the mat.', 'She gave him the book because he asked for it.', 'The keys to the cabinet are on the table.'],
  zh: ['小猫没有过马路，因为它太累了。', '我喜欢读书，也喜欢写字。', '老师把书给了学生，因为他想读。'],
};

/** The same model with the unquantised float32 weights from data/checkpoints/. */
function floatTwin(model: TinyModel, locale: string): TinyModel {
  const bytes = readFileSync(join(root, 'data/checkpoints', `${locale}.f32`));
  const flat = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return createModel({ locale, config: model.config, vocab: model.vocab, unkId: model.unkId, unigramCounts: model.unigramCounts }, flat);
}

describe.each(['en', 'zh'] as const)('shipped %s model', (locale) => {
  const model = readModel(locale);
  const heldOut = Array.from(readFileSync(join(root, 'data/heldout', `${locale}.txt`), 'utf8')).slice(0, 1024).join('');

  it('fits in 300 kB (model.json + weights.bin)', () => {
    const dir = join(root, 'public/models', locale);
    const size = statSync(join(dir, 'model.json')).size + statSync(join(dir, 'weights.bin')).size;
    expect(size).toBeLessThanOrEqual(300 * 1024);
  });

  it('loses less than 1% to int8 quantisation on held-out text, and beats the unigram baseline clearly', () => {
    const q = evaluateText(model, heldOut);
    const f = evaluateText(floatTwin(model, locale), heldOut);
    expect(Math.abs(q.loss - f.loss) / f.loss).toBeLessThan(0.01);
    expect(q.loss).toBeLessThan(q.unigram * 0.6);
  });

  it('has attention rows that sum to 1 and never look ahead on the sample sentences', () => {
    for (const sentence of SAMPLES[locale]) {
      const { ids, truncated } = encode(model, sentence);
      expect(truncated).toBe(false);
      expect(ids).not.toContain(model.unkId);
      for (const layer of forward(model, ids).layers) {
        for (const map of layer.attention) {
          map.forEach((row, i) => {
            expect(Math.abs(row.reduce((s, w) => s + w, 0) - 1)).toBeLessThan(1e-9);
            expect(row.slice(i + 1).every((w) => w === 0)).toBe(true);
          });
        }
      }
    }
  });
});
