/**
 * The messages between the page and the model worker. The protocol is generic on
 * purpose: a task is text in, and the model's own tokenizer and forward pass run in
 * the worker, so a different tokenizer or model file needs no new messages.
 *
 * - `model` hands the worker a parsed model (structured clone: typed arrays copy
 *   cheaply) under a key; later tasks name that key.
 * - `run` asks for one task on a channel. A channel is one widget's stream of
 *   requests: only its latest request matters, so the worker skips requests that a
 *   newer one on the same channel has replaced, and the page drops any answer that
 *   is not for its channel's latest request (lib/model/worker/latest.ts).
 */
import type { GenStep, Settings } from '../continuation';
import type { AttentionRows, AttentionTrace, Encoded, ForwardTrace, TinyModel } from '../types';

/** Encode `text` with the model's tokenizer and run the forward pass on it. */
export interface TraceTask {
  kind: 'trace';
  text: string;
  /** Which tokens to keep past the context (as encode()'s option). */
  keep?: 'start' | 'end';
}

/** Encode `text` and run only what the attention widgets draw (lib/model/forward's attentionPass). */
export interface AttentionTask {
  kind: 'attention';
  text: string;
  keep?: 'start' | 'end';
}

/** Encode `text` (keeping its end) and continue it by `count` tokens (lib/model/continuation). */
export interface ContinueTask {
  kind: 'continue';
  text: string;
  settings: Settings;
  count: number;
}

export type ModelTask = TraceTask | AttentionTask | ContinueTask;

export interface TraceResult {
  kind: 'trace';
  encoded: Encoded;
  trace: ForwardTrace;
  /** How long the forward pass took, in milliseconds. */
  ms: number;
  passes: 1;
  /** The pass's multiply-adds (lib/model/cost.ts; fewer when rows of the last pass were kept): with `ms`, how fast passes run here. */
  multiplyAdds: number;
}

export interface AttentionResult {
  kind: 'attention';
  encoded: Encoded;
  trace: AttentionTrace;
  /** How long the pass took, in milliseconds. */
  ms: number;
  passes: 1;
  /** As TraceResult's. */
  multiplyAdds: number;
}

export interface ContinueResult {
  kind: 'continue';
  encoded: Encoded;
  /** The generated tokens (fewer than asked only when the prompt is empty). */
  steps: GenStep[];
  /** Next-token logits after the prompt and every step: the token to come (null for an empty prompt). */
  next: number[] | null;
  /** How long the forward passes took, in milliseconds. */
  ms: number;
  /** Forward passes run (the others came from the worker's cache of logits). */
  passes: number;
}

export type ModelResult = TraceResult | AttentionResult | ContinueResult;

/**
 * An attention answer as the worker posts it: the trace in flat arrays, transferred
 * rather than cloned; the page's client unpacks it (lib/model/forward's unpackAttention)
 * into the AttentionResult its caller gets, and only if it is the latest answer.
 */
export interface AttentionRowsResult extends Omit<AttentionResult, 'kind' | 'trace'> {
  kind: 'attention-rows';
  rows: AttentionRows;
}

/** The result type of a task type. */
export type ResultOf<T extends ModelTask> = T extends TraceTask ? TraceResult : T extends AttentionTask ? AttentionResult : ContinueResult;

export type ToWorker = { type: 'model'; key: number; model: TinyModel } | { type: 'run'; id: number; channel: number; key: number; task: ModelTask };

export type FromWorker = { type: 'result'; id: number; channel: number; result: ModelResult | AttentionRowsResult } | { type: 'error'; id: number; channel: number; message: string };
