// @vitest-environment happy-dom
/** The presenter's step protocol: one dispatch, at most one step, and dispatchEvent tells whether it was taken. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { STEP_EVENT, useStepEvent } from '@/components/widget/useStepEvent';

afterEach(cleanup);

function Stepper() {
  const ref = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState(0);
  useStepEvent(ref, (d) => {
    const next = step + d;
    if (next < 0 || next > 2) return false;
    setStep(next);
    return true;
  });
  return (
    <div ref={ref}>
      <span data-testid="inner">step {step}</span>
    </div>
  );
}

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
        <Stepper />
      </div>,
    );
    const slot = container.querySelector('[data-widget]')!;
    expect(fire(slot, -1)).toBe(false);
    expect(fire(slot, 1)).toBe(true);
    expect(getByTestId('inner').textContent).toBe('step 1');
    expect(fire(getByTestId('inner'), 1)).toBe(true);
    expect(getByTestId('inner').textContent).toBe('step 2');
    expect(fire(slot, 1)).toBe(false);
    expect(fire(slot, 7)).toBe(false);
    expect(getByTestId('inner').textContent).toBe('step 2');
  });
});
