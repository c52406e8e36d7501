/**
 * The shared animation clock: transitions running at once are driven by one frame
 * callback per frame, each ends on exactly t = 1, and a cancelled one is never called again.
 */
import { describe, expect, it } from 'vitest';
import { animate } from '@/components/widget/animate';
import { fakeFrames } from '../../../support/fakeFrames';

const { frame, pending } = fakeFrames();

describe('animate', () => {
  it('drives every running transition from one frame callback and ends each at t = 1', () => {
    const a: number[] = [];
    const b: number[] = [];
    animate(100, (t) => a.push(t));
    animate(200, (t) => b.push(t));
    expect(pending()).toBe(1);
    expect(frame(50)).toBe(1);
    expect(frame(50)).toBe(1);
    expect(a).toEqual([0.5, 1]);
    expect(frame(100)).toBe(1);
    expect(b).toEqual([0.25, 0.5, 1]);
    // nothing runs: no frame is asked for
    expect(pending()).toBe(0);
  });

  it('never calls a cancelled transition again, and keeps the others going', () => {
    const a: number[] = [];
    const b: number[] = [];
    const cancel = animate(100, (t) => a.push(t));
    animate(100, (t) => b.push(t));
    frame(25);
    cancel();
    frame(25);
    frame(50);
    expect(a).toEqual([0.25]);
    expect(b).toEqual([0.25, 0.5, 1]);
  });

  it('starts a new loop after the last one ended', () => {
    const a: number[] = [];
    animate(10, (t) => a.push(t));
    frame(10);
    animate(10, (t) => a.push(t));
    expect(pending()).toBe(1);
    frame(5);
    expect(a).toEqual([1, 0.5]);
  });
});
