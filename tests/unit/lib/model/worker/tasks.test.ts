/**
 * Model tasks in slices: a continuation worked in 12 ms slices on a clock that
 * advances 5 ms per forward pass equals the continuation computed in one go by
 * generateSteps, with the logits of the token to come from a forward pass of the whole
 * text; and the worker abandons a half-done continuation once a newer request on its
 * channel arrives, answering only that one.
 */
import { describe, expect, it } from 'vitest';
import { generateSteps, type Settings } from '@/lib/model/continuation';
import { attentionPass, forward } from '@/lib/model/forward';
import { encode } from '@/lib/model/tokenizer';
import { createWorkerHandler } from '@/lib/model/worker/handler';
import type { ContinueResult, FromWorker } from '@/lib/model/worker/protocol';
import { logitsCache, startTask, taskCost } from '@/lib/model/worker/tasks';
import { passMultiplyAdds } from '@/lib/model/cost';
import { createPass } from '@/lib/model/pass';
import { randomModel, TINY } from '../reference';

const model = randomModel(TINY, 11);
const settings: Settings = { temperature: 0.8, topK: 0, mode: 'sample', seed: 4 };
const lastRow = (ids: number[]) => forward(model, ids).logits[ids.length - 1];

/** A clock that moves 5 ms on each forward pass the source runs. */
function slowSource() {
  const clock = { t: 0 };
  const source = logitsCache(model);
  const inner = source.logitsFor;
  source.logitsFor = (ids) => {
    const before = source.passes;
    const out = inner(ids);
    if (source.passes > before) clock.t += 5;
    return out;
  };
  return { clock, source, now: () => clock.t };
}

describe('startTask (continue)', () => {
  it('works in slices and gives what generateSteps gives in one go', () => {
    const { source, now } = slowSource();
    const job = startTask(model, { kind: 'continue', text: 'abc', settings, count: 12 }, source, now);
    let result = null;
    let slices = 0;
    while (!(result = job.advance(12))) slices++;
    expect(slices).toBeGreaterThan(2); // 12 passes of 5 ms cannot fit in one 12 ms slice
    const ids = encode(model, 'abc', { keep: 'end' }).ids;
    const expected = generateSteps(ids, settings, 12, TINY.contextLength, lastRow);
    const got = result as ContinueResult;
    expect(got.steps.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    expect(got.steps.map((s) => s.u)).toEqual(expected.map((s) => s.u));
    const all = [...ids, ...expected.map((s) => s.id)].slice(-TINY.contextLength);
    got.next!.forEach((v, i) => expect(v).toBeCloseTo(lastRow(all)[i], 12));
    expect(got.passes).toBe(13);
  });

  it('reuses the cached passes when only the later steps change', () => {
    const source = logitsCache(model);
    startTask(model, { kind: 'continue', text: 'ab', settings: { ...settings, mode: 'greedy' }, count: 6 }, source).advance(Infinity);
    const again = startTask(model, { kind: 'continue', text: 'ab', settings: { ...settings, mode: 'greedy' }, count: 7 }, source).advance(Infinity) as ContinueResult;
    expect(again.passes).toBe(1); // only the pass after the seventh token is new
  });

  it('gives nothing for an empty prompt', () => {
    const result = startTask(model, { kind: 'continue', text: '', settings, count: 5 }).advance(Infinity) as ContinueResult;
    expect(result.steps).toEqual([]);
    expect(result.next).toBeNull();
  });
});

describe('the worker abandons a continuation replaced on its channel', () => {
  it('answers only the newer request', () => {
    const posted: FromWorker[] = [];
    const timers: (() => void)[] = [];
    const clock = { t: 0 };
    const handle = createWorkerHandler(
      (m) => posted.push(m),
      (fn) => timers.push(fn),
      () => (clock.t += 4),
    );
    handle({ type: 'model', key: 1, model });
    handle({ type: 'run', id: 1, channel: 7, key: 1, task: { kind: 'continue', text: 'ab', settings, count: 30 } });
    timers.shift()!(); // one slice: part of the 30 tokens
    expect(posted).toEqual([]);
    handle({ type: 'run', id: 2, channel: 7, key: 1, task: { kind: 'continue', text: 'abc', settings, count: 2 } });
    while (timers.length) timers.shift()!();
    expect(posted.map((m) => m.id)).toEqual([2]);
    const result = (posted[0] as Extract<FromWorker, { type: 'result' }>).result as ContinueResult;
    expect(result.steps).toHaveLength(2);
  });
});

describe('startTask (attention)', () => {
  it('answers with the tokens and attentionPass of the encoded text in one slice', () => {
    const result = startTask(model, { kind: 'attention', text: 'abcab' }).advance(12);
    const encoded = encode(model, 'abcab');
    expect(result).toMatchObject({ kind: 'attention', encoded, passes: 1 });
    expect(result?.kind === 'attention' && result.trace).toEqual(attentionPass(model, encoded.ids));
  });
});

describe('taskCost', () => {
  it('counts only the rows the pass would compute, and never offers a continuation', () => {
    const rows = createPass(model);
    const ids = encode(model, 'abcab').ids;
    expect(taskCost(model, { kind: 'attention', text: 'abcab' }, rows)).toBe(passMultiplyAdds(TINY, 0, ids.length, true));
    const done = startTask(model, { kind: 'attention', text: 'abcab' }, undefined, undefined, rows).advance(Infinity)!;
    expect(done.kind === 'attention' && done.multiplyAdds, 'what the result says it cost').toBe(passMultiplyAdds(TINY, 0, ids.length, true));
    expect(taskCost(model, { kind: 'attention', text: 'abcab' }, rows)).toBe(0);
    const longer = encode(model, 'abcabc').ids;
    expect(taskCost(model, { kind: 'trace', text: 'abcabc' }, rows)).toBe(passMultiplyAdds(TINY, ids.length, longer.length, false));
    expect(taskCost(model, { kind: 'continue', text: 'ab', settings, count: 3 }, rows)).toBe(Infinity);
  });
});
