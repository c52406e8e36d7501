/** The all-heads overview's layout, against sizes worked out by hand from the gaps and captions. */
import { describe, expect, it } from 'vitest';
import { overviewLayout, tileAt } from '@/visualizations/attention/overviewLayout';

const base = { gap: 12, maxSize: 170 };

describe('overviewLayout', () => {
  it('in a chapter: a row per layer, maps as wide as the column allows', () => {
    // (640 − 3 gaps of 12 − 4 px of margin) / 4 heads = 150; 3 rows of 150 + 36 + 12
    const layout = overviewLayout({ ...base, nLayers: 3, nHeads: 4, layer: 0, width: 640, caption: () => 36 });
    expect(layout).toEqual({ size: 150, caption: 36, perRow: 4, layers: [0, 1, 2], paged: false, height: 594 });
  });

  it('on a slide: the whole grid in one row when its maps stay large enough', () => {
    // 2 × 2 in rows of 2: 400 / 2 − 40 − 12 = 148; in one row of 4: (900 − 36 − 4) / 4 = 215, capped at 170, and 400 − 52 leaves room
    const layout = overviewLayout({ ...base, nLayers: 2, nHeads: 2, layer: 0, width: 900, caption: () => 40, maxHeight: 400, minSize: 120 });
    expect(layout).toEqual({ size: 170, caption: 40, perRow: 4, layers: [0, 1], paged: false, height: 222 });
  });

  it('on a slide: one layer at a time when the whole grid would be too small', () => {
    // 3 × 4 in 250 px: rows of 4 give ⌊250/3 − 62⌋ = 21, rows of 8 ⌊(900 − 84 − 4)/8⌋ = 101 wide but ⌊125 − 62⌋ = 63 tall,
    // one row of 12 ⌊(900 − 132 − 4)/12⌋ = 63: all under 120. One layer: 170 wide, 250 − 62 = 188 tall → 170.
    const layout = overviewLayout({ ...base, nLayers: 3, nHeads: 4, layer: 1, width: 900, caption: () => 50, maxHeight: 250, minSize: 120 });
    expect(layout).toEqual({ size: 170, caption: 50, perRow: 4, layers: [1], paged: true, height: 232 });
    expect(tileAt(layout, 5, 12)).toEqual({ x: 2 + 182, y: 2 + 232 });
  });

  it('shrinks the maps again when a narrower map needs a taller caption', () => {
    // 170 − 40 − 12 = 118; at 118 the caption takes 80, so 170 − 80 − 12 = 78, where it stays 80
    const caption = (size: number) => (size < 120 ? 80 : 40);
    const layout = overviewLayout({ ...base, nLayers: 1, nHeads: 2, layer: 0, width: 900, caption, maxHeight: 170 });
    expect(layout).toMatchObject({ size: 78, caption: 80, paged: false, height: 170 });
  });
});
