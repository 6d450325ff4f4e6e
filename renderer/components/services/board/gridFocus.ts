/**
 * Where the arrow keys take the keyboard in the board's grid (the WAI-ARIA
 * grid pattern, one tab stop for the whole grid): tiles laid out left to
 * right in rows of `columns`. Left and Right run on across row ends, so
 * every tile is reachable with two keys; Up and Down keep the column;
 * Home and End go to the row's ends, Ctrl+Home and Ctrl+End to the grid's;
 * Page Up and Page Down jump five rows.
 */
export const PAGE_ROWS = 5;

export interface GridKey {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/** The tile the key moves to from `index`, or null when the key is not one of the grid's. */
export function nextCell(index: number, key: GridKey, columns: number, count: number): number | null {
  if (count === 0) return null;
  const cols = Math.max(1, columns);
  const last = count - 1;
  const clamp = (target: number) => Math.min(last, Math.max(0, target));
  const rowStart = index - (index % cols);
  const toCorner = key.ctrlKey === true || key.metaKey === true;
  switch (key.key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return index + cols <= last ? index + cols : index;
    case 'ArrowUp':
      return index - cols >= 0 ? index - cols : index;
    case 'Home':
      return toCorner ? 0 : rowStart;
    case 'End':
      return toCorner ? last : Math.min(last, rowStart + cols - 1);
    case 'PageDown':
      return pageTo(index, cols * PAGE_ROWS, cols, last);
    case 'PageUp':
      return pageTo(index, -cols * PAGE_ROWS, cols, last);
    default:
      return null;
  }
}

/** Five rows on, in the same column, or as far as the grid goes in that column. */
function pageTo(index: number, step: number, cols: number, last: number): number {
  let target = index + step;
  while (target > last) target -= cols;
  while (target < 0) target += cols;
  return target;
}

/** The tiles cut into rows of `columns`, as the grid's rows hold them. */
export function intoRows<T>(items: readonly T[], columns: number): readonly (readonly T[])[] {
  const cols = Math.max(1, columns);
  const rows: T[][] = [];
  for (let start = 0; start < items.length; start += cols) rows.push(items.slice(start, start + cols));
  return rows;
}

/** How many tiles fit across `width` pixels, each at least `tileWidth` with `gap` between. */
export function columnsFor(width: number, tileWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (tileWidth + gap)));
}
