// @vitest-environment happy-dom
/** The presenter's step protocol: one dispatch, at most one step, and dispatchEvent tells whether it was taken. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { STEP_EVENT } from '@/components/widget/useStepEvent';
import { ThreeSteps } from './threeSteps';

afterEach(cleanup);

const fire = (target: Element, direction: number) => {
  let result = true;
  act(() => {
    result = target.dispatchEvent(new CustomEvent(STEP_EVENT, { detail: { direction }, cancelable: true }));
  });
  return !result;
};

describe('useStepEvent', () => {
  it('steps when dispatched on the slot or inside it, and reports when there is no step', () => {
    const { container, getByTestId } = render(
      <div data-widget="demo">
        <ThreeSteps />
      </div>,
    );
    const slot = container.querySelector('[data-widget]')!;
    expect(fire(slot, -1)).toBe(false);
    expect(fire(slot, 1)).toBe(true);
    expect(getByTestId('inner').textContent).toBe('stage 1');
    expect(fire(getByTestId('inner'), 1)).toBe(true);
    expect(getByTestId('inner').textContent).toBe('stage 2');
    expect(fire(slot, 1)).toBe(false);
    expect(fire(slot, 7)).toBe(false);
    expect(getByTestId('inner').textContent).toBe('stage 2');
  });
});
