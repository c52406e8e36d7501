/**
 * The QR encoder against values derived independently of it: the format and version
 * strings listed in the standard's annex tables, the Reed–Solomon check codewords of the
 * standard's worked "HELLO WORLD" 1-M example, the fixed patterns every code must carry,
 * and, when zbar's decoder is on the machine, a full round trip through a real reader.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataCodewords, encodeQr, formatBits, reedSolomon, versionBits, versionFor, type QrMatrix } from '@/lib/qr';

const bin = (bits: number, length: number) => bits.toString(2).padStart(length, '0');

describe('format and version information', () => {
  it('matches the standard table of format strings', () => {
    // level M (00): masks 0 and 5; level L (01): mask 4
    expect(bin(formatBits(0), 15)).toBe('101010000010010');
    expect(bin(formatBits(5), 15)).toBe('100000011001110');
    expect(bin(formatBits(4, 0b01), 15)).toBe('110011000101111');
  });
  it('matches the standard table of version strings', () => {
    expect(bin(versionBits(7), 18)).toBe('000111110010010100');
    expect(bin(versionBits(10), 18)).toBe('001010010011010011');
  });
});

describe('Reed–Solomon', () => {
  it('gives the check codewords of the HELLO WORLD 1-M example', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(reedSolomon(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });
});

describe('data codewords', () => {
  it('writes mode, count, bytes, terminator and the two pad bytes in turn', () => {
    // "A" = 0x41: 0100 00000001 01000001 0000 → 0x40 0x14 0x10, then EC 11 EC 11 …
    const words = dataCodewords(new TextEncoder().encode('A'), 1);
    expect(words.slice(0, 6)).toEqual([0x40, 0x14, 0x10, 0xec, 0x11, 0xec]);
    expect(words).toHaveLength(16);
  });
  it('picks the smallest version that holds the text', () => {
    expect(versionFor(14)).toBe(1);
    expect(versionFor(15)).toBe(2);
    expect(versionFor(62)).toBe(4);
    expect(versionFor(63)).toBe(5);
    expect(() => versionFor(300)).toThrow(/at most/);
  });
});

/** The finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 core. */
function finderAt(matrix: QrMatrix, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++)
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (matrix[top + r][left + c] !== (ring !== 2)) return false;
    }
  return true;
}

describe('the matrix', () => {
  it('has the size, finders, timing and dark module of its version', () => {
    const { matrix, version } = encodeQr('https://example.org/en/self-attention/present/#slide-12');
    const size = 17 + 4 * version;
    expect(matrix).toHaveLength(size);
    expect(finderAt(matrix, 0, 0) && finderAt(matrix, 0, size - 7) && finderAt(matrix, size - 7, 0)).toBe(true);
    for (let i = 8; i < size - 8; i++) expect(matrix[6][i]).toBe(i % 2 === 0);
    expect(matrix[size - 8][8]).toBe(true);
  });
  it('carries its format string in both copies', () => {
    const { matrix, mask } = encodeQr('hello', 3);
    expect(mask).toBe(3);
    const size = matrix.length;
    const bits = formatBits(3);
    const second = [...Array(8)].map((_, i) => matrix[8][size - 1 - i]).concat([...Array(7)].map((_, i) => matrix[size - 7 + i][8]));
    expect(second.map((d, i) => d === (((bits >> i) & 1) === 1)).every(Boolean)).toBe(true);
  });
});

const zbar = ['/usr/bin/zbarimg'].find((file) => existsSync(file));

describe.skipIf(!zbar)('a real QR reader', () => {
  it.each([
    'https://example.org/',
    '注意力：第 9 张',
    'x'.repeat(200),
    'http://192.168.1.20:4230/zh/positional-encoding/present/#slide-9',
    `http://localhost:4230/en/self-attention/?sentence=${'a'.repeat(120)}`,
  ])('reads back %s', (text) => {
    const { matrix } = encodeQr(text);
    const scale = 6;
    const quiet = 4;
    const side = (matrix.length + 2 * quiet) * scale;
    const pixels = new Uint8Array(side * side).fill(255);
    matrix.forEach((row, r) =>
      row.forEach((dark, c) => {
        if (!dark) return;
        for (let y = 0; y < scale; y++) for (let x = 0; x < scale; x++) pixels[((r + quiet) * scale + y) * side + (c + quiet) * scale + x] = 0;
      }),
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qr-')), 'code.pgm');
    writeFileSync(file, Buffer.concat([Buffer.from(`P5 ${side} ${side} 255\n`), Buffer.from(pixels)]));
    const out = execFileSync(zbar!, ['--raw', '-q', file], { encoding: 'utf8' });
    expect(out.trim()).toBe(text);
  });
});
