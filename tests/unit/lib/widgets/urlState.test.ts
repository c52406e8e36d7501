import { describe, expect, it } from 'vitest';
import { boolParam, enumParam, intParam, numberParam, readState, textParam, writeState } from '@/lib/widgets/urlState';

const schema = {
  sentence: textParam('The cat sat.', 200),
  layer: intParam(0, 0, 1),
  view: enumParam('arcs', ['arcs', 'heatmap'] as const),
  temperature: numberParam(1, 0.1, 5),
  causal: boolParam(true),
};

describe('readState', () => {
  it('takes defaults when the URL is empty', () => {
    expect(readState(schema, new URLSearchParams(''))).toEqual({
      state: { sentence: 'The cat sat.', layer: 0, view: 'arcs', temperature: 1, causal: true },
      rejected: [],
    });
  });

  it('reads valid values, including markup as plain text', () => {
    const { state, rejected } = readState(schema, new URLSearchParams('sentence=%3Cimg+src%3Dx%3E&layer=1&view=heatmap&temperature=0.5&causal=0'));
    expect(state).toEqual({ sentence: '<img src=x>', layer: 1, view: 'heatmap', temperature: 0.5, causal: false });
    expect(rejected).toEqual([]);
  });

  it('falls back to the default and reports each malformed or out-of-range value', () => {
    const { state, rejected } = readState(schema, new URLSearchParams(`layer=7&view=pie&temperature=abc&causal=yes&sentence=${'a'.repeat(201)}`));
    expect(state).toEqual({ sentence: 'The cat sat.', layer: 0, view: 'arcs', temperature: 1, causal: true });
    expect(rejected.sort()).toEqual(['causal', 'layer', 'sentence', 'temperature', 'view']);
  });

  it('refuses non-integers and exponent tricks for integer params', () => {
    expect(readState(schema, new URLSearchParams('layer=1.0')).rejected).toEqual(['layer']);
    expect(readState(schema, new URLSearchParams('layer=1e0')).rejected).toEqual(['layer']);
  });
});

describe('writeState', () => {
  it('writes only what differs from the defaults and keeps other parameters', () => {
    const next = writeState(schema, { sentence: 'The cat sat.', layer: 1, view: 'arcs', temperature: 2, causal: true }, new URLSearchParams('other=x&view=heatmap'));
    expect(next.toString()).toBe('other=x&layer=1&temperature=2');
  });

  it('round-trips through read', () => {
    const state = { sentence: 'Hello, 世界 & <b>', layer: 1, view: 'heatmap' as const, temperature: 0.25, causal: false };
    expect(readState(schema, writeState(schema, state, new URLSearchParams())).state).toEqual(state);
  });
});
