/**
 * The model tasks themselves, run in slices: `startTask` returns a job whose
 * `advance(budget)` works for about `budget` milliseconds and returns the result once
 * complete (null before). A trace (or its attention part) is one forward pass and completes in one slice; a
 * continuation is one forward pass per token, so between slices the worker can see
 * that a newer request replaced it and stop. Also what the page runs, to the end, when
 * there is no worker.
 */
import { continuation, createLogitsCache, type GenStep } from '../continuation';
import { attentionPass, attentionRows, forward, nextTokenLogits } from '../forward';
import { passMultiplyAdds } from '../cost';
import { createPass, type ModelPass } from '../pass';
import { encode } from '../tokenizer';
import type { TinyModel } from '../types';
import type { AttentionRowsResult, AttentionTask, ModelResult, ModelTask } from './protocol';

export interface Job {
  advance(budget: number): ModelResult | null;
}

/**
 * Next-token logits after `ids` (the last row of a forward pass), memoised by context,
 * counting the passes run. Its passes share one ModelPass: each step of a continuation
 * extends the last context by a token, so it computes one row.
 */
export interface LogitsSource {
  logitsFor: (ids: number[]) => number[];
  passes: number;
}

export function logitsCache(model: TinyModel, options?: { fixedWeights?: boolean }): LogitsSource {
  const rows = createPass(model, options);
  const source: LogitsSource = {
    passes: 0,
    logitsFor: createLogitsCache((ids) => {
      source.passes++;
      return nextTokenLogits(model, ids, rows);
    }),
  };
  return source;
}

/**
 * Starts `task`. `rows`, a pass kept between tasks, lets a trace or attention task
 * compute only the rows after the prefix it shares with the last one (the same numbers).
 */
export function startTask(model: TinyModel, task: ModelTask, source?: LogitsSource, now: () => number = () => performance.now(), rows?: ModelPass): Job {
  if (task.kind === 'trace' || task.kind === 'attention') {
    return {
      advance() {
        const encoded = encode(model, task.text, { keep: task.keep });
        const multiplyAdds = rowsCost(model, encoded.ids, rows, task.kind === 'attention');
        const start = now();
        if (task.kind === 'attention') return { kind: 'attention', encoded, trace: attentionPass(model, encoded.ids, rows), ms: now() - start, passes: 1, multiplyAdds };
        const trace = forward(model, encoded.ids, rows);
        return { kind: 'trace', encoded, trace, ms: now() - start, passes: 1, multiplyAdds };
      },
    };
  }
  const encoded = encode(model, task.text, { keep: 'end' });
  const { contextLength } = model.config;
  // a logits cache (and its pass's buffers) only for a continuation, which reads it
  source ??= logitsCache(model);
  const { logitsFor } = source;
  const steps: GenStep[] = [];
  const it = continuation(encoded.ids, task.settings, contextLength, logitsFor);
  const passesBefore = source.passes;
  let ms = 0;
  return {
    advance(budget) {
      const start = now();
      let ended = encoded.ids.length === 0;
      while (!ended && steps.length < task.count && now() - start < budget) {
        const step = it.next();
        if (step.done) ended = true;
        else steps.push(step.value);
      }
      if (!ended && steps.length < task.count) {
        ms += now() - start;
        return null;
      }
      const next = encoded.ids.length ? logitsFor([...encoded.ids, ...steps.map((s) => s.id)].slice(-contextLength)) : null;
      ms += now() - start;
      return { kind: 'continue', encoded, steps, next, ms, passes: source.passes - passesBefore };
    },
  };
}

/** The worker's attention task: answered in flat arrays, for the page to unpack (AttentionRowsResult). */
export function attentionRowsTask(model: TinyModel, task: AttentionTask, rows: ModelPass, now: () => number = () => performance.now()): { advance(budget: number): AttentionRowsResult } {
  return {
    advance() {
      const encoded = encode(model, task.text, { keep: task.keep });
      const multiplyAdds = rowsCost(model, encoded.ids, rows, true);
      const start = now();
      const result = attentionRows(model, encoded.ids, rows);
      return { kind: 'attention-rows', encoded, rows: result, ms: now() - start, passes: 1, multiplyAdds };
    },
  };
}

/** Runs a task to the end at once; a trace or attention task on `rows` reuses its last run's prefix. */
export function runTask(model: TinyModel, task: ModelTask, source?: LogitsSource, rows?: ModelPass): ModelResult {
  return startTask(model, task, source, undefined, rows).advance(Infinity)!;
}

/**
 * The multiply-adds of `task` if it were run now on `rows` (lib/model/cost.ts), for the
 * page to decide whether to compute it in place; a continuation, one pass per token and
 * as long as the reader asks, always counts as too much (Infinity).
 */
export function taskCost(model: TinyModel, task: ModelTask, rows: ModelPass): number {
  if (task.kind === 'continue') return Infinity;
  return rowsCost(model, encode(model, task.text, { keep: task.keep }).ids, rows, task.kind === 'attention');
}

/** The multiply-adds of a pass over `ids` on `rows` (all rows without one): only the rows after the prefix it keeps. */
function rowsCost(model: TinyModel, ids: readonly number[], rows: ModelPass | undefined, attentionOnly: boolean): number {
  return passMultiplyAdds(model.config, rows?.firstNewRow(ids) ?? 0, ids.length, attentionOnly);
}
