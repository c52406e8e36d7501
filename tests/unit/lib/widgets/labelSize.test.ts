import { describe, expect, it } from 'vitest';
import { labelPx, labelScale, SLIDE_LABEL_PX } from '@/lib/widgets/labelSize';
import { MIN_CONTENT_SCALE, MIN_WIDGET_PX, MIN_WIDGET_ZOOM } from '@/browser/present/stage';

describe('label sizes', () => {
  it('keeps a chapter label as it is', () => {
    expect(labelPx(10, false)).toBe(10);
    expect(labelScale(11, false)).toBe(1);
  });

  it('raises a slide label to a size the fit keeps readable, and leaves larger ones', () => {
    // the most the fit shrinks a widget (content scale and widget zoom at their floors) on a
    // 1280×720 screen, whose stage is scaled by (720 − 52 px bar) / 720
    const smallestOnScreen = SLIDE_LABEL_PX * MIN_CONTENT_SCALE * MIN_WIDGET_ZOOM * (668 / 720);
    expect(smallestOnScreen).toBeGreaterThanOrEqual(MIN_WIDGET_PX - 1e-9);
    expect(MIN_WIDGET_PX).toBe(14);
    expect(labelPx(10, true)).toBe(SLIDE_LABEL_PX);
    expect(labelPx(17, true)).toBe(17);
  });

  it('magnifies a picture whose smallest label is 11 px by 16 / 11 on a slide, so that label is drawn at 16 px', () => {
    const scale = labelScale(11, true);
    expect(scale).toBeCloseTo(16 / 11, 12);
    expect(11 * scale).toBeCloseTo(16, 12);
    expect(labelScale(20, true)).toBe(1);
  });
});
