/** Every part of the block explorer shows at least one typeset formula (tests/unit/lib/widgets/typeset.test.ts checks the typesetting). */
import { describe, expect, it } from 'vitest';
import { PART_FORMULAS, formulaHtml } from '@/visualizations/block/formulas';
import { PARTS } from '@/visualizations/block/math';

describe('block explorer formulas', () => {
  it('give every part at least one formula, each typeset', () => {
    for (const part of PARTS) {
      expect(PART_FORMULAS[part].length).toBeGreaterThan(0);
      for (const id of PART_FORMULAS[part]) expect(formulaHtml[id]).toContain('<math');
    }
  });
});
