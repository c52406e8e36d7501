/** Tests for lib/math/positional: values from the definitions in the 2017 and RoFormer papers. */
import { describe, expect, it } from 'vitest';
import { applyRotary, rotaryAngles, rotaryTable, rotateInPlace, sinusoidalEncoding, sinusoidalRowsInto, sinusoidalTable } from '@/lib/math/positional';
import { dot } from '@/lib/math/linalg';

describe('sinusoidalEncoding', () => {
  it('matches PE(pos,2i)=sin(pos/10000^(2i/d)), PE(pos,2i+1)=cos(...) for d = 4', () => {
    // d = 4: pair 0 has frequency 1, pair 1 has 10000^(-2/4) = 1/100.
    const pe = sinusoidalEncoding(3, 4);
    expect(pe).toHaveLength(3);
    expect(pe[0]).toEqual([0, 1, 0, 1]);
    const expected1 = [Math.sin(1), Math.cos(1), Math.sin(0.01), Math.cos(0.01)];
    const expected2 = [Math.sin(2), Math.cos(2), Math.sin(0.02), Math.cos(0.02)];
    pe[1].forEach((x, i) => expect(x).toBeCloseTo(expected1[i], 14));
    pe[2].forEach((x, i) => expect(x).toBeCloseTo(expected2[i], 14));
  });

  it('keeps every pair on the unit circle', () => {
    for (const row of sinusoidalEncoding(20, 16)) {
      for (let i = 0; i < 16; i += 2) expect(row[i] ** 2 + row[i + 1] ** 2).toBeCloseTo(1, 12);
    }
  });

  it('rejects bad sizes', () => {
    expect(() => sinusoidalEncoding(-1, 4)).toThrow(RangeError);
    expect(() => sinusoidalEncoding(2, 0)).toThrow(RangeError);
  });
});

describe('sinusoidalTable', () => {
  it('holds PE(pos, dim) at [pos · d + dim]', () => {
    // d = 4, pos = 2: sin(2), cos(2), sin(2/100), cos(2/100)
    const table = sinusoidalTable(3, 4);
    expect(table).toHaveLength(12);
    [Math.sin(2), Math.cos(2), Math.sin(0.02), Math.cos(0.02)].forEach((v, dim) => expect(table[2 * 4 + dim]).toBeCloseTo(v, 14));
  });

  it('has the same numbers as sinusoidalEncoding, row by row', () => {
    expect(Array.from(sinusoidalTable(7, 10))).toEqual(sinusoidalEncoding(7, 10).flat());
  });

  it('rejects bad sizes', () => {
    expect(() => sinusoidalTable(1.5, 4)).toThrow(RangeError);
    expect(() => sinusoidalTable(2, -2)).toThrow(RangeError);
  });
});

describe('rotary embeddings', () => {
  it('computes angles m·θ_i with θ_i = base^(-2i/d)', () => {
    // d = 4: θ_0 = 1, θ_1 = 10000^(-1/2) = 0.01.
    const a = rotaryAngles(3, 4);
    expect(a[0]).toBeCloseTo(3, 14);
    expect(a[1]).toBeCloseTo(0.03, 14);
  });

  it('rotates each pair by its angle', () => {
    // [1,0] rotated by 2 rad → [cos 2, sin 2]; [0,1] rotated by 0.02 → [-sin 0.02, cos 0.02].
    const r = applyRotary([1, 0, 0, 1], 2);
    const expected = [Math.cos(2), Math.sin(2), -Math.sin(0.02), Math.cos(0.02)];
    r.forEach((x, i) => expect(x).toBeCloseTo(expected[i], 14));
    expect(applyRotary([0.5, -2], 0)).toEqual([0.5, -2]);
  });

  it('preserves length', () => {
    const v = [0.3, -1.1, 2, 0.7, -0.2, 0.9];
    expect(Math.hypot(...applyRotary(v, 17))).toBeCloseTo(Math.hypot(...v), 12);
  });

  it('makes q·k depend only on the offset between positions', () => {
    const q = [0.4, -1.3, 0.8, 0.25, -0.6, 1.7, 0.05, -0.9];
    const k = [1.1, 0.2, -0.7, 0.5, 0.3, -1.4, 0.6, 0.8];
    for (const [m, n] of [
      [5, 2],
      [0, 9],
      [13, 13],
    ]) {
      const base = dot(applyRotary(q, m), applyRotary(k, n));
      for (const s of [1, 7, 40]) expect(dot(applyRotary(q, m + s), applyRotary(k, n + s))).toBeCloseTo(base, 10);
    }
    // …and it does depend on the offset.
    expect(dot(applyRotary(q, 3), applyRotary(k, 0))).not.toBeCloseTo(dot(applyRotary(q, 4), applyRotary(k, 0)), 3);
  });

  it('rejects odd dimensions', () => {
    expect(() => applyRotary([1, 2, 3], 1)).toThrow(RangeError);
  });
});

describe('rotaryTable and rotateInPlace', () => {
  const table = rotaryTable(10, 6);
  const vec = [0.3, -1.2, 2, 0.5, -0.7, 1.1];

  it('turn a vector in place exactly as applyRotary does, at any position and offset into the buffer', () => {
    for (const position of [0, 1, 7, 9]) {
      const buf = Float64Array.from([9, 9, ...vec, 9]);
      rotateInPlace(buf, 2, 6, position, table);
      applyRotary(vec, position).forEach((v, i) => expect(buf[2 + i]).toBeCloseTo(v, 14));
      expect([buf[0], buf[1], buf[8]]).toEqual([9, 9, 9]);
    }
  });

  it('undo the turn with inverse (the rotation is orthogonal: its transpose turns back)', () => {
    const buf = Float64Array.from(vec);
    rotateInPlace(buf, 0, 6, 7, table);
    rotateInPlace(buf, 0, 6, 7, table, true);
    vec.forEach((v, i) => expect(buf[i]).toBeCloseTo(v, 14));
  });

  it('hold cos and sin of position · θ_i, θ_i = 10000^(−2i/d)', () => {
    // position 3, pair 1 of 6 dimensions: θ = 10000^(−2/6)
    expect(table.cos[3 * 3 + 1]).toBeCloseTo(Math.cos(3 * Math.pow(10000, -1 / 3)), 15);
    expect(table.sin[3 * 3 + 1]).toBeCloseTo(Math.sin(3 * Math.pow(10000, -1 / 3)), 15);
  });
});

describe('sinusoidalRowsInto', () => {
  it('writes rows from … to−1 of the table in place and nothing else', () => {
    // d = 4: PE(pos) = (sin pos, cos pos, sin(pos/100), cos(pos/100))
    const out = new Float64Array(6 * 4).fill(9);
    expect(sinusoidalRowsInto(out, 2, 4, 4)).toBe(out);
    for (let pos = 0; pos < 6; pos++) {
      const expected = pos >= 2 && pos < 4 ? [Math.sin(pos), Math.cos(pos), Math.sin(pos / 100), Math.cos(pos / 100)] : [9, 9, 9, 9];
      expected.forEach((v, d) => expect(out[pos * 4 + d]).toBeCloseTo(v, 15));
    }
  });

  it('refuses rows that do not fit the buffer', () => {
    expect(() => sinusoidalRowsInto(new Float64Array(8), 1, 3, 4)).toThrow(RangeError);
    expect(() => sinusoidalRowsInto(new Float64Array(8), 2, 1, 4)).toThrow(RangeError);
    expect(() => sinusoidalRowsInto(new Float64Array(8), 0, 1, 0)).toThrow(RangeError);
  });
});
