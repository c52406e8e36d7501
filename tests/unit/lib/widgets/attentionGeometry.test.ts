/**
 * Tests for lib/widgets/attentionGeometry.ts. Expected positions and paths
 * are worked out by hand from the layout rules in each function's comment; the
 * arithmetic is beside each expectation.
 */
import { describe, expect, it } from 'vitest';
import {
  ARC_LABEL_MIN_FONT,
  arcBands,
  arcLabelLayout,
  arcPath,
  heatmapLayout,
  labelEms,
  opacityGrid,
  opacityWeight,
  planeScale,
  spacedLabels,
  strongestLinks,
  tokenRowsLayout,
  topKeys,
  weightOpacity,
} from '@/lib/widgets/attentionGeometry';

describe('links and labels', () => {
  it('lists the strongest keys first, earlier key first on ties', () => {
    expect(topKeys([0.1, 0.4, 0.1, 0.4], 3)).toEqual([
      { index: 1, weight: 0.4 },
      { index: 3, weight: 0.4 },
      { index: 0, weight: 0.1 },
    ]);
  });

  it('labels the strongest keys, skipping any too close to one already labelled', () => {
    // Centres 10 px apart on one row: key 2 (strongest) is labelled; key 3 is 10 px away, skipped;
    // key 5 is 30 px away, labelled; key 0 is 20 px from key 2, skipped; the row below is free.
    const centers = [0, 1, 2, 3, 4, 5].map((i) => ({ x: i * 10, y: 0 })).concat([{ x: 20, y: 50 }]);
    const candidates = [2, 3, 5, 0, 6].map((index, rank) => ({ index, weight: 1 - rank / 10 }));
    expect(spacedLabels(candidates, centers, 28)).toEqual([2, 5, 6]);
    expect(spacedLabels(candidates, centers, 28, 2)).toEqual([2, 5]);
  });

  it('finds each query’s strongest key, skipping one query', () => {
    const w = [
      [1, 0, 0],
      [0.3, 0.7, 0],
      [0.4, 0.2, 0.4],
    ];
    expect(strongestLinks(w, 1)).toEqual([
      { query: 0, key: 0, weight: 1 },
      { query: 2, key: 0, weight: 0.4 },
    ]);
  });
});

describe('arc view geometry', () => {
  it('puts few tokens on one row, centred, at the largest cell', () => {
    // width 400, pad 8 → usable 384; ⌊384/9⌋ = 42 fit per row ≥ 10; cell = min(34, 38.4) = 34;
    // the row is 340 wide, so it starts at 8 + (384 − 340)/2 = 30 and the first centre is 47.
    const l = tokenRowsLayout(10, 400);
    expect(l.perRow).toBe(10);
    expect(l.rows).toBe(1);
    expect(l.cell).toBe(34);
    expect(l.centers[0].x).toBeCloseTo(47, 12);
    expect(l.centers[9].x).toBeCloseTo(47 + 9 * 34, 12);
    expect(l.height).toBe(l.rowHeight);
  });

  it('wraps 64 tokens on a phone into rows of 38', () => {
    // width 360 → usable 344; ⌊344/9⌋ = 38 per row; ⌈64/38⌉ = 2 rows; cell = 344/38.
    const l = tokenRowsLayout(64, 360);
    expect(l.perRow).toBe(38);
    expect(l.rows).toBe(2);
    expect(l.cell).toBeCloseTo(344 / 38, 12);
    expect(l.centers[38].y - l.centers[0].y).toBe(l.rowHeight);
    expect(l.centers[38].x).toBeCloseTo(l.centers[0].x, 12);
    expect(Math.max(...l.centers.map((c) => c.x)) + l.cell / 2).toBeLessThanOrEqual(360 - 8 + 1e-9);
  });

  it('draws an arc above the tokens whose height grows with distance', () => {
    // Tops at y − 0.55·cell = 100 − 11 = 89; height min(80, 8 + 0.45·40) = 26 → controls at y 63.
    expect(arcPath({ x: 10, y: 100 }, { x: 50, y: 100 }, 20, 80)).toBe('M10,89 C10,63 50,63 50,89');
    // A far pair is capped at maxLift.
    expect(arcPath({ x: 0, y: 100 }, { x: 1000, y: 100 }, 20, 80)).toBe('M0,89 C0,9 1000,9 1000,89');
    // A token attending to itself gets a loop that starts and ends beside it.
    expect(arcPath({ x: 10, y: 100 }, { x: 10, y: 100 }, 20, 80)).toMatch(/^M6,89 C.* 14,89$/);
  });

  it('groups faint arcs into weight bands', () => {
    const layout = tokenRowsLayout(3, 300);
    const bands = arcBands(
      [
        { query: 1, key: 0, weight: 0.3 },
        { query: 2, key: 1, weight: 0.9 },
        { query: 2, key: 0, weight: 1 },
      ],
      layout,
    );
    // 4 bands of width 0.25: 0.3 → band 2 (upper edge 0.5); 0.9 and 1 → band 4 (upper edge 1).
    expect(bands.map((b) => b.weight)).toEqual([0.5, 1]);
    expect(bands[1].d.split('M').length - 1).toBe(2);
  });
});

describe('heatmap geometry', () => {
  it('fits 10 tokens at the largest cell, with every label', () => {
    // left = top = 22 + 18 = 40; cell = min(34, (400 − 40 − 8)/10 = 35.2) = 34; font = min(14, 0.7·34) = 14.
    const l = heatmapLayout(10, 400);
    expect(l.left).toBe(40);
    expect(l.cell).toBe(34);
    expect(l.fontSize).toBe(14);
    expect(l.labelEvery).toBe(1);
    expect(l.rowLabelEvery).toBe(1);
  });

  it('on a page, widens the row band to the widest word and thins only the column labels', () => {
    // widest label 3.3 em ("␣again"): band = max(18, 18, 3.3 · 14 + 8 = 54.2); left = 22 + 54.2 = 76.2;
    // cell = min(30, (560 − 76.2 − 8) / 17 = 27.99); font 14; a column label needs 3.3 · 14 + 4 = 50.2 px: every ⌈50.2 / 27.99⌉ = 2nd;
    // a row needs only 14 px of height: every row
    const l = heatmapLayout(17, 560, 30, { labelEms: 3.3 });
    expect(l.left).toBeCloseTo(76.2, 9);
    expect(l.cell).toBeCloseTo(475.8 / 17, 9);
    expect(l.fontSize).toBe(14);
    expect(l.labelEvery).toBe(2);
    expect(l.rowLabelEvery).toBe(1);
  });

  it('fits 64 tokens on a phone with every second label', () => {
    // cell = (360 − 48)/64 = 4.875; font = max(9, min(14, 3.41)) = 9; labels every ⌈9/4.875⌉ = 2.
    const l = heatmapLayout(64, 360);
    expect(l.cell).toBeCloseTo(4.875, 12);
    expect(l.fontSize).toBe(9);
    expect(l.labelEvery).toBe(2);
    expect(l.rowLabelEvery).toBe(2);
    expect(l.left + 64 * l.cell).toBeLessThanOrEqual(360);
  });

  it('on a slide, widens the label bands and thins labels rather than shrink them below 16 px', () => {
    // axis = max(22, 1.8·16 = 28.8); band = max(18, 2·16) = 32; left = 60.8; cell = (560 − 60.8 − 8)/16 = 30.7;
    // font = max(16, min(16, 0.7·30.7 = 21.5)) = 16: every label fits its cell. With 40 tokens: cell 12.28, labels every ⌈16/12.28⌉ = 2.
    const sizes = { minFont: 16, axisFont: 16, legendFont: 16 };
    const l = heatmapLayout(16, 560, 34, sizes);
    expect(l.left).toBeCloseTo(60.8, 12);
    expect(l.cell).toBeCloseTo(491.2 / 16, 12);
    expect(l.fontSize).toBe(16);
    expect(l.labelEvery).toBe(1);
    expect(l.legendStep).toBeCloseTo(43.2, 12);
    const dense = heatmapLayout(40, 560, 34, sizes);
    expect(dense.fontSize).toBe(16);
    expect(dense.labelEvery).toBe(2);
    // the legend grows by 2 px per px of legend font: 74 + 10
    expect(dense.height).toBeCloseTo(60.8 + 40 * dense.cell + 84, 9);
  });

  it('on a slide with wide token labels, widens the row band, thins columns until labels do not touch, and fits a height', () => {
    // widest label 4.8 em ("␣because"); 16 px labels: row band = 4.8 · 16 + 8 = 84.8, top band 32, axis 28.8;
    // height 300: cells ≤ (300 − 60.8 − 84) / 16 = 9.7; a label needs 4.8 · 16 + 4 = 80.8 px: every ⌈80.8 / 9.7⌉ = 9th
    const l = heatmapLayout(16, 560, 34, { minFont: 16, axisFont: 16, legendFont: 16, labelEms: 4.8, maxHeight: 300 });
    expect(l.labelBand).toBeCloseTo(84.8, 9);
    expect(l.left).toBeCloseTo(28.8 + 84.8, 9);
    expect(l.top).toBeCloseTo(60.8, 9);
    expect(l.cell).toBeCloseTo(155.2 / 16, 9);
    expect(l.height).toBeCloseTo(300, 9);
    expect(l.labelEvery).toBe(Math.ceil(80.8 / (155.2 / 16)));
    expect(l.labelEvery * l.cell).toBeGreaterThanOrEqual(4.8 * l.fontSize + 4);
    // rows need the label's height only: every ⌈16 / 9.7⌉ = 2nd
    expect(l.rowLabelEvery).toBe(2);
    expect(l.legendBeside).toBe(false);
  });

  it("with the legend beside the grid, gives the grid the legend's height back and keeps its width", () => {
    // cells ≤ (560 − 113.6 − 8 − 200) / 16 = 14.9 across and ≤ (300 − 60.8 − 8) / 16 = 14.45 down
    const l = heatmapLayout(16, 560, 34, { minFont: 16, axisFont: 16, legendFont: 16, labelEms: 4.8, maxHeight: 300, legendWidth: 200 });
    expect(l.legendBeside).toBe(true);
    expect(l.cell).toBeCloseTo(231.2 / 16, 9);
    expect(l.legendStep).toBeCloseTo(25.6, 9);
    expect(l.height).toBeCloseTo(Math.max(300, 60.8 + 7.5 * 25.6), 9);
  });

  it('shows weight w at opacity √w, and names the weight of an opacity', () => {
    expect(weightOpacity(0.25)).toBe(0.5);
    expect(weightOpacity(1)).toBe(1);
    expect(weightOpacity(0)).toBe(0);
    expect(weightOpacity(1.5)).toBe(1);
    expect(opacityWeight(0.75)).toBe(0.5625);
  });

  it('turns attention rows into cells at √weight, 0 where a row is short, masked past the diagonal when causal', () => {
    // rows: [0.25, 0.81], [1.44 (clamped to 1), −0.5 (to 0)], [0.04] (one weight: the rest are 0)
    const rows = [[0.25, 0.81], [1.44, -0.5], [0.04]];
    expect(Array.from(opacityGrid(rows).values)).toEqual([0.5, 0.9, 0, 1, 0, 0, 0.2, 0, 0]);
    expect(opacityGrid(rows).rows).toBe(3);
    const causal = opacityGrid(rows, true);
    // cells (0,1), (0,2), (1,2) are past the diagonal
    expect(Array.from(causal.values)).toEqual([0.5, NaN, NaN, 1, 0, NaN, 0.2, 0, 0]);
    expect(opacityGrid([[1, 0.25, 0.16]], false, 2)).toEqual({ rows: 1, cols: 2, values: Float64Array.from([1, 0.5]) });
  });
});

describe('the by-hand plane', () => {
  it('maps the plane to pixels with y upwards, and back', () => {
    // size 200, pad 16 → span 168; (0, 0) → centre (100, 100); (3, 3) → (184, 16).
    const s = planeScale(200, 3, 16);
    expect(s.toPx([0, 0])).toEqual({ x: 100, y: 100 });
    expect(s.toPx([3, 3])).toEqual({ x: 184, y: 16 });
    const [x, y] = s.toPlane(s.toPx([1.25, -2]));
    expect(x).toBeCloseTo(1.25, 12);
    expect(y).toBeCloseTo(-2, 12);
  });
});

describe('arc view labels', () => {
  it('estimates a label at 0.6 em per Latin character and 1 em per CJK character', () => {
    expect(labelEms('␣because')).toBeCloseTo(8 * 0.6, 12);
    expect(labelEms('给了')).toBe(2);
    expect(labelEms('，')).toBe(1);
  });

  it('keeps subword labels apart: they take turns on lines, each with as many cells as there are lines', () => {
    const labels = "The ␣anim al ␣didn 't ␣c ross ␣the ␣street ␣because ␣it ␣was ␣too ␣t ired .".split(' ');
    const l = arcLabelLayout(labels, 620);
    const widest = Math.max(...labels.map(labelEms));
    // one row of 16 cells of 34 px; "␣because" needs 4.8 em · 12 px + 4 = 61.6 px: two cells, so two lines
    expect(l.rows).toBe(1);
    expect(l.cell).toBe(34);
    expect(l.lines).toBe(2);
    expect(l.font).toBeGreaterThanOrEqual(ARC_LABEL_MIN_FONT);
    expect(widest * l.font).toBeLessThanOrEqual(l.cell * l.lines - 4 + 1e-9);
    // the row grows by the second line only
    expect(l.rowHeight).toBe(tokenRowsLayout(16, 620).rowHeight + l.lineHeight);
  });

  it('on a slide, keeps labels at the floor font by taking more lines, and makes room for larger values', () => {
    // 40 tokens in 620 px: cells of (620 − 16) / 40 = 15.1 px; "␣because" at 16 px needs 4.8 · 16 + 4 = 80.8 px, six cells
    const labels = Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? '␣because' : 'a'));
    const chapter = arcLabelLayout(labels, 620);
    const slide = arcLabelLayout(labels, 620, { minFont: 16, floorFont: 16, maxLines: 8, valueFont: 16 });
    expect(chapter.lines).toBe(3);
    expect(chapter.font).toBeLessThan(ARC_LABEL_MIN_FONT);
    expect(slide.cell).toBeCloseTo(604 / 40, 12);
    expect(slide.lines).toBe(Math.ceil((4.8 * 16 + 4) / (604 / 40)));
    expect(slide.font).toBeGreaterThanOrEqual(16);
    expect(4.8 * slide.font).toBeLessThanOrEqual(slide.cell * slide.lines - 4 + 1e-9);
    // room below: the extra label lines, and 1.5 px per px the values grew over 10 px
    expect(slide.rowHeight).toBe(tokenRowsLayout(40, 620).rowHeight + (slide.lines - 1) * slide.lineHeight + 1.5 * 6);
  });

  it('leaves single characters on one line at the old size', () => {
    const l = arcLabelLayout(['a', 'b', 'c', 'd'], 400);
    expect(l.lines).toBe(1);
    expect(l.cell).toBe(34);
    expect(l.font).toBe(18);
    expect(l.rowHeight).toBe(tokenRowsLayout(4, 400).rowHeight);
  });
});
