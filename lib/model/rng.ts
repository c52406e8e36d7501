/**
 * A small seeded random number generator (mulberry32) and a Gaussian sampler.
 *
 * Sampling in the playground, the trainer's
 * initialisation and batch order, and the synthetic corpus must all be
 * reproducible from a seed, in the browser and in Node alike.
 */
import type { Rng } from './types';

/** Uniform [0, 1) generator from a 32-bit seed; the same seed gives the same sequence. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal sample (Box–Muller) from a uniform generator. */
export function gaussian(rng: Rng): number {
  let u = 0;
  while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}
