/**
 * WantedTask: a task asked for early (in an input handler) and wanted again by the
 * render that follows is sent once; an answer for a task that is no longer wanted is
 * dropped, and a task wanted again after its answer was dropped is asked for again.
 * Over the real client and worker handler, with hand-delivered messages (./rig.ts).
 */
import { describe, expect, it } from 'vitest';
import type { AttentionTask, ToWorker } from '@/lib/model/worker/protocol';
import { WantedTask, type TaskAnswer } from '@/lib/model/worker/wanted';
import { randomModel } from '../reference';
import { rig } from './rig';

const model = randomModel(undefined, 3);
const task = (text: string): AttentionTask => ({ kind: 'attention', text });
const textOf = (answer: TaskAnswer<AttentionTask>) => answer.result.encoded.ids.map((id) => model.vocab[id]).join('');

function setup() {
  const r = rig();
  const runs: string[] = [];
  const post = r.port.postMessage;
  r.port.postMessage = (m: ToWorker) => {
    if (m.type === 'run') runs.push(m.task.text);
    post(m);
  };
  const drawn: string[] = [];
  const errors: string[] = [];
  const wanted = new WantedTask<AttentionTask>(
    r.client.open(),
    (answer) => drawn.push(textOf(answer)),
    (message) => errors.push(message),
  );
  /** The worker answers everything sent so far, and the page receives it. */
  const answer = () => {
    r.deliverToWorker();
    while (r.workerTurn() !== undefined);
    r.deliverToPage();
  };
  return { wanted, runs, drawn, errors, answer };
}

describe('WantedTask', () => {
  it('sends a task asked for early once, when the render wants it again', () => {
    const s = setup();
    s.wanted.want(model, task('abc'), false); // the input handler
    s.wanted.want(model, task('abc'), false); // the render's effect
    expect(s.runs).toEqual(['abc']);
    s.answer();
    expect(s.drawn).toEqual(['abc']);
  });

  it('asks nothing for the task whose answer is on screen', () => {
    const s = setup();
    s.wanted.want(model, task('ab'), true);
    expect(s.runs).toEqual([]);
  });

  it('draws only the latest text of a burst', () => {
    const s = setup();
    for (const text of ['a', 'ab', 'abc']) s.wanted.want(model, task(text), false);
    expect(s.runs).toEqual(['a', 'ab', 'abc']);
    s.answer();
    expect(s.drawn).toEqual(['abc']);
  });

  it('drops the answer for a text typed over, and asks for it again when it is wanted again', () => {
    const s = setup();
    s.wanted.want(model, task('ab'), true); // 'ab' is on screen
    s.wanted.want(model, task('abc'), false); // the reader types 'c' …
    s.wanted.want(model, task('ab'), true); // … and deletes it again before the answer
    s.answer();
    expect(s.drawn).toEqual([]); // 'abc' is not what the box says
    s.wanted.want(model, task('abc'), false); // 'c' once more: nothing is on its way for it
    expect(s.runs).toEqual(['abc', 'abc']);
    s.answer();
    expect(s.drawn).toEqual(['abc']);
  });

  it('reports a failure, and asks again for the same task afterwards', () => {
    const s = setup();
    // an id outside the vocabulary makes the worker's pass throw
    const broken = { ...model, bpe: { ...model.bpe, charIds: new Map([['a', model.config.vocabSize]]), cache: new Map() } };
    s.wanted.want(broken, task('a'), false);
    s.answer();
    expect(s.errors).toHaveLength(1);
    s.wanted.want(broken, task('a'), false);
    expect(s.runs).toEqual(['a', 'a']);
  });
});
