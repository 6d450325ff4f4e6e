/** How times read on screen: the room's local wall clock, to the second. */
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const day = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });
const dayHeading = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
const dayHeadingWithYear = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });

/** HH:MM:SS in local time. */
export function formatClock(ms: number): string {
  return clock.format(ms);
}

/** "Mar 1", for a moment on another day than the one it is shown beside. */
export function formatDay(ms: number): string {
  return day.format(ms);
}

export function sameLocalDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/**
 * The day a run of entries falls on, as a heading between days: "Tuesday,
 * December 6" (in the room's locale); with the year when it is not this
 * year's, so a night across New Year does not read as going backwards.
 */
export function formatDayHeading(ms: number, now: number): string {
  return new Date(ms).getFullYear() === new Date(now).getFullYear() ? dayHeading.format(ms) : dayHeadingWithYear.format(ms);
}

/** HH:MM:SS for a moment of today; "Dec 6 14:02:11" for one of another day, where the time of day alone would mislead. */
export function formatClockWithDay(ms: number, now: number): string {
  return sameLocalDay(ms, now) ? formatClock(ms) : `${formatDay(ms)} ${formatClock(ms)}`;
}

/** The date and time in full, for a tooltip when HH:MM:SS is not enough (a night that crosses midnight). */
export function formatFullTime(ms: number): string {
  return full.format(ms);
}

/** A duration as the room says it: "45m", "2h 05m", "1d 3h"; "<1m" at first. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

/**
 * Reads a datetime-local field ("2025-03-01T02:14" or with seconds) as local
 * time. Empty means "now", which the host takes as null.
 */
export function parseLocalDateTime(value: string): number | null | 'invalid' {
  if (value.trim() === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!match) return 'invalid';
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const ms = new Date(year!, month! - 1, day!, hour!, minute!, Number(match[6] ?? 0)).getTime();
  return Number.isNaN(ms) ? 'invalid' : ms;
}
