/**
 * The room's track record in one sentence, from the medians over resolved
 * real incidents: what a team reviews month after month. What was left out
 * (drills, incidents still open) is said, so nobody reads it as everything.
 */
import { formatDuration } from '../../../shared/duration.js';
import type { RealIncidentMetrics } from '../../../shared/postmortem/metrics.js';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "(1 drill and 2 open incidents left out)", or '' when nothing was. */
function leftOut(metrics: RealIncidentMetrics): string {
  const parts = [
    metrics.drillsLeftOut > 0 ? plural(metrics.drillsLeftOut, 'drill', 'drills') : null,
    metrics.openLeftOut > 0 ? plural(metrics.openLeftOut, 'open incident', 'open incidents') : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? '' : ` (${parts.join(' and ')} left out)`;
}

/**
 * "Across 3 resolved incidents (1 drill left out): median time to detect
 * 5m 00s, acknowledge 12m 00s, mitigate 40m 00s, resolve 1h 10m."
 */
export function aggregateSentence(metrics: RealIncidentMetrics): string {
  if (metrics.count === 0) return `No resolved incident to measure yet${leftOut(metrics)}.`;
  const medians = metrics.metrics.map((metric) => `${metric.key} ${metric.medianMs === null ? 'not measured' : formatDuration(metric.medianMs)}`);
  return `Across ${plural(metrics.count, 'resolved incident', 'resolved incidents')}${leftOut(metrics)}: median time to ${medians.join(', ')}.`;
}
