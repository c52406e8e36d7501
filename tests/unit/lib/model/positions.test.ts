/** Tests for lib/model/positions. */
import { describe, expect, it } from 'vitest';
import { positionEmbeddings, positionSimilarity } from '@/lib/model/positions';
import { randomModel } from './reference';

describe('positionSimilarity', () => {
  const model = randomModel();

  it('is a symmetric matrix of cosines with 1 on the diagonal', () => {
    const sim = positionSimilarity(model);
    expect(sim).toHaveLength(8);
    sim.forEach((row, i) => {
      expect(row[i]).toBeCloseTo(1, 6);
      row.forEach((v, j) => expect(v).toBeCloseTo(sim[j][i], 12));
    });
  });

  it('reads the position embedding rows', () => {
    const rows = positionEmbeddings(model, 3);
    expect(rows).toHaveLength(3);
    expect(rows[2][0]).toBe(model.weights.positionEmbedding!.data[2 * model.config.dModel]);
  });
});
