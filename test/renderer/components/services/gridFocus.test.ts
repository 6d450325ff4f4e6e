/**
 * The arrow keys across the board's grid: 10 tiles in rows of 4
 *   0 1 2 3
 *   4 5 6 7
 *   8 9
 */
import { describe, expect, it } from 'vitest';
import { columnsFor, intoRows, nextCell } from '../../../../renderer/components/services/board/gridFocus.js';

const move = (index: number, key: string, more: { ctrlKey?: boolean } = {}) => nextCell(index, { key, ...more }, 4, 10);

describe('moving across the grid', () => {
  it('runs on across row ends with Left and Right, and stops at the grid’s ends', () => {
    expect(move(3, 'ArrowRight')).toBe(4);
    expect(move(4, 'ArrowLeft')).toBe(3);
    expect(move(9, 'ArrowRight')).toBe(9);
    expect(move(0, 'ArrowLeft')).toBe(0);
  });

  it('keeps the column with Up and Down, and stays put where the column ends', () => {
    expect(move(1, 'ArrowDown')).toBe(5);
    expect(move(5, 'ArrowDown')).toBe(9);
    expect(move(6, 'ArrowDown')).toBe(6);
    expect(move(2, 'ArrowUp')).toBe(2);
    expect(move(9, 'ArrowUp')).toBe(5);
  });

  it('goes to the row’s ends with Home and End, the grid’s with Ctrl', () => {
    expect(move(6, 'Home')).toBe(4);
    expect(move(5, 'End')).toBe(7);
    expect(move(8, 'End')).toBe(9);
    expect(move(6, 'Home', { ctrlKey: true })).toBe(0);
    expect(move(1, 'End', { ctrlKey: true })).toBe(9);
  });

  it('jumps rows with Page Down and Page Up, as far as the column goes', () => {
    expect(move(1, 'PageDown')).toBe(9);
    expect(move(2, 'PageDown')).toBe(6);
    expect(move(9, 'PageUp')).toBe(1);
  });

  it('leaves other keys alone, and has nowhere to go in an empty grid', () => {
    expect(move(1, 'a')).toBeNull();
    expect(nextCell(0, { key: 'ArrowRight' }, 4, 0)).toBeNull();
  });

  it('cuts the tiles into rows as wide as fit', () => {
    expect(intoRows([0, 1, 2, 3, 4], 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(columnsFor(1000, 180, 8)).toBe(5);
    expect(columnsFor(100, 180, 8)).toBe(1);
  });
});
