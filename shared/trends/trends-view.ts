/**
 * Trends across incidents (issue 17), as the Trends screen and anyone
 * asking the API see them: per month (cut in `zone`) how many incidents and
 * of which causes, the median and 90th percentile times to detect,
 * acknowledge, mitigate and resolve, drills apart in their own figures, and
 * time down per customer-facing service against its uptime target.
 * Computed when asked (shared/trends/trends.ts), never folded: "this month"
 * and "still down" depend on when it is read.
 */
import type { AggregateMetric } from '../postmortem/metrics.js';
import type { MonthKey } from './months.js';

/** One of the four times for one month: the same figure the post-mortem's aggregate metrics give. */
export type TimeToFigure = AggregateMetric;

export interface CauseCount {
  /** A cause id from the taxonomy (runbooks/categories.yaml). */
  readonly cause: string;
  readonly count: number;
}

/** Real incidents of one month: drills are never counted here. */
export interface IncidentMonth {
  readonly month: MonthKey;
  readonly incidents: number;
  /** Every cause named that month, most incidents first; an incident with two causes counts under each. */
  readonly byCause: readonly CauseCount[];
  /** Incidents nobody has given a cause yet. */
  readonly uncategorised: number;
  /** Detect, acknowledge, mitigate, resolve, in that order. */
  readonly times: readonly TimeToFigure[];
}

/** Drills of one month: their own figures, kept apart from real incidents. */
export interface DrillMonth {
  readonly month: MonthKey;
  readonly drills: number;
  readonly times: readonly TimeToFigure[];
}

/**
 * Where a spell of time down comes from: the service board's hand checks
 * (found down → verified up again), or, when the board never checked a
 * service the incident's categories name, the incident's impact window
 * (detected → mitigated).
 */
export type DownSource = 'board' | 'impact-window';

export interface DownSpell {
  readonly incidentId: string;
  readonly title: string;
  readonly from: number;
  /** When it was up again, or now while it is not. */
  readonly to: number;
  /** Not up again yet: `to` is now. */
  readonly open: boolean;
  readonly source: DownSource;
}

export interface UptimeMonth {
  readonly month: MonthKey;
  /** The month's length in the zone. */
  readonly monthMs: number;
  /** Time down within the month; spells of two incidents that overlap count once. */
  readonly downMs: number;
  /** (1 − target) × the month's length; null when the catalogue sets no target. */
  readonly budgetMs: number | null;
  /** Budget less time down: negative when the budget is exceeded. */
  readonly leftMs: number | null;
  /** Some spell of the month is still running. */
  readonly stillDown: boolean;
  /** The spells that fall in the month (whole, as recorded). */
  readonly spells: readonly DownSpell[];
}

export interface ServiceUptime {
  readonly serviceId: string;
  readonly name: string;
  readonly team: string;
  /** The monthly target from the catalogue, as a percentage (99.95); null when it sets none. */
  readonly targetPercent: number | null;
  /** One per month of the view, oldest first. */
  readonly months: readonly UptimeMonth[];
}

export interface TrendsView {
  /** The zone months were cut in. */
  readonly zone: string;
  readonly generatedAt: number;
  /** The months shown, oldest first, ending with the month of `generatedAt`; at most MAX_TREND_MONTHS. */
  readonly months: readonly MonthKey[];
  /** Every cause named in the months shown, most incidents first. */
  readonly causes: readonly string[];
  /** One per month. */
  readonly incidents: readonly IncidentMonth[];
  /** One per month. */
  readonly drills: readonly DrillMonth[];
  /** Incidents and drills older than the first month shown. */
  readonly earlier: { readonly incidents: number; readonly drills: number };
  /** Times left out because corrections crossed (a milestone before started). */
  readonly crossedTimes: number;
  /** How the median and the 90th percentile are computed, in words. */
  readonly percentileDefinition: string;
  /** Customer-facing services of the catalogue, catalogue order. */
  readonly uptime: readonly ServiceUptime[];
}

/** A year of months: enough to see a trend, few enough to read at a glance. */
export const MAX_TREND_MONTHS = 12;
