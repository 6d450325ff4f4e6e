/**
 * Where the arrow keys take the focus among the layers' services: one tab
 * stop for all of them (150 would be a wall of tab stops), Left and Right
 * through them in reading order, Up and Down to the same place in the layer
 * before or after, Home and End to the first and last.
 */
export type LayerGrid = readonly (readonly string[])[];

export function movedFocus(grid: LayerGrid, current: string, key: string): string | null {
  const flat = grid.flat();
  if (flat.length === 0) return null;
  const row = grid.findIndex((layer) => layer.includes(current));
  if (row === -1) return flat[0]!;
  const column = grid[row]!.indexOf(current);
  const at = flat.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return flat[Math.min(at + 1, flat.length - 1)]!;
    case 'ArrowLeft':
      return flat[Math.max(at - 1, 0)]!;
    case 'ArrowDown': {
      const next = grid[row + 1];
      return next === undefined ? current : next[Math.min(column, next.length - 1)]!;
    }
    case 'ArrowUp': {
      const before = grid[row - 1];
      return before === undefined ? current : before[Math.min(column, before.length - 1)]!;
    }
    case 'Home':
      return flat[0]!;
    case 'End':
      return flat[flat.length - 1]!;
    default:
      return null;
  }
}
