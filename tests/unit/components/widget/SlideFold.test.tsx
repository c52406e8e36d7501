// @vitest-environment happy-dom
/** A widget's fold on a slide: closed at first, opened and closed by its button, and by the clicker when it holds steps. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { ThreeSteps } from './threeSteps';
import { STEP_EVENT } from '@/components/widget/useStepEvent';
import { createWidgetInstance, WidgetInstanceContext } from '@/components/widget/widgetInstance';

afterEach(cleanup);

const mount = (onSlide: boolean, children: ReactNode) =>
  render(
    <div data-widget="demo">
      <WidgetInstanceContext.Provider value={createWidgetInstance('demo', onSlide)}>{children}</WidgetInstanceContext.Provider>
    </div>,
  );

const press = (slot: Element, direction: 1 | -1) => {
  let taken = false;
  act(() => {
    taken = !slot.dispatchEvent(new CustomEvent(STEP_EVENT, { detail: { direction }, cancelable: true, bubbles: true }));
  });
  return taken;
};

describe('SlideFold', () => {
  it('leaves a chapter widget as it is', () => {
    const { container, queryByRole } = mount(false, <SlideFold label="More">inside</SlideFold>);
    expect(container.textContent).toBe('inside');
    expect(queryByRole('button')).toBeNull();
  });

  it('folds a panel behind a button on a slide', () => {
    const { getByRole, getByText } = mount(true, <SlideFold label="More">inside</SlideFold>);
    const button = getByRole('button', { name: 'More' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(getByText('inside').closest('[hidden]')).not.toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(getByText('inside').closest('[hidden]')).toBeNull();
  });

  it('opens on the first press, steps inside, and walks back the same number of presses', () => {
    const { container, getByTestId, getByRole } = mount(
      true,
      <SlideFold label="Step by step" opensOnStep>
        <ThreeSteps />
      </SlideFold>,
    );
    const slot = container.querySelector('[data-widget]')!;
    const forward: boolean[] = [];
    for (let i = 0; i < 4; i++) forward.push(press(slot, 1));
    // open, stage 1, stage 2, then nothing left: the presenter moves the slide
    expect(forward).toEqual([true, true, true, false]);
    expect(getByTestId('steps').textContent).toBe('stage 2');
    const back: boolean[] = [];
    for (let i = 0; i < 4; i++) back.push(press(slot, -1));
    expect(back).toEqual([true, true, true, false]);
    expect(getByTestId('steps').textContent).toBe('stage 0');
    expect(getByRole('button').getAttribute('aria-expanded')).toBe('false');
  });

  it('takes no presses when it holds no steps', () => {
    const { container } = mount(true, <SlideFold label="More">inside</SlideFold>);
    expect(press(container.querySelector('[data-widget]')!, 1)).toBe(false);
  });
});
