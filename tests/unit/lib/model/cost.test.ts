/**
 * passMultiplyAdds against a count made the slow way: walking every new row of every
 * block and adding up the products each step of pass.ts computes (projections, each
 * head's scores and weighted sum over the keys up to the row, the MLP, the output
 * layer). And PassSpeed's decisions for the shipped English model: before any timing
 * (a slow device assumed) a typed character or a new 32-token sentence fits in
 * IN_PLACE_MS, a new 64-token sentence does not; once passes were timed fast, it does,
 * and a whole context still does not; passes too short to time are not counted, and
 * one slow pass among faster ones does not move the decision.
 */
import { describe, expect, it } from 'vitest';
import { IN_PLACE_MS, PassSpeed, passMultiplyAdds } from '@/lib/model/cost';
import type { ModelConfig } from '@/lib/model/types';
import { readModel } from '@/scripts/model/eval';
import { TINY } from './reference';

function countedRowByRow(c: ModelConfig, first: number, n: number, attentionOnly: boolean): number {
  const dHead = c.dModel / c.nHeads;
  let total = 0;
  for (let l = 0; l < c.nLayers; l++) {
    for (let p = first; p < n; p++) {
      total += c.dModel * 3 * c.dModel; // q, k, v
      for (let h = 0; h < c.nHeads; h++) total += (p + 1) * dHead * 2; // scores, then weights × values
      total += c.dModel * c.dModel; // output projection
      if (!(attentionOnly && l === c.nLayers - 1)) total += c.dModel * c.dFF + c.dFF * c.dModel;
    }
  }
  if (!attentionOnly) total += n * c.dModel * c.vocabSize;
  return total;
}

describe('passMultiplyAdds', () => {
  it.each([
    [0, 8, true],
    [0, 8, false],
    [5, 8, true],
    [7, 8, false],
    [3, 3, true],
  ])('rows %i…%i (attention only: %s) as counted row by row', (first, n, attentionOnly) => {
    expect(passMultiplyAdds(TINY, first, n, attentionOnly)).toBe(countedRowByRow(TINY, first, n, attentionOnly));
  });

  it('is 0 when every row is kept', () => expect(passMultiplyAdds(TINY, 8, 8, false)).toBe(0));

  it('counts a new 32-token sentence of the English model by hand', () => {
    const { config } = readModel('en');
    // 32 rows × (3 blocks' projections + 2 MLPs) + 3 × 2 × 64 × (1 + … + 32)
    expect(passMultiplyAdds(config, 0, 32, true)).toBe(32 * (3 * 4 * 64 * 64 + 2 * 2 * 64 * 256) + 3 * 2 * 64 * 528);
  });
});

describe('PassSpeed', () => {
  const { config } = readModel('en');
  const typedKey = passMultiplyAdds(config, 126, 128, true);
  const [new32, new64, whole] = [32, 64, 128].map((n) => passMultiplyAdds(config, 0, n, true));

  it('assumes a slow device until a pass is timed', () => {
    const speed = new PassSpeed();
    expect(speed.perMs).toBe(PassSpeed.ASSUMED);
    expect([typedKey, new32, new64].map((c) => speed.fits(c))).toEqual([true, true, false]);
  });

  it('decides from the median of the passes it timed (with the assumption until there are three), leaving out those too short to time', () => {
    const speed = new PassSpeed();
    speed.record(PassSpeed.TIMED_FROM / 2, 0.01); // would be 50 million per ms
    expect(speed.perMs).toBe(PassSpeed.ASSUMED);
    const fast = new64 / 3; // this machine with WebAssembly SIMD: about 3 ms
    speed.record(new64, 3);
    expect(speed.perMs).toBeCloseTo((PassSpeed.ASSUMED + fast) / 2, 6);
    speed.record(new64, 3);
    expect(speed.perMs).toBeCloseTo(fast, 6);
    expect([new64, whole].map((c) => speed.fits(c))).toEqual([true, false]);
    expect(IN_PLACE_MS * speed.perMs).toBeLessThan(whole);
    speed.record(new64, 40); // a pass slowed by compiling or collecting garbage does not move the median
    expect(speed.perMs).toBeCloseTo(fast, 6);
    speed.record(new64, 5);
    expect(speed.perMs).toBeCloseTo((fast + new64 / 5) / 2, 6);
  });

  it('forgets all but the last RECENT timings', () => {
    const speed = new PassSpeed();
    for (let i = 0; i < PassSpeed.RECENT; i++) speed.record(new64, 30);
    for (let i = 0; i < PassSpeed.RECENT; i++) speed.record(new64, 2);
    expect(speed.perMs).toBeCloseTo(new64 / 2, 6);
  });
});
