/**
 * Keyboard movement through a row of items (tokens, checkpoints, the parts of a
 * diagram) or a grid of cells (heatmaps), with one tab stop for the whole row or
 * grid: arrow keys step, Home and End jump to the ends of the row. One copy, so every
 * widget answers the same keys the same way.
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

/** A cell of a grid, counted from 0. */
export interface GridCell {
  row: number;
  col: number;
}

/**
 * The cell reached from `cursor` by a navigation key in a grid of `rows` × `cols`, or
 * null for other keys (and in an empty grid): arrows step one cell and stop at the
 * edges, Home and End go to the first and last cell of the row, and with `pageRows`
 * PageUp and PageDown step that many rows. A cursor outside the grid is brought in.
 */
export function nextCell(cursor: GridCell, key: string, rows: number, cols: number, { pageRows }: { pageRows?: number } = {}): GridCell | null {
  if (rows === 0 || cols === 0) return null;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Home: [0, -cols],
    End: [0, cols],
    ...(pageRows ? { PageUp: [-pageRows, 0], PageDown: [pageRows, 0] } : {}),
  };
  const move = moves[key];
  if (!move) return null;
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  return { row: clamp(clamp(cursor.row, rows) + move[0], rows), col: clamp(clamp(cursor.col, cols) + move[1], cols) };
}
