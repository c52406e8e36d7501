/**
 * "Watch it learn": reading the training log the trainer wrote
 * (public/models/<locale>/training-log.json, see scripts/train/train.ts),
 * grouping its samples by checkpoint, and laying out the loss curves.
 *
 * The log comes over the network and is checked here
 * before anything is drawn (a malformed file gives a clear error, not a blank
 * chart); the scales and paths are pure functions of the log and the width,
 * tested without a browser. Every number drawn comes from the log.
 */
import { line, scaleLinear, scaleSymlog, type ScaleContinuousNumeric } from 'd3';

/** One point of the loss curve: mean training loss since the last point, and held-out loss, in nats per token. */
export interface CurvePoint {
  step: number;
  train: number;
  heldOut: number;
}

/** A text the model generated from `prompt` at training step `step`. */
export interface LogSample {
  step: number;
  prompt: string;
  text: string;
}

/**
 * The head scores the trainer measured at one step, on held-out probe text:
 * `[layer][head]`, counting from 0 (scripts/train/probes.ts).
 */
export interface ProbeRecord {
  step: number;
  previousToken: number[][];
  induction: number[][];
}

/** The attention patterns whose rise the heads chart follows. */
export type ProbePattern = 'previousToken' | 'induction';
export const PROBE_PATTERNS: readonly ProbePattern[] = ['previousToken', 'induction'];

/** The parts of the trainer's log the widget reads. */
export interface TrainingLog {
  locale: string;
  parameters: number;
  steps: number;
  batchSize: number;
  contextLength: number;
  trainChars: number;
  heldOutChars: number;
  /** Held-out loss of the add-one unigram baseline (character frequencies only), nats per token. */
  unigramHeldOut: number;
  curve: CurvePoint[];
  samples: LogSample[];
  /** Head scores over training, in step order; empty in a log written before they were recorded. */
  probes: ProbeRecord[];
  /** Steps at which a later training stage began, with another mix of windows; empty for a one-stage run. */
  stageStarts: number[];
  seconds: number;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isScoreGrid = (v: unknown): v is number[][] => Array.isArray(v) && v.length > 0 && v.every((row) => Array.isArray(row) && row.length > 0 && row.every(isNumber));

function parseProbes(value: unknown): ProbeRecord[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error('training log: probes is not a list');
  const probes = value.map((p: Record<string, unknown> | null) => {
    if (!p || !isNumber(p.step) || !isScoreGrid(p.previousToken) || !isScoreGrid(p.induction)) throw new Error('training log: a probe record is malformed');
    return { step: p.step, previousToken: p.previousToken, induction: p.induction };
  });
  return probes.sort((a, b) => a.step - b.step);
}

/** Checks a parsed JSON value against {@link TrainingLog}; throws an Error naming the first problem. */
export function parseTrainingLog(json: unknown): TrainingLog {
  const o = json as Record<string, unknown> | null;
  if (!o || typeof o !== 'object') throw new Error('training log: not an object');
  for (const key of ['parameters', 'steps', 'batchSize', 'contextLength', 'trainChars', 'heldOutChars', 'unigramHeldOut', 'seconds']) {
    if (!isNumber(o[key])) throw new Error(`training log: ${key} is not a number`);
  }
  if (!Array.isArray(o.curve) || o.curve.length === 0) throw new Error('training log: curve is missing');
  for (const p of o.curve as Record<string, unknown>[]) {
    if (!p || !isNumber(p.step) || !isNumber(p.train) || !isNumber(p.heldOut)) throw new Error('training log: a curve point is malformed');
  }
  if (!Array.isArray(o.samples)) throw new Error('training log: samples are missing');
  for (const s of o.samples as Record<string, unknown>[]) {
    if (!s || !isNumber(s.step) || typeof s.prompt !== 'string' || typeof s.text !== 'string') throw new Error('training log: a sample is malformed');
  }
  const curve = [...(o.curve as CurvePoint[])].sort((a, b) => a.step - b.step);
  const stageStarts = o.stageStarts ?? [];
  if (!Array.isArray(stageStarts) || !stageStarts.every(isNumber)) throw new Error('training log: stageStarts is not a list of steps');
  return { ...(o as unknown as TrainingLog), locale: String(o.locale ?? ''), curve, probes: parseProbes(o.probes), stageStarts: [...stageStarts].sort((a, b) => a - b) };
}

/** The samples of one checkpoint. */
export interface Checkpoint {
  step: number;
  samples: { prompt: string; text: string }[];
  /** The curve point at this step, or the nearest one. */
  point: CurvePoint;
}

/** The curve point nearest to `step` (the earlier one on a tie). */
export function nearestPoint(curve: readonly CurvePoint[], step: number): CurvePoint {
  let best = curve[0];
  for (const p of curve) if (Math.abs(p.step - step) < Math.abs(best.step - step)) best = p;
  return best;
}

/** Samples grouped by step, in step order, each with its loss. */
export function checkpoints(log: TrainingLog): Checkpoint[] {
  const byStep = new Map<number, { prompt: string; text: string }[]>();
  for (const s of log.samples) {
    const list = byStep.get(s.step) ?? [];
    list.push({ prompt: s.prompt, text: s.text });
    byStep.set(s.step, list);
  }
  return [...byStep.entries()].sort((a, b) => a[0] - b[0]).map(([step, samples]) => ({ step, samples, point: nearestPoint(log.curve, step) }));
}

/** Index of the checkpoint at `step`, or -1. */
export function checkpointIndex(list: readonly Checkpoint[], step: number): number {
  return list.findIndex((c) => c.step === step);
}

/** The last step either chart shows: both share this step axis. */
export function lastStep(log: TrainingLog): number {
  return Math.max(log.curve[log.curve.length - 1].step, log.probes.at(-1)?.step ?? 0);
}

/** Perplexity of a loss in nats: e^loss, the number of equally likely choices it corresponds to. */
export function perplexity(loss: number): number {
  return Math.exp(loss);
}

export type XScaleKind = 'log' | 'linear';

/**
 * The step axis. 'log' is a symmetric log scale (d3.scaleSymlog, constant
 * 10): it keeps step 0, and gives the first hundred steps, where the loss
 * falls fastest, as much room as the last thousand.
 */
export function stepScale(kind: XScaleKind, maxStep: number, range: [number, number]): ScaleContinuousNumeric<number, number> {
  const scale = kind === 'log' ? scaleSymlog().constant(10) : scaleLinear();
  return scale.domain([0, Math.max(1, maxStep)]).range(range);
}

/**
 * Step ticks for the axis: round numbers that fit the scale kind. On the log
 * scale the last step gets its own tick only when it is well clear (1.5×) of
 * the last round one, so labels never collide.
 */
export function stepTicks(kind: XScaleKind, maxStep: number): number[] {
  if (kind === 'linear') return scaleLinear().domain([0, maxStep]).ticks(5);
  const ticks = [0, 10, 30, 100, 300, 1000, 3000, 10000, 30000].filter((s) => s <= maxStep);
  const last = ticks[ticks.length - 1];
  return maxStep > 0 && maxStep >= last * 1.5 ? [...ticks, maxStep] : ticks;
}

/**
 * The ticks whose labels do not crowd each other at this width: walking from the last
 * step leftward, a tick is kept when it lies at least `gap` units left of the last kept
 * one, so the final step keeps its label and a round tick too close to it gives way.
 */
export function spacedTicks(ticks: readonly number[], at: (step: number) => number, gap: number): number[] {
  const kept: number[] = [];
  for (let i = ticks.length - 1; i >= 0; i--) {
    if (kept.length === 0 || at(kept[0]) - at(ticks[i]) >= gap) kept.unshift(ticks[i]);
  }
  return kept;
}

/**
 * The line each stage label sits on: the first, or one line below the label of the stage
 * before when the two rules are under `gap` units apart (their labels would overlap). The
 * Chinese model's last stages began 300 steps apart.
 */
export function stageLabelRows(xs: readonly number[], gap: number): number[] {
  const rows: number[] = [];
  xs.forEach((x, i) => rows.push(i > 0 && x - xs[i - 1] < gap ? rows[i - 1] + 1 : 0));
  return rows;
}

/** Loss axis domain: from a little under the lowest value to a little over the highest (including the baseline). */
export function lossDomain(curve: readonly CurvePoint[], baseline: number): [number, number] {
  const values = curve.flatMap((p) => [p.train, p.heldOut]).concat(baseline);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.05 || 0.5;
  return [Math.max(0, Math.floor((lo - pad) * 2) / 2), Math.ceil((hi + pad) * 2) / 2];
}

/** SVG path of one series of the curve under the given scales. */
export function curvePath(curve: readonly CurvePoint[], key: 'train' | 'heldOut', x: (step: number) => number, y: (loss: number) => number): string {
  return (
    line<CurvePoint>()
      .x((p) => x(p.step))
      .y((p) => y(p[key]))(curve as CurvePoint[]) ?? ''
  );
}

/** A head's score at one step; `layer` and `head` count from 0. */
export interface HeadPoint {
  step: number;
  layer: number;
  head: number;
  score: number;
}

/** The highest-scoring head of a `[layer][head]` grid (the first one, in layer then head order, on a tie). */
export function bestHead(grid: readonly (readonly number[])[]): { layer: number; head: number; score: number } {
  let best = { layer: 0, head: 0, score: -Infinity };
  grid.forEach((row, layer) =>
    row.forEach((score, head) => {
      if (score > best.score) best = { layer, head, score };
    }),
  );
  return best;
}

/** The best head of `pattern` at every probe step: the envelope the chart draws bold. */
export function bestHeadSeries(probes: readonly ProbeRecord[], pattern: ProbePattern): HeadPoint[] {
  return probes.map((p) => ({ step: p.step, ...bestHead(p[pattern]) }));
}

/** Every head's own scores of `pattern` over the steps: one series per head, in layer then head order. */
export function headSeries(probes: readonly ProbeRecord[], pattern: ProbePattern): HeadPoint[][] {
  if (probes.length === 0) return [];
  return probes[0][pattern].flatMap((row, layer) => row.map((_, head) => probes.map((p) => ({ step: p.step, layer, head, score: p[pattern][layer]?.[head] ?? 0 }))));
}

/** The first point whose score reaches `threshold`, or null when none does. */
export function firstCrossing(series: readonly HeadPoint[], threshold: number): HeadPoint | null {
  return series.find((p) => p.score >= threshold) ?? null;
}

/** The probe record at `step`, or the nearest one (the earlier on a tie); null without probes. */
export function probeAt(probes: readonly ProbeRecord[], step: number): ProbeRecord | null {
  let best: ProbeRecord | null = null;
  for (const p of probes) if (!best || Math.abs(p.step - step) < Math.abs(best.step - step)) best = p;
  return best;
}

/** Score axis domain: from 0 to a tenth above the highest score or the threshold, whichever is higher, at most 1. */
export function scoreDomain(probes: readonly ProbeRecord[], threshold: number): [number, number] {
  const scores = probes.flatMap((p) => PROBE_PATTERNS.flatMap((pattern) => p[pattern].flat()));
  const hi = Math.max(threshold, ...scores);
  return [0, Math.min(1, (Math.ceil(hi * 10 - 1e-9) + 1) / 10)];
}

/** SVG path through a head series under the given scales. */
export function headPath(series: readonly HeadPoint[], x: (step: number) => number, y: (score: number) => number): string {
  return (
    line<HeadPoint>()
      .x((p) => x(p.step))
      .y((p) => y(p.score))(series as HeadPoint[]) ?? ''
  );
}
