/**
 * The metrics as the post-mortem shows them: each time in words (a crossed,
 * negative one with its sign, never hidden), and each severity's share of
 * the incident as a bar's length.
 */
import { formatDuration } from '../../../shared/duration.js';
import type { SeverityTime, TimeToMetric } from '../../../shared/postmortem/metrics.js';

/** "8m 00s", "−5m 00s" for milestones that crossed, "not yet" while one is not reached. */
export function metricValue(metric: Pick<TimeToMetric, 'ms'>): string {
  if (metric.ms === null) return 'not yet';
  return metric.ms < 0 ? `−${formatDuration(-metric.ms)}` : formatDuration(metric.ms);
}

export interface SeverityBar {
  readonly severity: SeverityTime['severity'];
  readonly ms: number;
  readonly formula: string;
  /** The bar's length: its share of all the time measured, 0 to 100. */
  readonly percent: number;
}

export function severityBars(times: readonly SeverityTime[]): SeverityBar[] {
  const total = times.reduce((sum, time) => sum + time.ms, 0);
  return times.map((time) => ({ ...time, percent: total <= 0 ? 0 : Math.min(100, (time.ms / total) * 100) }));
}
