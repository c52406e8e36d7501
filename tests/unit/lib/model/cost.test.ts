/**
 * passMultiplyAdds against a count made the slow way: walking every new row of every
 * block and adding up the products each step of pass.ts computes (projections, each
 * head's scores and weighted sum over the keys up to the row, the MLP, the output
 * layer). And the budget's meaning for the shipped English model: a typed character or
 * a new 32-token sentence fits, a new 64-token sentence does not.
 */
import { describe, expect, it } from 'vitest';
import { IN_PLACE_BUDGET, passMultiplyAdds } from '@/lib/model/cost';
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

  it('lets the page compute a typed character or a new 32-token sentence of the English model, not 64 tokens', () => {
    const { config } = readModel('en');
    // 32 rows × (3 blocks' projections + 2 MLPs) + 3 × 2 × 64 × (1 + … + 32)
    expect(passMultiplyAdds(config, 0, 32, true)).toBe(32 * (3 * 4 * 64 * 64 + 2 * 2 * 64 * 256) + 3 * 2 * 64 * 528);
    expect(passMultiplyAdds(config, 0, 32, true)).toBeLessThanOrEqual(IN_PLACE_BUDGET);
    expect(passMultiplyAdds(config, 126, 128, true)).toBeLessThanOrEqual(IN_PLACE_BUDGET);
    expect(passMultiplyAdds(config, 0, 64, true)).toBeGreaterThan(IN_PLACE_BUDGET);
  });
});
