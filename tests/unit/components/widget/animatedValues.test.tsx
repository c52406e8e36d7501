// @vitest-environment happy-dom
/**
 * useAnimatedValues: values of a new subject (a new sentence) are drawn at once in a
 * single commit; new values of the same subject glide from the ones on screen, frame by
 * frame, to exactly the target. Frames come from a stubbed requestAnimationFrame and
 * clock; commits are counted with React's Profiler.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Profiler } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { useAnimatedValues } from '@/components/widget/animate';
import { fakeFrames } from '../../../support/fakeFrames';

const frames = fakeFrames();
afterEach(cleanup);
const frame = (ms: number) => frames.frame(ms, act);

let drawn: readonly number[] = [];
function Row({ target, subject }: { target: number[]; subject: string }) {
  drawn = useAnimatedValues(target, false, 100, subject);
  return null;
}

function setup(target: number[], subject: string) {
  let commits = 0;
  const tree = (t: number[], s: string) => (
    <Profiler id="row" onRender={() => commits++}>
      <Row target={t} subject={s} />
    </Profiler>
  );
  const view = render(tree(target, subject));
  return {
    commits: () => commits,
    show: (t: number[], s: string) => view.rerender(tree(t, s)),
  };
}

describe('useAnimatedValues', () => {
  it("draws a new subject's values at once, in one commit", () => {
    const row = setup([0.2, 0.8], 'first sentence');
    const before = row.commits();
    row.show([1, 0, 0], 'second sentence');
    expect(drawn).toEqual([1, 0, 0]);
    expect(row.commits() - before).toBe(1);
    expect(frames.pending()).toBe(0); // no glide
  });

  it('glides new values of the same subject from those on screen to the target', () => {
    const row = setup([0, 1], 'sentence');
    row.show([1, 0], 'sentence');
    expect(drawn).toEqual([0, 1]); // still the old values until the first frame
    frame(50); // half way, eased with cubic in-out: 0.5
    expect(drawn[0]).toBeCloseTo(0.5, 12);
    expect(drawn[1]).toBeCloseTo(0.5, 12);
    frame(50);
    expect(drawn).toEqual([1, 0]);
  });

  it('glides after a new subject from the values that subject showed', () => {
    const row = setup([0, 1], 'first');
    row.show([1, 0], 'second');
    row.show([0, 1], 'second');
    expect(drawn).toEqual([1, 0]);
    frame(100);
    expect(drawn).toEqual([0, 1]);
  });
});
