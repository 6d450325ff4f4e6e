/**
 * The median and the 90th percentile of a set of times: a month's on the
 * Trends view, and the post-mortem's aggregate over resolved incidents
 * (shared/postmortem/metrics.ts), so the two always agree. The 90th is the
 * nearest-rank percentile (the smallest time that at least 90 % of the
 * times do not exceed, no interpolation) and is only given from five times
 * up: below that it is just the slowest one, and calling it a percentile
 * would mislead.
 */
export const P90_MIN_SAMPLES = 5;

export const PERCENTILE_DEFINITION =
  'Median: the middle time (the mean of the two middle ones for an even count). 90th percentile: nearest rank, the smallest time that at least 90 % of the times do not exceed; given from 5 times up.';

/** The middle value of sorted numbers; the mean of the two middle ones for an even count. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest rank over sorted numbers, `p` in (0, 100]. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function p90(sorted: readonly number[]): number | null {
  return sorted.length < P90_MIN_SAMPLES ? null : nearestRank(sorted, 90);
}
