/**
 * Tests for scripts/model/attend.ts on the shipped models: one JSON line per
 * non-empty line, tokens exactly as encode() cut the line, attention of the
 * model's shape with rows summing to 1, `next` as the softmax of forward()'s last
 * logits (computed here with lib/model's sampling), and the last lens list equal
 * to `next`'s first five.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forward } from '@/lib/model/forward';
import { nextTokenDistribution } from '@/lib/model/sampling';
import { encode } from '@/lib/model/tokenizer';
import { runAttend, type AttendRecord } from '@/scripts/model/attend';
import { readModel } from '@/scripts/model/eval';

const TEXTS = { en: ['The cat sat on the mat.', '', '  She gave him the book'], zh: ['小猫没有过马路，因为它太累了。', '', '我喜欢读书'] };

function writeText(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'model-attend-')), 'text.txt');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe.each(['en', 'zh'] as const)('model:attend on the %s model', (locale) => {
  const model = readModel(locale);
  const { nLayers: L, nHeads: H } = model.config;
  const lines = TEXTS[locale].filter((line) => line.trim() !== '');
  const records = runAttend(['--model', locale, '--text', writeText(TEXTS[locale])]).lines.map((l) => JSON.parse(l) as AttendRecord);

  it('writes one record per non-empty line, with the tokens encode() made', () => {
    expect(records).toHaveLength(lines.length);
    records.forEach((record, i) => {
      expect(Object.keys(record)).toEqual(['tokens', 'attention', 'next', 'lens']);
      expect(record.tokens).toEqual(encode(model, lines[i], { keep: 'end' }).tokens);
    });
  });

  it('gives attention [layer][head][query][key] whose rows sum to 1 and never look ahead', () => {
    for (const record of records) {
      const n = record.tokens.length;
      expect(record.attention).toHaveLength(L);
      for (const layer of record.attention) {
        expect(layer).toHaveLength(H);
        for (const map of layer) {
          expect(map).toHaveLength(n);
          map.forEach((row, q) => {
            expect(row).toHaveLength(n);
            expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 9);
            row.forEach((w, k) => k > q && expect(w).toBe(0));
          });
        }
      }
    }
  });

  it('lists the 20 most likely next tokens with the model’s probabilities', () => {
    records.forEach((record, i) => {
      const { ids } = encode(model, lines[i], { keep: 'end' });
      const logits = forward(model, ids).logits[ids.length - 1];
      const probs = nextTokenDistribution(logits, { temperature: 1 });
      const sorted = [...probs].sort((a, b) => b - a);
      expect(record.next).toHaveLength(20);
      record.next.forEach((c, r) => {
        expect(c.p).toBeCloseTo(sorted[r], 12);
        expect(probs[model.vocab.indexOf(c.token)]).toBeCloseTo(c.p, 12);
      });
    });
  });

  it('reads the lens at the last position: one list of five per stream, the last equal to next’s first five', () => {
    for (const record of records) {
      expect(record.lens).toHaveLength(L + 1);
      record.lens.forEach((list) => expect(list).toHaveLength(5));
      expect(record.lens[L]).toEqual(record.next.slice(0, 5));
    }
  });
});

describe('model:attend errors', () => {
  it('names the command in usage errors and refuses empty files', () => {
    expect(() => runAttend(['--model', 'fr', '--text', 'x'])).toThrow(/--model must be en or zh, got fr\. usage: npm run model:attend/);
    expect(() => runAttend(['--model', 'en', '--text', '/no/such/file.txt'])).toThrow(/text file not found/);
    expect(() => runAttend(['--model', 'en', '--text', writeText(['', '   '])])).toThrow(/no non-empty line/);
  });
});
