// @vitest-environment happy-dom
/**
 * Clicker presses on the attention explorer before its step-through is drawn, and presses
 * faster than the step-through renders: each press is one stage, never lost or doubled.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { STEP_EVENT } from '@/components/widget/useStepEvent';
import { STEPS } from '@/visualizations/attention/math';
import { usePendingSteps } from '@/visualizations/attention/usePendingSteps';
import { useStepPlayer } from '@/visualizations/attention/useStepPlayer';

afterEach(cleanup);

/** Dispatches one step event without letting React render in between; true when it was taken. */
const press = (target: Element, direction: 1 | -1) => !target.dispatchEvent(new CustomEvent(STEP_EVENT, { detail: { direction }, cancelable: true }));

function Pending({ waiting }: { waiting: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState(0);
  usePendingSteps(ref, waiting, step, setStep);
  return (
    <div ref={ref} data-testid="stage">
      {step}
    </div>
  );
}

describe('usePendingSteps', () => {
  it('moves the opening stage one press at a time, even when presses come before a render', () => {
    const { container, getByTestId } = render(
      <div data-widget="demo">
        <Pending waiting />
      </div>,
    );
    const slot = container.querySelector('[data-widget]')!;
    expect(press(slot, -1)).toBe(false);
    const last = STEPS.length - 1;
    let taken = 0;
    act(() => {
      for (let i = 0; i < STEPS.length + 2; i++) if (press(slot, 1)) taken++;
    });
    expect(taken).toBe(last);
    expect(getByTestId('stage').textContent).toBe(String(last));
    let back = 0;
    act(() => {
      for (let i = 0; i < STEPS.length + 2; i++) if (press(slot, -1)) back++;
    });
    expect(back).toBe(last);
    expect(getByTestId('stage').textContent).toBe('0');
  });

  it('leaves presses alone once the step-through is drawn', () => {
    const { container } = render(
      <div data-widget="demo">
        <Pending waiting={false} />
      </div>,
    );
    expect(press(container.querySelector('[data-widget]')!, 1)).toBe(false);
  });
});

function Player({ onPlayer }: { onPlayer: (player: ReturnType<typeof useStepPlayer>) => void }) {
  const player = useStepPlayer(4, 1600, 1);
  onPlayer(player);
  return <span data-testid="shown">{player.step}</span>;
}

describe('useStepPlayer latest()', () => {
  it('counts presses made before the stage renders', () => {
    let player!: ReturnType<typeof useStepPlayer>;
    const { getByTestId } = render(<Player onPlayer={(p) => (player = p)} />);
    act(() => {
      // three presses in one task: 1 → 2 → 3, then clamped at the last of 4 stages
      player.forward();
      expect(player.latest()).toBe(2);
      player.forward();
      player.forward();
      expect(player.latest()).toBe(3);
      player.back();
      expect(player.latest()).toBe(2);
    });
    expect(getByTestId('shown').textContent).toBe('2');
  });
});
