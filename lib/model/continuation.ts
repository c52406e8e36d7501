/**
 * A continuation of a prompt, token by token, recording what each step saw (the
 * next-token logits) and drew (the random number), so a widget can show why
 * each token was chosen. Pure: the logits come from a function (the forward
 * pass's last row, or hand-made logits in tests), randomness from a seeded
 * generator, so the same settings always give the same text. The model worker
 * (lib/model/worker) runs it off the page's main thread.
 */
import { createRng } from './rng';
import { argmax, nextTokenDistribution, sampleToken } from './sampling';

export type Mode = 'greedy' | 'sample';

/** How the next token is chosen. */
export interface Settings {
  /** Divides the logits before softmax; 0 puts all probability on the top token. */
  temperature: number;
  /** Keep only the k most likely tokens; 0 keeps all. */
  topK: number;
  mode: Mode;
  /** Seed of the random numbers used in sample mode. */
  seed: number;
}

/** One generated token and what the model saw when it was chosen. */
export interface GenStep {
  /** The token chosen. */
  id: number;
  /** Next-token logits the choice was made from. */
  logits: number[];
  /** The uniform random number drawn (sample mode), or null (greedy). */
  u: number | null;
}

/**
 * The continuation of `promptIds`, one token per iteration, without end.
 * Greedy takes the highest logit; sample mode draws from the reshaped
 * distribution with one number per step from createRng(seed), so the same
 * settings always give the same text. The model reads the last
 * `contextLength` tokens. `logitsFor(ids)` returns the next-token logits after
 * `ids` (the last row of a forward pass). An empty prompt yields nothing.
 * A generator, so a caller can spread a long continuation over several frames.
 */
export function* continuation(promptIds: readonly number[], settings: Settings, contextLength: number, logitsFor: (ids: number[]) => number[]): Generator<GenStep, void, undefined> {
  const rng = createRng(settings.seed);
  const ids = [...promptIds];
  if (ids.length === 0) return;
  for (;;) {
    const logits = logitsFor(ids.slice(-contextLength));
    let id: number;
    let u: number | null = null;
    if (settings.mode === 'greedy') {
      id = argmax(logits);
    } else {
      const drawn = rng();
      u = drawn;
      id = sampleToken(nextTokenDistribution(logits, settings), () => drawn);
    }
    yield { id, logits, u };
    ids.push(id);
  }
}

/** The first `count` steps of {@link continuation}. */
export function generateSteps(promptIds: readonly number[], settings: Settings, count: number, contextLength: number, logitsFor: (ids: number[]) => number[]): GenStep[] {
  const steps: GenStep[] = [];
  const it = continuation(promptIds, settings, contextLength, logitsFor);
  while (steps.length < count) {
    const next = it.next();
    if (next.done) break;
    steps.push(next.value);
  }
  return steps;
}

/**
 * Memoises `compute(ids)` by the ids (least recently used entries go first
 * beyond `max`). Changing the temperature re-runs the generation, but every
 * step before the first token that changes reads the same context, so its
 * forward pass comes from here.
 */
export function createLogitsCache(compute: (ids: number[]) => number[], max = 512): (ids: number[]) => number[] {
  const cache = new Map<string, number[]>();
  return (ids) => {
    const key = ids.join(',');
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = compute(ids);
    cache.set(key, value);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
