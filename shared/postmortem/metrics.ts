/**
 * An incident's metrics, measured between its milestones: time to detect,
 * acknowledge, mitigate and resolve (each from when the impact started),
 * and time spent at each severity. Each carries its formula, because a
 * metric nobody can check gets argued with instead of used.
 *
 * A drill has metrics of its own but is not counted among real incidents.
 * A negative time is shown, with the reason, never hidden or clamped: it
 * comes from corrections made at once on two laptops, each possible alone,
 * and somebody has to look.
 *
 * Pure: `now` is passed in, for an incident still open.
 */
import { formatDuration } from '../duration.js';
import type { IncidentView } from '../projection/views.js';
import { SEVERITIES, type Severity } from '../severity.js';
import { utcMoments } from './milestone-order.js';
import { median, p90 } from '../trends/percentiles.js';
import type { Milestone } from './milestones.js';

export const TIME_TO_METRICS = ['detect', 'acknowledge', 'mitigate', 'resolve'] as const;
export type TimeToMetricKey = (typeof TIME_TO_METRICS)[number];

/** The milestone each metric measures up to, from `started`. */
export const TIME_TO_MILESTONE: Readonly<Record<TimeToMetricKey, Milestone>> = {
  detect: 'detected',
  acknowledge: 'acknowledged',
  mitigate: 'mitigated',
  resolve: 'resolved',
};

export const TIME_TO_LABEL: Readonly<Record<TimeToMetricKey, string>> = {
  detect: 'Time to detect',
  acknowledge: 'Time to acknowledge',
  mitigate: 'Time to mitigate',
  resolve: 'Time to resolve',
};

/** "detected − started": what the number is, in the milestones' own words. */
export const TIME_TO_FORMULA: Readonly<Record<TimeToMetricKey, string>> = {
  detect: 'detected − started',
  acknowledge: 'acknowledged − started',
  mitigate: 'mitigated − started',
  resolve: 'resolved − started',
};

export interface TimeToMetric {
  readonly key: TimeToMetricKey;
  readonly label: string;
  readonly formula: string;
  /** Null while the milestone is not reached; negative when the milestones cross (see problem). */
  readonly ms: number | null;
  /** One sentence when the time is negative, else null. */
  readonly problem: string | null;
}

export interface SeverityTime {
  readonly severity: Severity;
  readonly ms: number;
  readonly formula: string;
}

export interface IncidentMetrics {
  /** False for a drill: its metrics are its own, left out of real ones. */
  readonly counted: boolean;
  /** Why it is not counted, to show beside its metrics; null when counted. */
  readonly leftOutBecause: string | null;
  /** Detect, acknowledge, mitigate, resolve, in that order. */
  readonly timeTo: readonly TimeToMetric[];
  /** Each severity the incident had, SEV1 first, with the time spent at it. */
  readonly timeAtSeverity: readonly SeverityTime[];
  /** The span severity time is counted over: started to resolved, or to now while open. */
  readonly window: { readonly from: number; readonly to: number; readonly open: boolean };
}

/** What the metrics read from an incident: a whole IncidentView will do. */
export type MeasuredIncident = Pick<IncidentView, 'status' | 'drill' | 'milestones' | 'severityHistory'>;

export const DRILL_LEFT_OUT = 'A drill: its times are its own and left out of real incident metrics.';

function timeTo(incident: MeasuredIncident, key: TimeToMetricKey): TimeToMetric {
  const milestone = TIME_TO_MILESTONE[key];
  const started = incident.milestones.started.at;
  const reached = incident.milestones[milestone].at;
  const base = { key, label: TIME_TO_LABEL[key], formula: TIME_TO_FORMULA[key] };
  if (started === null || reached === null) return { ...base, ms: null, problem: null };
  const ms = reached - started;
  if (ms >= 0) return { ...base, ms, problem: null };
  const [reachedText, startedText] = utcMoments(reached, started);
  return {
    ...base,
    ms,
    problem:
      `${milestone.charAt(0).toUpperCase()}${milestone.slice(1)} (${reachedText}) is ${formatDuration(-ms)} before started (${startedText}): ` +
      'corrections made at once on two laptops crossed; correct one of them.',
  };
}

/**
 * Time at each severity, from the severity history clipped to the window.
 * The declared severity also covers any time between a corrected, earlier
 * start and the declaration: it is the first one anybody judged.
 */
function timeAtSeverity(incident: MeasuredIncident, from: number, to: number, open: boolean): SeverityTime[] {
  const spent = new Map<Severity, number>();
  const history = incident.severityHistory;
  history.forEach((change, index) => {
    const periodStart = index === 0 ? Math.min(change.at, from) : change.at;
    const periodEnd = history[index + 1]?.at ?? Number.POSITIVE_INFINITY;
    const clipped = Math.max(0, Math.min(periodEnd, to) - Math.max(periodStart, from));
    spent.set(change.severity, (spent.get(change.severity) ?? 0) + clipped);
  });
  const until = open ? 'now' : 'resolved';
  return SEVERITIES.filter((severity) => spent.has(severity)).map((severity) => ({
    severity,
    ms: spent.get(severity)!,
    formula: `time at ${severity} between started and ${until}`,
  }));
}

export function incidentMetrics(incident: MeasuredIncident, now: number): IncidentMetrics {
  const { milestones } = incident;
  const from = milestones.started.at ?? incident.severityHistory[0]?.at ?? now;
  const open = incident.status !== 'resolved' || milestones.resolved.at === null;
  const to = open ? now : milestones.resolved.at!;
  const counted = incident.drill === null;
  return {
    counted,
    leftOutBecause: counted ? null : DRILL_LEFT_OUT,
    timeTo: TIME_TO_METRICS.map((key) => timeTo(incident, key)),
    timeAtSeverity: timeAtSeverity(incident, from, to, open),
    window: { from, to, open },
  };
}

export interface AggregateMetric {
  readonly key: TimeToMetricKey;
  readonly label: string;
  readonly formula: string;
  /** How many incidents gave this metric a value (a crossed, negative one is left out). */
  readonly samples: number;
  readonly medianMs: number | null;
  /** Only from five samples up: below that the 90th percentile is just the maximum. */
  readonly p90Ms: number | null;
}

export interface RealIncidentMetrics {
  /** Resolved real incidents measured. */
  readonly count: number;
  /** Drills, resolved or not, left out. */
  readonly drillsLeftOut: number;
  /** Real incidents still open, left out until resolved. */
  readonly openLeftOut: number;
  readonly metrics: readonly AggregateMetric[];
}

/**
 * Medians (and 90th percentiles) over resolved real incidents. Drills and
 * open incidents are counted apart, so a reader knows what was left out.
 */
export function realIncidentMetrics(incidents: readonly MeasuredIncident[]): RealIncidentMetrics {
  const drills = incidents.filter((incident) => incident.drill !== null);
  const real = incidents.filter((incident) => incident.drill === null);
  const resolved = real.filter((incident) => incident.status === 'resolved');
  // Resolved incidents have a resolved milestone, so `now` is never read; 0 keeps this pure.
  const measured = resolved.map((incident) => incidentMetrics(incident, 0));
  const metrics = TIME_TO_METRICS.map((key, index): AggregateMetric => {
    const values = measured
      .map((metricsOf) => metricsOf.timeTo[index]!)
      .filter((metric) => metric.ms !== null && metric.problem === null)
      .map((metric) => metric.ms!)
      .sort((a, b) => a - b);
    return { key, label: TIME_TO_LABEL[key], formula: TIME_TO_FORMULA[key], samples: values.length, medianMs: median(values), p90Ms: p90(values) };
  });
  return { count: resolved.length, drillsLeftOut: drills.length, openLeftOut: real.length - resolved.length, metrics };
}
