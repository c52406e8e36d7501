'use client';
/**
 * `useModelTrace(model, text)`: the model's tokens and forward pass for `text`,
 * computed in the model worker (lib/model/worker) so that typing, sliders and
 * animations keep the main thread while a long sentence runs.
 *
 *   const run = useModelTrace(model, sentence);
 *   draw(run.encoded.tokens, run.trace);   // run.pending: a newer text is being computed
 *
 * The first result is computed in place, so a widget draws complete on its first
 * render; every later text goes to the worker, and only the answer for the latest
 * text is drawn (a slower answer for an older text is dropped). Where there is no
 * worker (Node, component tests) or it failed, every text is computed in place.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FORWARD_MEASURE } from '@/components/widget/useTinyModel';
import { modelClient, type ModelChannel } from '@/lib/model/worker/client';
import { runTask } from '@/lib/model/worker/handler';
import type { TraceResult, TraceTask } from '@/lib/model/worker/protocol';
import type { Encoded, ForwardTrace, TinyModel } from '@/lib/model/types';

export interface ModelRun {
  /** The text these tokens and this trace are for (the latest text, unless pending). */
  text: string;
  encoded: Encoded;
  trace: ForwardTrace;
  /** True while the drawn result is for an older text than the current one. */
  pending: boolean;
}

interface Answer {
  model: TinyModel;
  text: string;
  keep: TraceTask['keep'];
  result: TraceResult;
}

/** Records a forward pass's duration for `npm run bench` (a User Timing measure). */
function recordForward(result: TraceResult): void {
  if (typeof performance === 'undefined' || !performance.measure) return;
  const end = performance.now();
  performance.clearMeasures(FORWARD_MEASURE);
  performance.measure(FORWARD_MEASURE, { start: end - result.ms, end, detail: { tokens: result.encoded.ids.length } });
}

function computeHere(model: TinyModel, text: string, keep: TraceTask['keep']): Answer {
  const result = runTask(model, { kind: 'trace', text, keep });
  recordForward(result);
  return { model, text, keep, result };
}

export function useModelTrace(model: TinyModel, text: string, keep?: TraceTask['keep']): ModelRun {
  const client = useMemo(() => modelClient(), []);
  const [answer, setAnswer] = useState<Answer>(() => computeHere(model, text, keep));
  const [failed, setFailed] = useState(false);
  const inPlace = !client || failed;
  const here = useMemo(
    () => (inPlace && (answer.model !== model || answer.text !== text || answer.keep !== keep) ? computeHere(model, text, keep) : null),
    [inPlace, answer, model, text, keep],
  );
  const channel = useRef<ModelChannel | null>(null);

  useEffect(() => {
    if (!client) return;
    const opened = client.open();
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [client]);

  useEffect(() => {
    if (inPlace || !channel.current) return;
    if (answer.model === model && answer.text === text && answer.keep === keep) return;
    channel.current.run(
      model,
      { kind: 'trace', text, keep },
      (result) => {
        recordForward(result);
        setAnswer({ model, text, keep, result });
      },
      (message) => {
        console.error(`Model worker: ${message}; computing on the page instead`);
        setFailed(true);
      },
    );
  }, [inPlace, answer, model, text, keep]);

  const shown = here ?? answer;
  const pending = shown.model !== model || shown.text !== text || shown.keep !== keep;
  return { text: shown.text, encoded: shown.result.encoded, trace: shown.result.trace, pending };
}
