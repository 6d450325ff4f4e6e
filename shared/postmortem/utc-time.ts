/**
 * Times in a post-mortem are written in UTC, to the minute: the people who
 * read it sit in different time zones, and the same export made on two
 * laptops must be the same file.
 */

/** "2026-11-23 14:05 UTC" */
export function utcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "14:05": the clock alone, where the day is already said. */
export function utcClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

/** "2026-11-23" */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
