import { describe, expect, it } from 'vitest';
import { MAX_TEMPERATURE, roundTemperature } from '@/lib/widgets/samplingKnobs';

describe('roundTemperature', () => {
  it('rounds the temperature to the slider’s hundredths, within 0…2', () => {
    expect(MAX_TEMPERATURE).toBe(2);
    expect(roundTemperature(0.1500000001)).toBe(0.15);
    expect(roundTemperature(0.804)).toBe(0.8);
    expect(roundTemperature(-1)).toBe(0);
    expect(roundTemperature(5)).toBe(2);
  });
});
