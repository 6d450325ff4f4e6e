/** How the Trends screen writes months, times and budgets: plain words a coordinator reads at a glance. */
import { formatDuration } from '../../../shared/duration.js';
import type { UptimeMonth } from '../../../shared/trends/trends-view.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11" → "Nov 2026" */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1]} ${year}`;
}

/** "Nov" with the year only where it changes (the first month, and each January), for a crowded axis. */
export function axisMonthLabel(month: string, index: number): string {
  const [year, number] = month.split('-');
  return index === 0 || number === '01' ? `${MONTHS[Number(number) - 1]} ${year!.slice(2)}` : MONTHS[Number(number) - 1]!;
}

/** A time, or a dash with the reason when there is none. */
export function timeOrDash(ms: number | null): string {
  return ms === null ? '—' : formatDuration(ms);
}

/** A duration in the words of an axis: "0", "30m", "2h", "1d". */
export function axisDuration(ms: number): string {
  if (ms === 0) return '0';
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${Math.round(ms / 1000)}s`;
}

/** "99.95 %" */
export function targetWords(percent: number | null): string {
  return percent === null ? 'No target set' : `${percent} %`;
}

/** What is left of the month's budget, in words: never a bare negative number. */
export function budgetLeftWords(month: UptimeMonth): string {
  if (month.leftMs === null) return 'No target in the catalogue';
  if (month.leftMs >= 0) return `${formatDuration(month.leftMs)} left`;
  return `Exceeded by ${formatDuration(-month.leftMs)}`;
}

/** Where the month's time down comes from, in words. */
export function sourceWords(month: UptimeMonth): string {
  const sources = new Set(month.spells.map((spell) => spell.source));
  if (sources.size === 0) return 'No time down';
  const words = [...sources].map((source) => (source === 'board' ? 'board checks' : 'impact window (no board check)'));
  return words.join(' and ');
}
