/**
 * The training compute calculator's arithmetic: compute from the 6·N·D rule,
 * wall-clock time from the cluster's sustained throughput, cost from GPU-hours,
 * the presets it offers, parsing of quantities typed as "175B" or "1750亿", and
 * the log-scale chart's geometry.
 *
 * Every number the calculator shows is derived here from
 * the reader's inputs and the published figures in lib/data, so a test can
 * check it by hand (GPT-3: 6 × 175e9 × 300e9 = 3.15e23 FLOP). No DOM, no React.
 */
import { scaleLog } from 'd3';
import { accelerators } from '@/lib/data/accelerators';
import { models } from '@/lib/data/models';

/** Everything the reader sets. */
export interface ComputeInputs {
  /** Parameters N. */
  n: number;
  /** Training tokens D. */
  d: number;
  /** Peak throughput of one accelerator, FLOP/s. */
  peakFlops: number;
  /** Fraction of the peak sustained during training, 0 < u ≤ 1. */
  utilisation: number;
  /** Number of accelerators G. */
  gpus: number;
  /** Price of one accelerator-hour, US dollars. */
  pricePerHour: number;
}

/** What the calculator derives. */
export interface ComputeEstimate {
  /** Training compute C = 6·N·D, FLOP. */
  flops: number;
  /** Sustained throughput of one accelerator u·P, FLOP/s. */
  sustainedPerGpu: number;
  /** Sustained throughput of the cluster G·u·P, FLOP/s. */
  clusterFlops: number;
  /** Wall-clock time T = C / (G·u·P), seconds. */
  seconds: number;
  /** Accelerator-hours G·T/3600. */
  gpuHours: number;
  /** Cost = accelerator-hours × price, US dollars. */
  cost: number;
}

/**
 * Training compute of a dense transformer: about 6 FLOP per parameter per
 * token (2 for the forward pass, 4 for the backward pass; Kaplan et al. 2020,
 * §2.1), so C ≈ 6·N·D.
 */
export function trainingFlops(n: number, d: number): number {
  return 6 * n * d;
}

export function estimate(inputs: ComputeInputs): ComputeEstimate {
  const flops = trainingFlops(inputs.n, inputs.d);
  const sustainedPerGpu = inputs.utilisation * inputs.peakFlops;
  const clusterFlops = inputs.gpus * sustainedPerGpu;
  const seconds = flops / clusterFlops;
  const gpuHours = (inputs.gpus * seconds) / 3600;
  return { flops, sustainedPerGpu, clusterFlops, seconds, gpuHours, cost: gpuHours * inputs.pricePerHour };
}

/**
 * Tokens the tiny model saw in training: every step reads `batchSize`
 * sequences of contextLength + 1 characters and predicts contextLength of them.
 */
export function tinyTrainingTokens(steps: number, batchSize: number, contextLength: number): number {
  return steps * batchSize * contextLength;
}

/** A model the reader can start from. */
export interface ModelPreset {
  id: string;
  name: string;
  /** Short label with the size, for buttons and the chart ("MT-NLG 530B"). */
  short: string;
  n: number;
  d: number;
  /** Where the figures come from (a paper URL), or undefined for the tiny model. */
  source?: string;
}

/** The published models the calculator offers, from lib/data/models.ts. */
export const PUBLISHED_PRESET_IDS = ['gpt-3', 'mt-nlg', 'llama-65b'] as const;

const SHORT: Record<(typeof PUBLISHED_PRESET_IDS)[number], string> = { 'gpt-3': 'GPT-3 175B', 'mt-nlg': 'MT-NLG 530B', 'llama-65b': 'LLaMA 65B' };

export function publishedPresets(): ModelPreset[] {
  return PUBLISHED_PRESET_IDS.map((id) => {
    const m = models.find((x) => x.id === id);
    if (!m || m.tokens === undefined) throw new Error(`lib/data/models.ts lacks ${id} with its token count`);
    return { id: m.id, name: m.name, short: SHORT[id], n: m.parameters, d: m.tokens, source: m.source };
  });
}

/** A hardware and price scenario: accelerator, utilisation, cluster size, price. */
export interface HardwareScenario {
  id: 'worked' | 'estimate2020';
  acceleratorId: string;
  utilisation: number;
  gpus: number;
  pricePerHour: number;
}

/**
 * The two scenarios the challenges chapter works through. The worked example:
 * A100, 40% of peak, 1,024 GPUs, 2.00 USD per GPU-hour. The 2020-style
 * estimate: V100 at 28 TFLOP/s sustained (28/125 = 22.4% of its peak) and a
 * higher on-demand price of 4.00 USD; both prices are assumptions, not quotes.
 */
export const SCENARIOS: readonly HardwareScenario[] = [
  { id: 'worked', acceleratorId: 'a100', utilisation: 0.4, gpus: 1024, pricePerHour: 2 },
  { id: 'estimate2020', acceleratorId: 'v100', utilisation: 0.224, gpus: 1024, pricePerHour: 4 },
];

/** Peak FLOP/s of an accelerator in lib/data/accelerators.ts. */
export function acceleratorPeak(id: string): number {
  const a = accelerators.find((x) => x.id === id);
  if (!a) throw new Error(`unknown accelerator ${id}`);
  return a.peakFlops;
}

/** The accelerator whose peak equals `peakFlops`, if any. */
export function acceleratorFor(peakFlops: number): string | undefined {
  return accelerators.find((a) => Math.abs(a.peakFlops - peakFlops) < 1e6)?.id;
}

/** The often-quoted figure (NVIDIA's overview, from an estimate of around 2020): one GPT-3 training run cost above 12 million US dollars (an estimate from around 2020). */
export const SEED_ARTICLE_ESTIMATE_USD = 12e6;

/** A duration in the largest sensible unit: microseconds and milliseconds below a second, seconds up to 2 minutes, then minutes, hours, days, years. */
export function durationParts(seconds: number): { value: number; unit: 'microseconds' | 'milliseconds' | 'seconds' | 'minutes' | 'hours' | 'days' | 'years' } {
  if (seconds < 1e-3) return { value: seconds * 1e6, unit: 'microseconds' };
  if (seconds < 1) return { value: seconds * 1e3, unit: 'milliseconds' };
  if (seconds < 120) return { value: seconds, unit: 'seconds' };
  if (seconds < 2 * 3600) return { value: seconds / 60, unit: 'minutes' };
  if (seconds < 48 * 3600) return { value: seconds / 3600, unit: 'hours' };
  if (seconds < 2 * 365.25 * 86400) return { value: seconds / 86400, unit: 'days' };
  return { value: seconds / (365.25 * 86400), unit: 'years' };
}

/** One bar of the log-scale chart. */
export interface ChartBar {
  id: string;
  label: string;
  flops: number;
  /** Bar length from the left edge of the plot, px. */
  width: number;
  y: number;
}

export interface ChartGeometry {
  bars: ChartBar[];
  /** Powers of ten on the axis, with their x positions. */
  ticks: { exponent: number; x: number }[];
  plotLeft: number;
  plotWidth: number;
  barHeight: number;
  height: number;
}

/**
 * Horizontal bars on a log scale of FLOP, from the power of ten below the
 * smallest value to the one above the largest. Narrow charts show every second
 * or third power of ten so tick labels never collide.
 */
export function chartGeometry(rows: { id: string; label: string; flops: number }[], width: number, labelWidth: number): ChartGeometry {
  const barHeight = 26;
  const gap = 10;
  const top = 8;
  const axisHeight = 34;
  const values = rows.map((r) => r.flops).filter((v) => v > 0);
  const lo = Math.floor(Math.log10(Math.min(...values, 1e20)));
  const hi = Math.ceil(Math.log10(Math.max(...values, 1e21)));
  const plotLeft = labelWidth;
  const plotWidth = Math.max(60, width - labelWidth - 12);
  const x = scaleLog()
    .domain([10 ** lo, 10 ** hi])
    .range([0, plotWidth]);
  const span = hi - lo;
  const step = Math.max(1, Math.ceil(span / Math.max(1, Math.floor(plotWidth / 42))));
  const ticks: { exponent: number; x: number }[] = [];
  for (let e = lo; e <= hi; e += step) ticks.push({ exponent: e, x: plotLeft + x(10 ** e) });
  const bars = rows.map((r, i) => ({
    id: r.id,
    label: r.label,
    flops: r.flops,
    width: r.flops > 0 ? Math.max(2, x(r.flops)) : 0,
    y: top + i * (barHeight + gap),
  }));
  return { bars, ticks, plotLeft, plotWidth, barHeight, height: top + rows.length * (barHeight + gap) + axisHeight };
}
