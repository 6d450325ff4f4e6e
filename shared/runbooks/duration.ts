/**
 * Durations as runbook authors write them: `target: 30m`, `expect: 1h30m`.
 *
 * Accepted: one or more groups of a whole number and a unit, largest unit
 * first, each unit at most once, optionally separated by spaces:
 * `d` days, `h` hours, `m` minutes, `s` seconds. So `45s`, `20m`, `2h`,
 * `1h30m`, `1h 30m`, `1d12h`. Refused: a bare number (`30`: thirty what?),
 * decimals (`1.5h`), words (`30 min`), units out of order (`30m1h`), zero.
 */
const UNITS = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
] as const;

const GROUP = /^(\d{1,6})([dhms])/;

export const DURATION_RULE = 'write it like 45s, 20m, 2h or 1h30m (d days, h hours, m minutes, s seconds)';

/** The duration in milliseconds, or null when `text` is not written in the accepted form. */
export function parseDuration(text: string): number | null {
  let rest = text.trim();
  if (rest === '') return null;
  let total = 0;
  let nextUnit = 0;
  while (rest !== '') {
    const group = GROUP.exec(rest);
    if (!group) return null;
    const unitIndex = UNITS.findIndex(([unit]) => unit === group[2]);
    if (unitIndex < nextUnit) return null;
    total += Number(group[1]) * UNITS[unitIndex]![1];
    nextUnit = unitIndex + 1;
    rest = rest.slice(group[0].length).trimStart();
  }
  return total > 0 ? total : null;
}

/** The same form back: 5_400_000 is "1h30m"; a remainder under a second is dropped. */
export function formatRunbookDuration(ms: number): string {
  let rest = Math.max(0, Math.floor(ms / 1000)) * 1000;
  if (rest === 0) return '0s';
  let text = '';
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text;
}
