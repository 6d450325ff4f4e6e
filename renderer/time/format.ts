/**
 * How times read on screen, one policy everywhere: this laptop's own zone
 * (named where a time stands alone: tooltips, the header's clock switch) or
 * UTC when the person switched to it (clockSetting.ts), to the second, on a
 * 24-hour clock unless the system's locale says it uses 12 hours.
 */
import { formatDuration as sharedDuration } from '../../shared/duration.js';
import { useClockSetting, type ClockZone } from './clockSetting.js';

/** 'h23' unless the locale asks for 12 hours: what the system says, read once. */
const HOUR_CYCLE = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hourCycle ?? 'h23';

interface Formats {
  readonly clock: Intl.DateTimeFormat;
  readonly minutes: Intl.DateTimeFormat;
  readonly day: Intl.DateTimeFormat;
  readonly date: Intl.DateTimeFormat;
  readonly full: Intl.DateTimeFormat;
  readonly zoneName: Intl.DateTimeFormat;
  readonly dayHeading: Intl.DateTimeFormat;
  readonly dayHeadingWithYear: Intl.DateTimeFormat;
  readonly year: Intl.DateTimeFormat;
}

function formatsFor(zone: ClockZone): Formats {
  const timeZone = zone === 'utc' ? 'UTC' : undefined;
  return {
    clock: new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: HOUR_CYCLE, timeZone }),
    minutes: new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: HOUR_CYCLE, timeZone }),
    day: new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone }),
    date: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }),
    full: new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long', hourCycle: HOUR_CYCLE, timeZone }),
    zoneName: new Intl.DateTimeFormat(undefined, { timeZoneName: 'short', timeZone }),
    dayHeading: new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric', timeZone }),
    dayHeadingWithYear: new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone }),
    year: new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone }),
  };
}

const FORMATS: Readonly<Record<ClockZone, Formats>> = { local: formatsFor('local'), utc: formatsFor('utc') };

const current = (): Formats => FORMATS[useClockSetting.getState().zone];

/** HH:MM:SS (or h:mm:ss AM where the locale says so) in the chosen zone. */
export function formatClock(ms: number): string {
  return current().clock.format(ms);
}

/** HH:MM, where there is room for little (a tile of the service board); the seconds belong in its tooltip. */
export function formatClockMinutes(ms: number): string {
  return current().minutes.format(ms);
}

/** HH:MM for a moment of today; "Dec 6 14:02" for one of another day: a list read the morning after must not pass yesterday's 23:50 for today's. */
export function formatClockMinutesWithDay(ms: number, now: number): string {
  return sameLocalDay(ms, now) ? formatClockMinutes(ms) : `${formatDay(ms)} ${formatClockMinutes(ms)}`;
}

/** "Mar 1", for a moment on another day than the one it is shown beside. */
export function formatDay(ms: number): string {
  return current().day.format(ms);
}

/** Whether two moments fall on the same day in the chosen zone. */
export function sameLocalDay(a: number, b: number): boolean {
  return current().date.format(a) === current().date.format(b);
}

/**
 * A number per day in the chosen zone, cheap enough to take for every entry
 * of a long timeline (no date string made).
 */
export function dayNumber(ms: number, zone: ClockZone): number {
  const date = new Date(ms);
  return zone === 'utc'
    ? date.getUTCFullYear() * 10_000 + date.getUTCMonth() * 100 + date.getUTCDate()
    : date.getFullYear() * 10_000 + date.getMonth() * 100 + date.getDate();
}

/**
 * The day a run of entries falls on, as a heading between days: "Tuesday,
 * December 6" (in the room's locale); with the year when it is not this
 * year's, so a night across New Year does not read as going backwards.
 */
export function formatDayHeading(ms: number, now: number): string {
  const formats = current();
  return formats.year.format(ms) === formats.year.format(now) ? formats.dayHeading.format(ms) : formats.dayHeadingWithYear.format(ms);
}

/** HH:MM:SS for a moment of today; "Dec 6 14:02:11" for one of another day, where the time of day alone would mislead. */
export function formatClockWithDay(ms: number, now: number): string {
  return sameLocalDay(ms, now) ? formatClock(ms) : `${formatDay(ms)} ${formatClock(ms)}`;
}

/** The date and time in full with the zone named, for a tooltip when HH:MM:SS is not enough (a night that crosses midnight). */
export function formatFullTime(ms: number): string {
  return current().full.format(ms);
}

/** "CET", "GMT+5:30", "UTC": the zone the times on screen are in, at `ms`. */
export function zoneName(ms: number): string {
  return current().zoneName.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? 'UTC';
}

/**
 * A duration: the post-mortem's own function (shared/duration.ts), so the
 * incident list's "Lasted" and the post-mortem never say two things.
 */
export const formatDuration = sharedDuration;

/**
 * Reads a datetime-local field ("2025-03-01T02:14" or with seconds) in the
 * zone the screen shows (this laptop's, or UTC when switched), so a time
 * typed beside the timeline means what the timeline says. Empty means
 * "now", which the host takes as null.
 */
export function parseLocalDateTime(value: string): number | null | 'invalid' {
  if (value.trim() === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!match) return 'invalid';
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = Number(match[6] ?? 0);
  const ms =
    useClockSetting.getState().zone === 'utc'
      ? Date.UTC(year!, month! - 1, day!, hour!, minute!, second)
      : new Date(year!, month! - 1, day!, hour!, minute!, second).getTime();
  return Number.isNaN(ms) ? 'invalid' : ms;
}

/** What a datetime-local field shows for a moment, in the zone the screen shows: "2026-03-01T14:30", or with seconds. */
export function dateTimeInputValue(ms: number, withSeconds: boolean): string {
  const date = new Date(ms);
  const utc = useClockSetting.getState().zone === 'utc';
  const parts = utc
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
    : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
  const [year, month, day, hour, minute, second] = parts.map((n) => String(n).padStart(2, '0'));
  return `${year}-${month}-${day}T${hour}:${minute}${withSeconds ? `:${second}` : ''}`;
}
