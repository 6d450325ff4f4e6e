/**
 * Trends across incidents (issue 17): placeholder shape, filled by the
 * trends work: per month and category counts, median and 90th percentile
 * times to detect, acknowledge, mitigate and resolve (drills apart), and time
 * down per customer-facing service against its uptime target.
 */
export interface TrendsView {
  /** The zone months were cut in. */
  readonly zone: string;
}
