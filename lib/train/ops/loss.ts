/**
 * Softmax cross-entropy over the vocabulary, with its gradient.
 *
 * It is the training loss (mean negative log-likelihood, in nats per token);
 * its gradient is d(loss)/d(logits) = (softmax − onehot)/N.
 */
import type { Buf } from './linear';

/**
 * Mean cross-entropy of N rows of V logits against `targets`. If dlogits is
 * given it is overwritten with the gradient of the mean loss.
 */
export function crossEntropy(logits: Buf, targets: ArrayLike<number>, N: number, V: number, dlogits: Buf | null): number {
  let total = 0;
  for (let n = 0; n < N; n++) {
    const o = n * V;
    let max = -Infinity;
    for (let v = 0; v < V; v++) if (logits[o + v] > max) max = logits[o + v];
    let sum = 0;
    for (let v = 0; v < V; v++) sum += Math.exp(logits[o + v] - max);
    const logZ = max + Math.log(sum);
    const t = targets[n];
    total += logZ - logits[o + t];
    if (dlogits !== null) {
      for (let v = 0; v < V; v++) dlogits[o + v] = Math.exp(logits[o + v] - logZ) / N;
      dlogits[o + t] -= 1 / N;
    }
  }
  return total / N;
}
