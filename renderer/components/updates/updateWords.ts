/**
 * Times and durations as they read in a status update the reporter sends:
 * in the reporter's own locale and time zone, with the zone named (a
 * customer reading "14:30" needs to know whose 14:30), and the day added when
 * it is not today.
 */
import { dateTimeInputValue } from '../../time/format.js';
import { sameLocalDay } from '../../time/format.js';

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
const dayAndTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "14:30 CET", or "Sat, 1 Mar, 14:30 CET" for a moment on another day than `now`. */
export function updateTime(ms: number, now: number): string {
  return (sameLocalDay(ms, now) ? timeOfDay : dayAndTime).format(ms);
}

/** "less than a minute", "1 minute", "2 hours 5 minutes", "1 day 3 hours": words, not "2h 05m". */
export function spokenDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return count(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? count(hours, 'hour') : `${count(hours, 'hour')} ${count(minutes % 60, 'minute')}`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? count(days, 'day') : `${count(days, 'day')} ${count(hours % 24, 'hour')}`;
}

/** The value a datetime-local field shows for a moment: "2026-03-01T14:30", in the zone the screen shows. */
export function localInputValue(ms: number): string {
  return dateTimeInputValue(ms, false);
}
