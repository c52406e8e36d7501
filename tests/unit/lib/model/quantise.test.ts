import { describe, expect, it } from 'vitest';
import { quantiseRows } from '../../../../lib/model/quantise';

describe('quantiseRows', () => {
  it('stores each row as int8 steps of max|row|/127, with that scale', () => {
    // row 0: max 2, step 2/127: 1 → 63.5 → 64, −2 → −127, 0.5 → 31.75 → 32; row 1 all zero: scale 0, values 0
    const src = Float32Array.of(1, -2, 0.5, 0, 0, 0);
    const scales = new DataView(new ArrayBuffer(4 + 8));
    const values = new Int8Array(1 + 6);
    quantiseRows(src, 2, 3, scales, 4, values, 1);
    expect(scales.getFloat32(4, true)).toBe(Math.fround(2 / 127));
    expect(scales.getFloat32(8, true)).toBe(0);
    expect([...values]).toEqual([0, 64, -127, 32, 0, 0, 0]);
    // every value comes back within half a step
    for (let c = 0; c < 3; c++) expect(Math.abs(values[1 + c] * scales.getFloat32(4, true) - src[c])).toBeLessThanOrEqual(1 / 127 + 1e-7);
  });

  it('refuses a row that holds a non-finite number', () => {
    const scales = new DataView(new ArrayBuffer(8));
    expect(() => quantiseRows(Float32Array.of(1, 2, 3, Number.NaN), 2, 2, scales, 0, new Int8Array(4), 0)).toThrow('row 1 holds NaN, not a finite number');
  });
});
