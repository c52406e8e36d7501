import { describe, expect, it } from 'vitest';
import { chartBox } from '@/visualizations/training/math';

describe('training chart box', () => {
  it('keeps a chapter’s margins for 11 px labels', () => {
    expect(chartBox(600, 220, 11)).toEqual({ width: 600, height: 220, left: 40, right: 12, top: 16, bottom: 30 });
  });

  it('widens the margins by what 16 px labels grow: 5 px, twice at the left', () => {
    expect(chartBox(600, 180, 16)).toEqual({ width: 600, height: 180, left: 50, right: 12, top: 21, bottom: 35 });
  });
});
