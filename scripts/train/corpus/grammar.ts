/**
 * Tiny helpers for the template grammars that generate the synthetic corpus.
 *
 * The English and Chinese generators share the same
 * seeded picking, weighting and assembly logic; keeping it here keeps each
 * language file about words and sentence shapes only.
 */
import { createRng } from '../../../lib/model/rng';
import type { Rng } from '../../../lib/model/types';

/** One uniformly chosen element. */
export function pick<T>(r: Rng, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

/** Two different elements (the list must have at least two). */
export function pickTwo<T>(r: Rng, items: readonly T[]): [T, T] {
  const i = Math.floor(r() * items.length);
  let j = Math.floor(r() * (items.length - 1));
  if (j >= i) j++;
  return [items[i], items[j]];
}

/** True with probability p. */
export function chance(r: Rng, p: number): boolean {
  return r() < p;
}

/** A sentence maker: given randomness, returns one sentence. */
export type Template = (r: Rng) => string;

/** Picks among templates by weight. */
export function weighted(entries: readonly [number, Template][]): Template {
  const total = entries.reduce((s, [w]) => s + w, 0);
  return (r) => {
    let x = r() * total;
    for (const [w, t] of entries) {
      x -= w;
      if (x < 0) return t(r);
    }
    return entries[entries.length - 1][1](r);
  };
}

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Options for {@link generateText}. */
export interface GenerateOptions {
  seed: number;
  /** Stop once the text has at least this many characters. */
  minChars: number;
  /** Placed between sentences ('' for Chinese, ' ' for English). */
  separator: string;
  /** Sentences to leave out (used to keep held-out text disjoint from training text). */
  exclude?: ReadonlySet<string>;
}

/** Generates sentences from `sentence` with a seeded RNG until minChars is reached. */
export function generateSentences(sentence: Template, opts: GenerateOptions): string[] {
  const r = createRng(opts.seed);
  const out: string[] = [];
  let chars = 0;
  while (chars < opts.minChars) {
    const s = sentence(r);
    if (opts.exclude?.has(s)) continue;
    out.push(s);
    chars += s.length + opts.separator.length;
  }
  return out;
}
