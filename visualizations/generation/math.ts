/**
 * The arithmetic of generating one token at a time, pure and testable without a
 * browser: the seeded continuation (temperature and top-k through lib/model's
 * sampling), how many keys and values the cache holds after each step, the bytes
 * they take, and the multiply-adds one step costs with and without the cache.
 *
 * How a step is counted here. Before the first step the prompt's tokens except
 * the last are in the cache (they were run through the model together). Step s
 * runs the newest token — the prompt's last token, then each generated one in
 * turn — through every block: its key and value are appended to each layer's
 * cache, its query reads every cached key, and the output head gives the
 * distribution from which the next token is drawn and appended. So every step
 * adds exactly one key row and one value row per layer.
 */
import { createRng } from '@/lib/model/rng';
import { nextTokenDistribution, sampleToken } from '@/lib/model/sampling';
import type { ModelConfig } from '@/lib/model/types';

/** How the next token is drawn. */
export interface DrawSettings {
  /** 0 = greedy (all probability on the top token). */
  temperature: number;
  /** Keep the k most likely tokens; 0 keeps all. */
  topK: number;
  seed: number;
}

/** One drawn token and the uniform number that picked it. */
export interface Draw {
  id: number;
  u: number;
}

/**
 * The continuation of `promptIds`, without end: step s reads the prompt and the
 * s − 1 tokens drawn before (`logitsFor(ids)` gives the next-token logits after
 * `ids`), reshapes the logits with temperature and top-k, and draws with the s-th
 * number of createRng(seed). One number is drawn every step, greedy or not, so the
 * same seed and settings always give the same text.
 */
export function* continuation(promptIds: readonly number[], settings: DrawSettings, logitsFor: (ids: number[]) => number[]): Generator<Draw, void, undefined> {
  if (promptIds.length === 0) return;
  const rng = createRng(settings.seed);
  const ids = [...promptIds];
  for (;;) {
    const u = rng();
    const id = sampleToken(nextTokenDistribution(logitsFor(ids), settings), () => u);
    yield { id, u };
    ids.push(id);
  }
}

/** The ids step `step` (1-based) runs the model on: the prompt and the tokens drawn before it. */
export function stepInput(promptIds: readonly number[], drawn: readonly number[], step: number): number[] {
  return [...promptIds, ...drawn.slice(0, step - 1)];
}

/** Keys (and values) each layer's cache holds after `steps` steps: the prompt but its last token, then one per step. */
export function cachedTokens(promptLength: number, steps: number): number {
  return promptLength === 0 ? 0 : promptLength - 1 + steps;
}

/**
 * Prompt tokens kept so that the prompt plus `maxSteps` new tokens fit the context:
 * the model's learned positions end at contextLength, and a window that slid would
 * invalidate every cached key (each was computed at its old position).
 */
export function promptBudget(contextLength: number, maxSteps: number): number {
  return Math.max(1, contextLength - maxSteps);
}

/** The shape of a key-value cache. */
export interface KvShape {
  layers: number;
  /** Heads that have their own keys and values (fewer than query heads under grouped-query attention). */
  kvHeads: number;
  dHead: number;
  /** Bytes per stored number: 2 for fp16, 4 for fp32. */
  bytesPerValue: number;
}

/** Bytes of a cache holding `tokens` tokens: 2 (keys and values) × layers × kv heads × d_head × tokens × bytes. */
export function kvCacheBytes(shape: KvShape, tokens: number): number {
  return 2 * shape.layers * shape.kvHeads * shape.dHead * tokens * shape.bytesPerValue;
}

/** This site's model's cache: every head keeps its keys and values, stored as fp32 (the numbers the page computes in). */
export function tinyKvShape(config: ModelConfig): KvShape {
  return { layers: config.nLayers, kvHeads: config.nHeads, dHead: config.dModel / config.nHeads, bytesPerValue: 4 };
}

/** A published 7B-class model's cache shape, stored in fp16. */
export interface ReferenceModel {
  name: string;
  /** Query heads, to show how many share each key-value head. */
  heads: number;
  shape: KvShape;
}

/**
 * Shapes from the models' published configurations: Llama 2 7B (Touvron et al.,
 * 2023: 32 layers, 32 heads of 128, multi-head attention) and Mistral 7B (Jiang et
 * al., 2023: 32 layers, 32 query heads sharing 8 key-value heads of 128).
 */
export const REFERENCE_MODELS: ReferenceModel[] = [
  { name: 'Llama 2 7B', heads: 32, shape: { layers: 32, kvHeads: 32, dHead: 128, bytesPerValue: 2 } },
  { name: 'Mistral 7B', heads: 32, shape: { layers: 32, kvHeads: 8, dHead: 128, bytesPerValue: 2 } },
];

/** Multiply-adds of one step, with the cache and without it. */
export interface StepCost {
  withCache: number;
  withoutCache: number;
  /** withoutCache − withCache: the recomputation the cache saves. */
  saved: number;
}

/**
 * Multiply-adds of the step whose newest token is token number `tokens` (it attends
 * to itself and the tokens − 1 before it), counting the matrix products only (layer
 * norms, biases, softmax and GELU are left out). Per block and per token processed:
 * 3d² for q, k and v, d² for the output projection and 2·d·d_ff for the feed-forward
 * network; the newest query costs tokens·d for its scores against every key and
 * tokens·d to weight the values. The output head (d·V) runs once, at the newest
 * position, either way.
 * - With the cache only the newest token is processed.
 * - Without it, every token is run through every block again (their keys and values
 *   in later blocks depend on everything below), and the query at position i attends
 *   to i keys: Σ_{i=1..tokens} 2·i·d = tokens·(tokens + 1)·d per block.
 */
export function stepCost(config: ModelConfig, tokens: number): StepCost {
  const { nLayers: L, dModel: d, dFF, vocabSize: V } = config;
  const perToken = 4 * d * d + 2 * d * dFF;
  const head = d * V;
  const withCache = L * (perToken + 2 * tokens * d) + head;
  const withoutCache = L * (tokens * perToken + tokens * (tokens + 1) * d) + head;
  return { withCache, withoutCache, saved: withoutCache - withCache };
}

/** The costs of steps 1 … `steps` for a prompt of `promptLength` tokens, added up. */
export function runCost(config: ModelConfig, promptLength: number, steps: number): StepCost {
  const total: StepCost = { withCache: 0, withoutCache: 0, saved: 0 };
  for (let s = 1; s <= steps; s++) {
    const cost = stepCost(config, promptLength + s - 1);
    total.withCache += cost.withCache;
    total.withoutCache += cost.withoutCache;
    total.saved += cost.saved;
  }
  return total;
}

/** Bytes for people: 3 072 B, 1.5 KiB, 256 MiB, 2 GiB (powers of 1024). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))} ${units[unit]}`;
}
