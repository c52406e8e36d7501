/** Tests for scripts/model/eval.ts: output format, the JSON last line, and clear errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bpeEncode } from '@/lib/model/bpe';
import { lostCharacters, parseEvalArgs, readModel, runEval } from '@/scripts/model/eval';

describe('model:eval', () => {
  it('prints losses with a JSON last line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-eval-'));
    const file = join(dir, 'text.txt');
    writeFileSync(file, 'The cat sat on the mat. The dog sat on the rug.\n');
    const { lines, result } = runEval(['--model', 'en', '--text', file]);
    const last = JSON.parse(lines[lines.length - 1]) as { loss: number; unigram: number; tokens: number; chars: number; unknown: number };
    expect(Object.keys(last)).toEqual(['loss', 'unigram', 'tokens', 'chars', 'unknown']);
    const text = 'The cat sat on the mat. The dog sat on the rug.';
    expect(last.tokens).toBe(bpeEncode(readModel('en').bpe, text).length - 1); // the first token is not predicted
    expect(last.chars).toBe(47); // the trailing newline is trimmed
    expect(last.unknown).toBe(0);
    expect(last.loss).toBeCloseTo(result.loss, 3);
    expect(last.loss).toBeLessThan(last.unigram);
  });

  it('counts characters the tokens lose, position by position', () => {
    expect(lostCharacters('abc', 'abc')).toBe(0);
    expect(lostCharacters('a猫c', 'a\uFFFDc')).toBe(1);
    expect(lostCharacters('abcd', 'ab')).toBe(2);
  });

  it('rejects bad flags and missing files with a clear message', () => {
    expect(() => parseEvalArgs(['--model', 'fr', '--text', 'x'])).toThrow(/--model must be en or zh, got fr/);
    expect(() => parseEvalArgs(['--text', 'x'])).toThrow(/--model must be en or zh/);
    expect(() => parseEvalArgs(['--model', 'en'])).toThrow(/--text FILE is required/);
    expect(() => parseEvalArgs(['--model', 'en', '--speed', 'x'])).toThrow(/unknown flag --speed/);
    expect(() => parseEvalArgs(['--model'])).toThrow(/--model needs a value/);
    expect(() => runEval(['--model', 'en', '--text', '/no/such/file.txt'])).toThrow(/text file not found: \/no\/such\/file.txt/);
  });
});
