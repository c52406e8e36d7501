/**
 * PE(a)·PE(b) for d dimensions from the 2017 formula, summed term by term:
 * Σ_i sin(a·ω_i)·sin(b·ω_i) + cos(a·ω_i)·cos(b·ω_i), ω_i = 10000^(−2i/d), d even. The
 * positional explorer's tests check its matrix against this, not against lib/math.
 */
export function sinusoidalDot(a: number, b: number, d: number): number {
  let sum = 0;
  for (let i = 0; i < d / 2; i++) {
    const w = Math.pow(10000, (-2 * i) / d);
    sum += Math.sin(a * w) * Math.sin(b * w) + Math.cos(a * w) * Math.cos(b * w);
  }
  return sum;
}
