/** The shared row navigation of the widgets (tokens, checkpoints, diagram parts). */
import { describe, expect, it } from 'vitest';
import { nextIndex } from '@/lib/widgets/keys';

describe('nextIndex', () => {
  it('moves between tokens with arrows, Home and End, and ignores other keys', () => {
    expect(nextIndex(0, 'ArrowRight', 5)).toBe(1);
    expect(nextIndex(4, 'ArrowRight', 5)).toBe(4);
    expect(nextIndex(0, 'ArrowLeft', 5)).toBe(0);
    expect(nextIndex(3, 'ArrowUp', 5)).toBe(2);
    expect(nextIndex(2, 'Home', 5)).toBe(0);
    expect(nextIndex(2, 'End', 5)).toBe(4);
    expect(nextIndex(2, 'a', 5)).toBeNull();
    expect(nextIndex(0, 'ArrowRight', 0)).toBeNull();
  });

  it('goes round at the ends when asked to wrap', () => {
    expect(nextIndex(4, 'ArrowRight', 5, { wrap: true })).toBe(0);
    expect(nextIndex(0, 'ArrowLeft', 5, { wrap: true })).toBe(4);
    expect(nextIndex(2, 'ArrowDown', 5, { wrap: true })).toBe(3);
    expect(nextIndex(2, 'End', 5, { wrap: true })).toBe(4);
  });
});
