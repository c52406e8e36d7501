// @vitest-environment happy-dom
/**
 * useContinuation spreads a long continuation over several slices: a slow fake
 * model (each forward pass busy-waits) cannot finish 12 steps in a 5 ms budget, so
 * the first render shows the previous (here: empty) continuation as pending; the
 * finished one equals generateSteps' output for the same inputs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { generateSteps, type Settings } from '@/visualizations/playground/math';
import { useContinuation, type ContinuationJob } from '@/visualizations/playground/useContinuation';

afterEach(cleanup);

const settings: Settings = { temperature: 1, topK: 0, mode: 'sample', seed: 5 };
/** A fake model over 3 tokens that takes about 2 ms per forward pass. */
const slow = (ids: number[]) => {
  const end = performance.now() + 2;
  while (performance.now() < end);
  return [ids.length % 3, 1, 0];
};

function Probe({ job }: { job: ContinuationJob }) {
  const { steps, pending } = useContinuation(job, 5);
  return <p data-testid="out">{`${pending ? 'pending' : 'done'}:${steps.map((s) => s.id).join('')}`}</p>;
}

describe('useContinuation', () => {
  it('finishes a long continuation over several slices, showing the last complete one meanwhile', async () => {
    const job: ContinuationJob = { promptIds: [0], settings, count: 12, contextLength: 8, logitsFor: slow };
    render(<Probe job={job} />);
    expect(screen.getByTestId('out').textContent).toBe('pending:');
    const expected = generateSteps([0], settings, 12, 8, slow).map((s) => s.id).join('');
    await waitFor(() => expect(screen.getByTestId('out').textContent).toBe(`done:${expected}`));
  });

  it('a short one completes during render', () => {
    const fast = () => [0, 1, 2];
    render(<Probe job={{ promptIds: [1], settings, count: 3, contextLength: 8, logitsFor: fast }} />);
    expect(screen.getByTestId('out').textContent).toMatch(/^done:\d{3}$/);
  });
});
