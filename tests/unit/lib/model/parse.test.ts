/** Tests for lib/model/parse and lib/model/load: round trip through the packed format, and clear errors. */
import { describe, expect, it } from 'vitest';
import { parameterLayout } from '@/lib/model/layout';
import { loadModel, type LoadProgress } from '@/lib/model/load';
import { parseModel } from '@/lib/model/parse';
import { fromBfloat16, maxStep } from '@/lib/model/quantise';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, type ModelFileJson } from '@/lib/model/types';
import { quantise, tensorBits } from '@/scripts/train/export';
import { randomModelWithFlat, TINY } from './reference';

const { model, flat } = randomModelWithFlat();
const { bytes, tensors } = quantise(TINY, flat);
const json: ModelFileJson = {
  format: MODEL_FORMAT,
  version: MODEL_FORMAT_VERSION,
  locale: 'test',
  config: TINY,
  chars: model.vocab.join(''),
  merges: [],
  byteFallback: false,
  unigramCounts: model.vocab.map((_, i) => i + 1),
  weightsFile: 'weights.bin',
  weightsBytes: bytes.byteLength,
  tensors,
};
const buffer = () => bytes.slice().buffer;

describe('parseModel', () => {
  it('dequantises every value to within half a step of the float weights, or to the clipped end of its row', () => {
    const parsed = parseModel(json, buffer());
    const back = parsed.weights.tokenEmbedding.data;
    const all = new Float32Array(back.buffer, back.byteOffset, flat.length);
    const view = new DataView(bytes.buffer);
    let offset = 0;
    let worst = 0; // largest error of a value inside its row's range, as a fraction of the row's step
    let clipped = 0;
    for (const [i, e] of parameterLayout(TINY).entries()) {
      expect(tensors[i].bits).toBe(tensorBits(e));
      const limit = maxStep(tensors[i].bits);
      for (let r = 0; r < e.rows; r++) {
        const step = fromBfloat16(view.getUint16(tensors[i].scalesOffset + r * 2, true));
        for (let c = 0; c < e.cols; c++) {
          const k = offset + r * e.cols + c;
          if (Math.abs(flat[k]) > (limit + 0.5) * step) {
            // beyond the last step: stored as that step, with the value's sign
            expect(all[k]).toBe(Math.sign(flat[k]) * limit * step);
            clipped++;
          } else worst = Math.max(worst, Math.abs(all[k] - flat[k]) / step);
        }
      }
      offset += e.rows * e.cols;
    }
    expect(worst).toBeLessThanOrEqual(0.5 + 1e-4);
    expect(clipped).toBeLessThan(flat.length / 20);
    expect(parsed.vocab).toEqual(model.vocab);
    expect(parsed.unigramCounts).toHaveLength(TINY.vocabSize);
  });

  it('names what is wrong with a bad file', () => {
    expect(() => parseModel({ ...json, format: 'other' }, buffer())).toThrow(/Bad model file: unknown format/);
    expect(() => parseModel(json, new ArrayBuffer(3))).toThrow(/weights file has 3 bytes/);
    expect(() => parseModel({ ...json, chars: 'a' }, buffer())).toThrow(/the tokenizer makes 1 tokens, config.vocabSize is 11/);
    expect(() => parseModel({ ...json, merges: [0, 99] }, buffer())).toThrow(/merge 0 refers to a token that does not exist yet/);
    const renamed = tensors.map((t, i) => (i === 2 ? { ...t, name: 'oops' } : t));
    expect(() => parseModel({ ...json, tensors: renamed }, buffer())).toThrow(/tensor 2 should be h0.ln1_g/);
    expect(() => parseModel({ ...json, config: { ...TINY, nHeads: 5 } }, buffer())).toThrow(/divisible/);
    expect(() => parseModel(null, buffer())).toThrow(/not an object/);
    expect(() => parseModel({ ...json, version: 2 }, buffer())).toThrow('unsupported version 2, expected 3');
    const widened = tensors.map((t, i) => (i === 2 ? { ...t, bits: 9 } : t));
    expect(() => parseModel({ ...json, tensors: widened }, buffer())).toThrow('h0.ln1_g has 9 bits per value, not 2 to 8');
    // a 6-bit tensor whose first value has all six bits set (63 > 2 × 31): a damaged file
    const qkv = tensors.findIndex((t) => t.name === 'h0.attn_qkv_w');
    const damaged = bytes.slice();
    damaged[tensors[qkv].offset] |= 0x3f;
    expect(tensors[qkv].bits).toBe(6);
    expect(() => parseModel(json, damaged.buffer)).toThrow('Bad model file: h0.attn_qkv_w: value 0 is 63, beyond the 62 that 6 bits may hold');
  });
});

/** A fake fetch serving model.json and a weights file streamed in chunks. */
function fakeFetch(files: Record<string, BodyInit | number>): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    const body = files[url];
    if (body === undefined) return new Response('missing', { status: 404, statusText: 'Not Found' });
    if (typeof body === 'number') return new Response('error', { status: body });
    return new Response(body);
  }) as typeof fetch;
}

function chunked(data: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= data.length) return controller.close();
      controller.enqueue(data.slice(at, at + size));
      at += size;
    },
  });
}

describe('loadModel', () => {
  it('loads both files and reports streamed progress', async () => {
    const events: LoadProgress[] = [];
    const fetcher = fakeFetch({ '/m/model.json': JSON.stringify(json), '/m/weights.bin': chunked(bytes.slice() as unknown as Uint8Array, 1000) });
    const loaded = await loadModel('/m/', { fetch: fetcher, onProgress: (p) => events.push(p) });
    expect(loaded.config).toEqual(TINY);
    const weights = events.filter((e) => e.phase === 'weights');
    expect(weights.length).toBeGreaterThan(1);
    expect(weights[weights.length - 1]).toEqual({ phase: 'weights', loaded: bytes.byteLength, total: bytes.byteLength });
    weights.slice(1).forEach((e, i) => expect(e.loaded).toBeGreaterThan(weights[i].loaded));
  });

  it('rejects with the URL and HTTP status when a file is missing', async () => {
    await expect(loadModel('/none', { fetch: fakeFetch({}) })).rejects.toThrow('Could not load /none/model.json: HTTP 404 Not Found');
    const noWeights = fakeFetch({ '/m/model.json': JSON.stringify(json), '/m/weights.bin': 500 });
    await expect(loadModel('/m', { fetch: noWeights })).rejects.toThrow('Could not load /m/weights.bin: HTTP 500');
  });

  it('rejects invalid JSON and a failing network with clear messages', async () => {
    await expect(loadModel('/m', { fetch: fakeFetch({ '/m/model.json': '{oops' }) })).rejects.toThrow('not valid JSON');
    const offline = (async () => {
      throw new TypeError('network down');
    }) as unknown as typeof fetch;
    await expect(loadModel('/m', { fetch: offline })).rejects.toThrow('Could not load /m/model.json: network down');
  });

  it('passes an abort through', async () => {
    const controller = new AbortController();
    controller.abort();
    const aborting = (async (_: unknown, init?: RequestInit) => {
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return new Response('{}');
    }) as unknown as typeof fetch;
    await expect(loadModel('/m', { fetch: aborting, signal: controller.signal })).rejects.toThrow('aborted');
  });
});
