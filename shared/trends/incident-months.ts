/**
 * Counts and times per month for a set of incidents (real ones, or drills:
 * the caller never mixes them). An incident belongs to the month its impact
 * started in (its `started` milestone), in the zone. Each time counts once
 * its milestone is reached, so an open incident already gives its time to
 * detect; a negative time (corrections crossed) is left out and counted.
 */
import { incidentMetrics, TIME_TO_METRICS, TIME_TO_FORMULA, TIME_TO_LABEL } from '../postmortem/metrics.js';
import type { IncidentView } from '../projection/views.js';
import { monthOf, type MonthKey } from './months.js';
import { median, p90 } from './percentiles.js';
import type { TimeToFigure } from './trends-view.js';

export type TrendIncident = Pick<IncidentView, 'id' | 'title' | 'status' | 'drill' | 'milestones' | 'severityHistory' | 'declaredAt' | 'categories'>;

/** When the incident's impact started: what month it is counted in. */
export function impactStartOf(incident: TrendIncident): number {
  return incident.milestones.started.at ?? incident.declaredAt;
}

export function monthOfIncident(incident: TrendIncident, zone: string): MonthKey {
  return monthOf(impactStartOf(incident), zone);
}

export interface TimesOfMonth {
  readonly times: TimeToFigure[];
  readonly crossed: number;
}

export function timesOf(incidents: readonly TrendIncident[], now: number): TimesOfMonth {
  const measured = incidents.map((incident) => incidentMetrics(incident, now));
  let crossed = 0;
  const times = TIME_TO_METRICS.map((key, index): TimeToFigure => {
    const values: number[] = [];
    for (const metrics of measured) {
      const metric = metrics.timeTo[index]!;
      if (metric.ms === null) continue;
      if (metric.problem !== null) crossed += 1;
      else values.push(metric.ms);
    }
    values.sort((a, b) => a - b);
    return { key, label: TIME_TO_LABEL[key], formula: TIME_TO_FORMULA[key], samples: values.length, medianMs: median(values), p90Ms: p90(values) };
  });
  return { times, crossed };
}

/** Incidents grouped by month, in the zone. */
export function byMonth(incidents: readonly TrendIncident[], zone: string): Map<MonthKey, TrendIncident[]> {
  const grouped = new Map<MonthKey, TrendIncident[]>();
  for (const incident of incidents) {
    const month = monthOfIncident(incident, zone);
    const of = grouped.get(month);
    if (of) of.push(incident);
    else grouped.set(month, [incident]);
  }
  return grouped;
}

/** Cause counts of a month's incidents, most first, then by id. */
export function causeCounts(incidents: readonly TrendIncident[]): { byCause: { cause: string; count: number }[]; uncategorised: number } {
  const counts = new Map<string, number>();
  let uncategorised = 0;
  for (const incident of incidents) {
    const causes = new Set(incident.categories.causes);
    if (causes.size === 0) uncategorised += 1;
    for (const cause of causes) counts.set(cause, (counts.get(cause) ?? 0) + 1);
  }
  const byCause = [...counts].map(([cause, count]) => ({ cause, count })).sort((a, b) => b.count - a.count || (a.cause < b.cause ? -1 : 1));
  return { byCause, uncategorised };
}
