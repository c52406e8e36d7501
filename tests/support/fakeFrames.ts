import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Animation frames on demand for the tests of one file: requestAnimationFrame only queues
 * its callback and performance.now reads a clock that moves when a test says so.
 * `frame(ms)` moves the clock and runs the callbacks queued so far (inside `wrap`, such as
 * React's act), returning how many ran; `pending()` counts those still queued.
 */
export function fakeFrames() {
  let queued: FrameRequestCallback[] = [];
  let clock = 0;
  beforeEach(() => {
    queued = [];
    clock = 1000;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
  });
  afterEach(() => vi.unstubAllGlobals());
  return {
    pending: () => queued.length,
    frame(ms: number, wrap: (run: () => void) => void = (run) => run()): number {
      clock += ms;
      const now = queued;
      queued = [];
      wrap(() => now.forEach((cb) => cb(clock)));
      return now.length;
    },
  };
}
