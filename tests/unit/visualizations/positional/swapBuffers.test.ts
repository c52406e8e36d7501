/** Tests for SwapBuffers: two arrays in turn, never the one on screen, of exactly the length asked for. */
import { describe, expect, it } from 'vitest';
import { SwapBuffers } from '@/visualizations/positional/swapBuffers';

describe('SwapBuffers', () => {
  it('alternates between two buffers as each is shown', () => {
    const buffers = new SwapBuffers();
    const a = buffers.next(6);
    buffers.show(a);
    const b = buffers.next(6);
    expect(b.buffer).not.toBe(a.buffer);
    buffers.show(b);
    expect(buffers.next(6).buffer).toBe(a.buffer);
  });

  it('hands out the same spare buffer again while nothing new is shown (an update abandoned before it was drawn)', () => {
    const buffers = new SwapBuffers();
    const shown = buffers.next(4);
    shown.set([1, 2, 3, 4]);
    buffers.show(shown);
    const abandoned = buffers.next(4);
    abandoned.fill(7);
    const again = buffers.next(4);
    expect(again.buffer).toBe(abandoned.buffer);
    expect([...shown]).toEqual([1, 2, 3, 4]);
  });

  it('gives exactly the length asked for, growing a buffer only when it is too small', () => {
    const buffers = new SwapBuffers();
    const big = buffers.next(10);
    expect(big).toHaveLength(10);
    const small = buffers.next(3);
    expect(small).toHaveLength(3);
    expect(small.buffer).toBe(big.buffer);
    expect(buffers.next(12)).toHaveLength(12);
  });
});
