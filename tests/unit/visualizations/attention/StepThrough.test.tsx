// @vitest-environment happy-dom
/**
 * The step-through's labels are plain strings with notation such as "W^Q" and "√d_k": they
 * must reach the reader with a real superscript and subscript, never a caret or underscore.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { StepThrough } from '@/visualizations/attention/StepThrough';
import { REAL, stepThrough } from '@/visualizations/attention/math';

afterEach(cleanup);

/** Everything the step-through writes in words (the typeset formula keeps its TeX source for screen readers). */
const words = (container: HTMLElement) => [...container.querySelectorAll('.attn-step-status, .attn-step-list, .attn-step-formula p, th')].map((el) => el.textContent).join(' ');

const vectors = {
  q: [
    [1, 0],
    [0, 1],
  ],
  k: [
    [1, 0],
    [1, 1],
  ],
  v: [
    [2, 0],
    [0, 2],
  ],
};

describe.each(['en', 'zh'] as const)('StepThrough (%s)', (locale) => {
  it('sets W^Q, W^K and d_k as superscripts and subscripts', () => {
    const data = stepThrough(vectors, 1, REAL);
    const first = render(<StepThrough locale={locale} data={data} tokens={['a', 'b']} layer={1} head={1} whatIf={REAL} step={0} />);
    expect(first.container.querySelector('.attn-step-formula p sup')?.textContent).toBe('Q');
    expect(words(first.container)).not.toMatch(/[_^]/);
    cleanup();
    const { container } = render(<StepThrough locale={locale} data={data} tokens={['a', 'b']} layer={1} head={2} whatIf={REAL} step={3} />);
    expect(container.querySelector('.attn-step-formula p sub')?.textContent).toBe('k');
    expect(words(container)).not.toMatch(/[_^]/);
  });
});
