/**
 * The Trends view from the room's incidents, their service boards and the
 * service catalogue, with months cut in `zone` and `now` as the edge of
 * anything still running. Pure: the host passes everything in.
 */
import type { ServiceBoardView } from '../projection/board-views.js';
import { byMonth, causeCounts, monthOfIncident, timesOf, type TrendIncident } from './incident-months.js';
import { monthOf, monthsFrom, type MonthKey } from './months.js';
import { PERCENTILE_DEFINITION } from './percentiles.js';
import { MAX_TREND_MONTHS, type DrillMonth, type IncidentMonth, type TrendsView } from './trends-view.js';
import { serviceUptime, type UptimeService } from './uptime.js';

export interface TrendsInput {
  readonly incidents: readonly TrendIncident[];
  readonly boardOf: (incidentId: string) => ServiceBoardView;
  readonly services: readonly UptimeService[];
  readonly zone: string;
  readonly now: number;
}

/** From the first month anything happened (or this month) to this month, the last MAX_TREND_MONTHS of them. */
function monthsShown(incidents: readonly TrendIncident[], zone: string, now: number): MonthKey[] {
  const current = monthOf(now, zone);
  const earliest = incidents.map((incident) => monthOfIncident(incident, zone)).reduce((first, month) => (month < first ? month : first), current);
  return monthsFrom(earliest, current).slice(-MAX_TREND_MONTHS);
}

export function trendsOf({ incidents, boardOf, services, zone, now }: TrendsInput): TrendsView {
  const months = monthsShown(incidents, zone, now);
  const shown = new Set(months);
  const real = incidents.filter((incident) => incident.drill === null);
  const drills = incidents.filter((incident) => incident.drill !== null);
  const realByMonth = byMonth(real, zone);
  const drillsByMonth = byMonth(drills, zone);
  let crossedTimes = 0;

  const incidentMonths = months.map((month): IncidentMonth => {
    const of = realByMonth.get(month) ?? [];
    const { times, crossed } = timesOf(of, now);
    crossedTimes += crossed;
    return { month, incidents: of.length, ...causeCounts(of), times };
  });
  const drillMonths = months.map((month): DrillMonth => {
    const of = drillsByMonth.get(month) ?? [];
    return { month, drills: of.length, times: timesOf(of, now).times };
  });

  const totals = new Map<string, number>();
  for (const month of incidentMonths) for (const { cause, count } of month.byCause) totals.set(cause, (totals.get(cause) ?? 0) + count);
  const causes = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([cause]) => cause);
  const olderThanShown = (list: readonly TrendIncident[]) => list.filter((incident) => !shown.has(monthOfIncident(incident, zone))).length;

  return {
    zone,
    generatedAt: now,
    months,
    causes,
    incidents: incidentMonths,
    drills: drillMonths,
    earlier: { incidents: olderThanShown(real), drills: olderThanShown(drills) },
    crossedTimes,
    percentileDefinition: PERCENTILE_DEFINITION,
    uptime: serviceUptime(services, real, boardOf, months, zone, now),
  };
}
