/** The shared row navigation of the widgets (tokens, checkpoints, diagram parts). */
import { describe, expect, it } from 'vitest';
import { nextCell, nextIndex } from '@/lib/widgets/keys';

describe('nextIndex', () => {
  it('moves between tokens with arrows, Home and End, and ignores other keys', () => {
    expect(nextIndex(0, 'ArrowRight', 5)).toBe(1);
    expect(nextIndex(4, 'ArrowRight', 5)).toBe(4);
    expect(nextIndex(0, 'ArrowLeft', 5)).toBe(0);
    expect(nextIndex(3, 'ArrowUp', 5)).toBe(2);
    expect(nextIndex(2, 'Home', 5)).toBe(0);
    expect(nextIndex(2, 'End', 5)).toBe(4);
    expect(nextIndex(2, 'a', 5)).toBeNull();
    expect(nextIndex(0, 'ArrowRight', 0)).toBeNull();
  });

  it('goes round at the ends when asked to wrap', () => {
    expect(nextIndex(4, 'ArrowRight', 5, { wrap: true })).toBe(0);
    expect(nextIndex(0, 'ArrowLeft', 5, { wrap: true })).toBe(4);
    expect(nextIndex(2, 'ArrowDown', 5, { wrap: true })).toBe(3);
    expect(nextIndex(2, 'End', 5, { wrap: true })).toBe(4);
  });
});

describe('nextCell', () => {
  const at = (row: number, col: number) => ({ row, col });

  it('steps one cell with the arrows and stops at the edges', () => {
    expect(nextCell(at(1, 1), 'ArrowUp', 3, 4)).toEqual(at(0, 1));
    expect(nextCell(at(1, 1), 'ArrowDown', 3, 4)).toEqual(at(2, 1));
    expect(nextCell(at(1, 1), 'ArrowLeft', 3, 4)).toEqual(at(1, 0));
    expect(nextCell(at(1, 1), 'ArrowRight', 3, 4)).toEqual(at(1, 2));
    expect(nextCell(at(0, 0), 'ArrowUp', 3, 4)).toEqual(at(0, 0));
    expect(nextCell(at(2, 3), 'ArrowDown', 3, 4)).toEqual(at(2, 3));
    expect(nextCell(at(2, 3), 'ArrowRight', 3, 4)).toEqual(at(2, 3));
  });

  it('goes to the ends of the row with Home and End', () => {
    expect(nextCell(at(2, 2), 'Home', 3, 4)).toEqual(at(2, 0));
    expect(nextCell(at(2, 1), 'End', 3, 4)).toEqual(at(2, 3));
  });

  it('pages by the given number of rows, and leaves PageUp and PageDown alone without it', () => {
    expect(nextCell(at(15, 2), 'PageUp', 40, 4, { pageRows: 10 })).toEqual(at(5, 2));
    expect(nextCell(at(35, 2), 'PageDown', 40, 4, { pageRows: 10 })).toEqual(at(39, 2));
    expect(nextCell(at(15, 2), 'PageUp', 40, 4)).toBeNull();
  });

  it('brings a cursor left outside a smaller grid back in, and ignores other keys and empty grids', () => {
    expect(nextCell(at(9, 9), 'ArrowUp', 3, 4)).toEqual(at(1, 3));
    expect(nextCell(at(1, 1), 'Enter', 3, 4)).toBeNull();
    expect(nextCell(at(0, 0), 'ArrowDown', 0, 4)).toBeNull();
  });
});
