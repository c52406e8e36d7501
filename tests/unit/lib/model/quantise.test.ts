import { describe, expect, it } from 'vitest';
import { fromBfloat16, maxStep, packSteps, packedBytes, quantiseRowBits, quantiseRows, toBfloat16, unpackSteps } from '../../../../lib/model/quantise';

describe('quantiseRows (the position table rule)', () => {
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

describe('bfloat16', () => {
  it('keeps the top 16 bits of a float32, rounded to the nearest (ties to even)', () => {
    expect(toBfloat16(1)).toBe(0x3f80);
    expect(toBfloat16(-2)).toBe(0xc000);
    // 0.01 is 0x3C23D70A as a float32: the dropped half 0xD70A is more than half, so it rounds up
    expect(toBfloat16(0.01)).toBe(0x3c24);
    expect(fromBfloat16(0x3c24)).toBe(0.010009765625);
    // exactly halfway (0x3F808000 = 1.00390625): to the even 0x3F80; from 0x3F818000, to the even 0x3F82
    expect(toBfloat16(1.00390625)).toBe(0x3f80);
    expect(toBfloat16(1.01171875)).toBe(0x3f82);
    expect(fromBfloat16(0)).toBe(0);
  });
});

describe('quantiseRowBits (the weights file rule)', () => {
  it('keeps the full range when clipping does not lower the error', () => {
    // 2 bits: steps −1, 0, 1. Scale 1 leaves only 0.1 off (error 0.01); any smaller scale also misses ±1
    const { scales, steps } = quantiseRowBits(Float32Array.of(1, -1, 0.1), 1, 3, 2);
    expect([...scales]).toEqual([0x3f80]);
    expect([...steps]).toEqual([1, -1, 0]);
  });

  it('clips the largest value when that brings the others closer', () => {
    // row (1, 0.6, 0.6, 0.6) in 2 bits: every value rounds to step 1, so the error is
    // (1 − s)² + 3(0.6 − s)², least at s = 0.7; of the candidate scales 0.7 is one
    // (1 − 12/40), stored as the bfloat16 0x3F33 = 0.69921875
    const { scales, steps } = quantiseRowBits(Float32Array.of(1, 0.6, 0.6, 0.6), 1, 4, 2);
    expect([...scales]).toEqual([0x3f33]);
    expect(fromBfloat16(scales[0])).toBe(0.69921875);
    expect([...steps]).toEqual([1, 1, 1, 1]);
  });

  it('gives every row its own scale, and an all-zero row scale 0', () => {
    const { scales, steps } = quantiseRowBits(Float32Array.of(0, 0, 31, -15.4), 2, 2, 6);
    // row 1: max 31 over 31 steps of 6 bits: scale 1 exactly, −15.4 → −15
    expect([...scales]).toEqual([0, 0x3f80]);
    expect([...steps]).toEqual([0, 0, 31, -15]);
  });

  it('refuses bits outside 2 to 8 and a non-finite number', () => {
    expect(() => quantiseRowBits([1], 1, 1, 9)).toThrow('bits must be an integer from 2 to 8, got 9');
    expect(() => quantiseRowBits([1, Number.POSITIVE_INFINITY], 2, 1, 6)).toThrow('row 1 holds Infinity, not a finite number');
  });
});

describe('packSteps and unpackSteps', () => {
  it('packs 6-bit values least significant bit first', () => {
    // steps 0, 31, −31, 5 are stored as 31, 62, 0, 36 (step + 31):
    // byte 0 = 31 | (62 & 3) << 6 = 159; byte 1 = 62 >> 2 = 15; byte 2 = 36 << 2 = 144
    expect(maxStep(6)).toBe(31);
    expect(packedBytes(4, 6)).toBe(3);
    const out = new Uint8Array(5);
    packSteps([0, 31, -31, 5], 6, out, 1);
    expect([...out]).toEqual([0, 159, 15, 144, 0]);
    expect([...unpackSteps(out, 1, 4, 6)]).toEqual([0, 31, -31, 5]);
  });

  it('reads back every step of every width', () => {
    for (let bits = 2; bits <= 8; bits++) {
      const limit = maxStep(bits);
      const steps = Array.from({ length: 37 }, (_, i) => ((i * 7) % (2 * limit + 1)) - limit);
      const out = new Uint8Array(packedBytes(steps.length, bits));
      packSteps(steps, bits, out, 0);
      expect([...unpackSteps(out, 0, steps.length, bits)]).toEqual(steps);
    }
  });

  it('refuses a number that no step could have been written as', () => {
    // 6 bits all set: 63, one more than 2 × 31
    expect(() => unpackSteps(Uint8Array.of(63), 0, 1, 6)).toThrow('value 0 is 63, beyond the 62 that 6 bits may hold');
  });
});
