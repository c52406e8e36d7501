/**
 * Keyboard movement through a row of items (tokens, checkpoints, the parts of a
 * diagram) with one tab stop for the whole row: arrow keys step, Home and End jump.
 * One copy, so every widget's row answers the same keys the same way.
 */

/**
 * The index reached from `current` by a navigation key among `n` items, or null for
 * other keys. Arrows stop at the ends, or go round with `wrap`.
 */
export function nextIndex(current: number, key: string, n: number, { wrap = false }: { wrap?: boolean } = {}): number | null {
  if (n === 0) return null;
  const step = (delta: number) => (wrap ? (current + delta + n) % n : Math.max(0, Math.min(n - 1, current + delta)));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return step(1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return step(-1);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return null;
  }
}
