/** Tests for the distance view's worker client, with a fake worker: answers by id, errors, and the worker failing. */
import { describe, expect, it } from 'vitest';
import { createTopRowsClient, type TopRowsPort, type TopRowsReply, type TopRowsRequest } from '@/visualizations/positional/dotProductClient';

function fakePort() {
  const sent: TopRowsRequest[] = [];
  let terminated = false;
  const port: TopRowsPort = {
    postMessage: (message) => sent.push(message),
    onmessage: null,
    onerror: null,
    terminate: () => (terminated = true),
  };
  return { port, sent, reply: (data: TopRowsReply) => port.onmessage!({ data }), terminated: () => terminated };
}

describe('createTopRowsClient', () => {
  it('matches each answer to its request, in whatever order they come', async () => {
    const { port, sent, reply } = fakePort();
    const client = createTopRowsClient(port);
    const first = client.request(256, 512, 76);
    const second = client.request(256, 510, 76);
    expect(sent).toEqual([
      { id: 1, positions: 256, dims: 512, to: 76 },
      { id: 2, positions: 256, dims: 510, to: 76 },
    ]);
    reply({ id: 2, packed: Float64Array.from([2]), ms: 4 });
    reply({ id: 1, packed: Float64Array.from([1]), ms: 3 });
    const [a, b] = [await first, await second];
    expect([[...a.packed], a.ms]).toEqual([[1], 3]);
    expect([[...b.packed], b.ms]).toEqual([[2], 4]);
  });

  it('rejects a request the worker could not compute, and keeps working', async () => {
    const { port, reply } = fakePort();
    const client = createTopRowsClient(port);
    const asked = client.request(4, 0, 0);
    reply({ id: 1, error: 'dModel must be a positive integer, got 0' });
    await expect(asked).rejects.toThrow(/positive integer/);
    expect(client.working).toBe(true);
  });

  it('rejects every open request when the worker fails, stops it, and sends no more', async () => {
    const { port, sent, terminated } = fakePort();
    const client = createTopRowsClient(port);
    const open = [client.request(8, 8, 4), client.request(8, 6, 4)];
    port.onerror!(new Event('error'));
    for (const request of open) await expect(request).rejects.toThrow(/worker failed/);
    expect(client.working).toBe(false);
    expect(terminated()).toBe(true);
    await expect(client.request(8, 4, 4)).rejects.toThrow(/worker failed/);
    expect(sent).toHaveLength(2);
  });
});
