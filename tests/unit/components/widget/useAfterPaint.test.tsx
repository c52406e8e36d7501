// @vitest-environment happy-dom
/**
 * useAfterPaint: the first value at once; a new one only once the next frame has been
 * painted (a message posted from that frame's callback), and only the newest of values
 * that changed before that frame. Frames come from a stubbed requestAnimationFrame.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useAfterPaint } from '@/components/widget/useAfterPaint';
import { fakeFrames } from '../../../support/fakeFrames';

const frames = fakeFrames();
afterEach(cleanup);

let shown = '';
function Panel({ value }: { value: string }) {
  shown = useAfterPaint(value);
  return null;
}

/** Runs the queued animation frames, then lets the message posted from them arrive. */
async function paint() {
  await act(async () => {
    frames.frame(16);
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('useAfterPaint', () => {
  it('returns the first value at once', () => {
    render(<Panel value="first" />);
    expect(shown).toBe('first');
  });

  it('returns a new value only after the next frame is painted', async () => {
    const view = render(<Panel value="first" />);
    view.rerender(<Panel value="second" />);
    expect(shown).toBe('first');
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 20)));
    expect(shown).toBe('first');
    await paint();
    expect(shown).toBe('second');
  });

  it('with firstAtOnce false, returns null until the first frame is painted', async () => {
    let late: string | null = 'unset';
    function Late({ value }: { value: string }) {
      late = useAfterPaint(value, false);
      return null;
    }
    render(<Late value="first" />);
    expect(late).toBeNull();
    await paint();
    expect(late).toBe('first');
  });

  it('shows only the newest of the values given before that frame', async () => {
    const view = render(<Panel value="first" />);
    view.rerender(<Panel value="second" />);
    view.rerender(<Panel value="third" />);
    await paint();
    expect(shown).toBe('third');
    expect(frames.pending()).toBe(0);
  });
});
