// @vitest-environment happy-dom
/**
 * The model-widget harness: a state is checked against the model once, when the model
 * first arrives, and the notices say, in order, which link values were rejected (each
 * name once, the URL's and the model's together), that the input was cut, and which
 * characters the model has no token for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useCallback, useState } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { inputNotices, useModelCheck, type ModelCheck } from '@/components/widget/useModelWidget';
import type { ModelConfig, TinyModel } from '@/lib/model/types';
import { randomModel } from '../../lib/model/reference';

const config: ModelConfig = { vocabSize: 11, contextLength: 16, dModel: 8, nHeads: 2, nLayers: 2, dFF: 16, lnEps: 1e-5 };
const model = randomModel(config, 3);

interface S {
  layer: number;
}
const checkLayer = (state: S, m: TinyModel): ModelCheck<S> => (state.layer > m.config.nLayers ? { patch: { layer: 1 }, rejected: ['layer'] } : { patch: {}, rejected: [] });

let seen: { state: S; rejected: string[] }[] = [];
let setLayer: (layer: number) => void = () => {};
function Harness({ m, urlRejected }: { m: TinyModel | null; urlRejected: string[] }) {
  const [state, setState] = useState<S>({ layer: 5 });
  const update = useCallback((patch: Partial<S>) => setState((s) => ({ ...s, ...patch })), []);
  setLayer = (layer) => update({ layer });
  const rejected = useModelCheck(m, state, update, checkLayer, urlRejected);
  seen.push({ state, rejected });
  return null;
}

afterEach(() => {
  cleanup();
  seen = [];
});

describe('useModelCheck', () => {
  it('waits for the model, then corrects the state once and reports the field with the URL’s', () => {
    const urlRejected = ['layer', 'view'];
    const { rerender } = render(<Harness m={null} urlRejected={urlRejected} />);
    expect(seen.at(-1)).toEqual({ state: { layer: 5 }, rejected: ['layer', 'view'] });
    rerender(<Harness m={model} urlRejected={urlRejected} />);
    expect(seen.at(-1)).toEqual({ state: { layer: 1 }, rejected: ['layer', 'view'] });
    // a later out-of-range choice is the widget's to handle: the link is checked only once
    act(() => setLayer(9));
    expect(seen.at(-1)?.state).toEqual({ layer: 9 });
  });
});

describe('inputNotices', () => {
  it('lists rejected values, the cut and the characters without a token, in that order', () => {
    // the fixture's vocabulary is a few letters, a space and a full stop: "x" and "é" have no token
    const notices = inputNotices('en', model, { rejected: ['layer', 'head'], text: 'a x.é', truncated: 'cut' });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toContain('layer, head');
    expect(notices[1]).toBe('cut');
    expect(notices[2]).toContain('“x” “é”');
  });

  it('says nothing about input the model reads whole', () => {
    expect(inputNotices('zh', model, { rejected: [], text: 'bad cafe', truncated: null })).toEqual([]);
  });
});
