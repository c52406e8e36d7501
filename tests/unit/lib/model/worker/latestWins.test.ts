/**
 * The model worker's "latest request wins": ids in the page, the one-per-channel
 * queue in the worker, and the two together over a fake message port whose delivery
 * the test controls, so answers can arrive late and out of order. Results are checked
 * against the independent float64 reference forward pass.
 */
import { describe, expect, it } from 'vitest';
import { LatestPerChannel, LatestRequests } from '@/lib/model/worker/latest';
import { attentionPass, forward } from '@/lib/model/forward';
import type { AttentionResult, ToWorker, TraceResult } from '@/lib/model/worker/protocol';
import { randomModel, referenceForward } from '../reference';
import { rig } from './rig';
import { passMultiplyAdds } from '@/lib/model/cost';
import type { ModelChannel } from '@/lib/model/worker/client';
import { WARM_UP_PASSES } from '@/lib/model/pass';

describe('LatestRequests', () => {
  it('accepts only the answer to the latest request of a channel', () => {
    const requests = new LatestRequests();
    const first = requests.begin(1);
    const second = requests.begin(1);
    const other = requests.begin(2);
    expect(requests.accept(1, first)).toBe(false);
    expect(requests.accept(1, second)).toBe(true);
    expect(requests.accept(2, other)).toBe(true);
    expect(requests.accept(2, second)).toBe(false);
    requests.close(1);
    expect(requests.accept(1, second)).toBe(false);
  });
});

describe('LatestPerChannel', () => {
  it('keeps one request per channel, the newest, and serves channels oldest first', () => {
    const queue = new LatestPerChannel<{ channel: number; text: string }>();
    expect(queue.put({ channel: 1, text: 'a' })).toBeUndefined();
    queue.put({ channel: 2, text: 'x' });
    expect(queue.put({ channel: 1, text: 'ab' })).toEqual({ channel: 1, text: 'a' });
    expect(queue.size).toBe(2);
    // channel 1's replacement went to the back of the line
    expect(queue.take()).toEqual({ channel: 2, text: 'x' });
    expect(queue.take()).toEqual({ channel: 1, text: 'ab' });
    expect(queue.take()).toBeUndefined();
  });
});

const model = randomModel(undefined, 3);
const textOf = (ids: number[]) => ids.map((id) => model.vocab[id]).join('');

describe('model client and worker', () => {
  it('computes the trace of the latest text only, and draws only that one', () => {
    const r = rig();
    const drawn: TraceResult[] = [];
    const channel = r.client.open();
    for (const text of ['a', 'ab', 'abc'])
      channel.run(
        model,
        { kind: 'trace', text },
        (res) => drawn.push(res),
        () => {},
      );
    r.deliverToWorker();
    r.workerTurn();
    expect(r.workerTurn()).toBeUndefined(); // nothing else was queued: 'a' and 'ab' were replaced
    expect(r.toPage.map((m) => m.id)).toHaveLength(1);
    r.deliverToPage();
    expect(drawn).toHaveLength(1);
    const ids = [3, 4, 5]; // a, b, c in the fixture's vocabulary
    expect(textOf(drawn[0].encoded.ids)).toBe('abc');
    const reference = referenceForward(model, ids);
    drawn[0].trace.logits.forEach((row, p) => row.forEach((v, i) => expect(v).toBeCloseTo(reference.logits[p][i], 9)));
  });

  /** Asks the worker for the trace of `text` on `channel` and runs it to the page at once. */
  const traceNow = (r: ReturnType<typeof rig>, channel: ModelChannel, text: string) => {
    const drawn: TraceResult[] = [];
    channel.run(
      model,
      { kind: 'trace', text },
      (res) => drawn.push(res),
      () => {},
    );
    r.deliverToWorker();
    r.workerTurn();
    r.deliverToPage();
    return drawn[0];
  };

  it('warms a model sent ahead up on idle turns, one short pass each, and then answers exactly as a fresh pass', () => {
    const r = rig();
    r.client.prepare(model);
    r.deliverToWorker();
    for (let turn = 0; turn < WARM_UP_PASSES; turn++) {
      expect(r.turnsWaiting(), `turn ${turn + 1}`).toBe(1);
      r.workerTurn();
    }
    expect(r.turnsWaiting()).toBe(0);
    expect(traceNow(r, r.client.open(), 'abc').trace).toEqual(forward(model, [3, 4, 5]));
  });

  it('answers a request that comes with its model on the first turn, and then warms nothing up (the request did)', () => {
    const r = rig();
    const channel = r.client.open();
    expect(textOf(traceNow(r, channel, 'ab').encoded.ids)).toBe('ab');
    expect(r.turnsWaiting()).toBe(0);
    expect(traceNow(r, channel, 'abc').trace).toEqual(forward(model, [3, 4, 5]));
  });

  it('stops warming a model up at its first request, and keeps that request’s rows for the next', () => {
    const r = rig();
    r.client.prepare(model);
    r.deliverToWorker();
    r.workerTurn(); // one warm-up pass
    const channel = r.client.open();
    traceNow(r, channel, 'abcab');
    expect(r.turnsWaiting()).toBe(0);
    const next = traceNow(r, channel, 'abcabc');
    expect(next.trace).toEqual(forward(model, next.encoded.ids));
    expect(next.multiplyAdds, 'only the new row').toBe(passMultiplyAdds(model.config, next.encoded.ids.length - 1, next.encoded.ids.length, false));
  });

  it('drops an answer that arrives after a newer request was made', () => {
    const r = rig();
    const drawn: string[] = [];
    const channel = r.client.open();
    channel.run(
      model,
      { kind: 'trace', text: 'ab' },
      (res) => drawn.push(textOf(res.encoded.ids)),
      () => {},
    );
    r.deliverToWorker();
    r.workerTurn(); // the worker answers 'ab' …
    channel.run(
      model,
      { kind: 'trace', text: 'abc' },
      (res) => drawn.push(textOf(res.encoded.ids)),
      () => {},
    );
    r.deliverToPage(); // … but the answer lands after 'abc' was asked for
    expect(drawn).toEqual([]);
    r.deliverToWorker();
    r.workerTurn();
    r.deliverToPage();
    expect(drawn).toEqual(['abc']);
  });

  it('keeps channels apart, and drops everything for a closed channel', () => {
    const r = rig();
    const drawn: string[] = [];
    const one = r.client.open();
    const two = r.client.open();
    one.run(
      model,
      { kind: 'trace', text: 'a' },
      () => drawn.push('one'),
      () => {},
    );
    two.run(
      model,
      { kind: 'trace', text: 'b' },
      () => drawn.push('two'),
      () => {},
    );
    r.deliverToWorker();
    r.workerTurn();
    r.workerTurn();
    one.close();
    r.deliverToPage([1, 0]);
    expect(drawn).toEqual(['two']);
  });

  it('sends each model to the worker once, and reports a failure to the latest request', () => {
    const r = rig();
    const sent: ToWorker['type'][] = [];
    const post = r.port.postMessage;
    r.port.postMessage = (m) => (sent.push(m.type), post(m));
    const channel = r.client.open();
    channel.run(
      model,
      { kind: 'trace', text: 'a' },
      () => {},
      () => {},
    );
    channel.run(
      model,
      { kind: 'trace', text: 'b' },
      () => {},
      () => {},
    );
    expect(sent).toEqual(['model', 'run', 'run']);
    const errors: string[] = [];
    const tooLong = 'a'.repeat(model.config.contextLength + 1);
    // encode() cuts long text, so ask the forward pass for an id outside the vocabulary instead
    const broken = { ...model, bpe: { ...model.bpe, charIds: new Map([['a', model.config.vocabSize]]), cache: new Map() } };
    channel.run(
      broken,
      { kind: 'trace', text: tooLong },
      () => {},
      (message) => errors.push(message),
    );
    r.deliverToWorker();
    r.workerTurn();
    r.deliverToPage();
    expect(errors).toEqual([`token id ${model.config.vocabSize} is outside the vocabulary (0…${model.config.vocabSize - 1})`]);
  });

  it('posts attention in flat arrays and hands the page the trace attentionPass gives, edit after edit', () => {
    const r = rig();
    const drawn: AttentionResult[] = [];
    const channel = r.client.open();
    // each text edits the last (append, delete, change in the middle, a new one): the worker reuses its rows
    for (const text of ['abcab', 'abcabca', 'abca', 'acca', 'cba']) {
      channel.run(
        model,
        { kind: 'attention', text },
        (res) => drawn.push(res),
        () => {},
      );
      r.deliverToWorker();
      r.workerTurn();
      const posted = r.toPage[0];
      expect(posted.type === 'result' && posted.result.kind).toBe('attention-rows');
      r.deliverToPage();
      const shown = drawn.at(-1)!;
      expect(shown.kind).toBe('attention');
      expect(textOf(shown.encoded.ids)).toBe(text);
      expect(shown.trace).toEqual(attentionPass(model, shown.encoded.ids));
    }
    expect(drawn).toHaveLength(5);
  });
});
