import { describe, expect, it } from 'vitest';
import { movedFocus } from '../../../../../renderer/components/services/plan/rovingFocus.js';

const grid = [['a', 'b', 'c'], ['d'], ['e', 'f']];

describe('arrow keys among the layers’ services', () => {
  it('moves left and right in reading order across layers, stopping at the ends', () => {
    expect(movedFocus(grid, 'c', 'ArrowRight')).toBe('d');
    expect(movedFocus(grid, 'd', 'ArrowLeft')).toBe('c');
    expect(movedFocus(grid, 'f', 'ArrowRight')).toBe('f');
    expect(movedFocus(grid, 'a', 'ArrowLeft')).toBe('a');
  });

  it('moves up and down to the nearest place in the layer before or after', () => {
    expect(movedFocus(grid, 'c', 'ArrowDown')).toBe('d');
    expect(movedFocus(grid, 'd', 'ArrowDown')).toBe('e');
    expect(movedFocus(grid, 'f', 'ArrowUp')).toBe('d');
    expect(movedFocus(grid, 'b', 'ArrowUp')).toBe('b');
  });

  it('goes to the first and last with Home and End, and ignores other keys', () => {
    expect(movedFocus(grid, 'd', 'Home')).toBe('a');
    expect(movedFocus(grid, 'd', 'End')).toBe('f');
    expect(movedFocus(grid, 'd', 'x')).toBeNull();
  });
});
