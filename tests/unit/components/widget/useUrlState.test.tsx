// @vitest-environment happy-dom
/** useUrlState writes the URL once the state has been still for URL_DELAY ms, and at once on unmount. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { URL_DELAY, useUrlState } from '@/components/widget/useUrlState';
import { intParam } from '@/lib/widgets/urlState';

const schema = { n: intParam(0, 0, 100) };
let setN: (n: number) => void = () => {};

function Widget() {
  const { state, update } = useUrlState(schema);
  useEffect(() => {
    setN = (n) => update({ n });
  });
  return <p>{state.n}</p>;
}

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/page/?keep=1');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useUrlState', () => {
  it('reads the URL and writes changes after a pause, not on every change', () => {
    history.replaceState(null, '', '/page/?keep=1&n=5');
    const spy = vi.spyOn(history, 'replaceState');
    const { container } = render(<Widget />);
    expect(container.textContent).toBe('5');
    for (const n of [6, 7, 8, 9]) act(() => setN(n));
    expect(spy).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(URL_DELAY + 1));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?keep=1&n=9');
    spy.mockRestore();
  });

  it('writes a waiting change when the widget unmounts', () => {
    const { unmount } = render(<Widget />);
    act(() => vi.advanceTimersByTime(URL_DELAY + 1));
    act(() => setN(3));
    unmount();
    expect(location.search).toBe('?keep=1&n=3');
  });
});
