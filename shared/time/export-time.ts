/**
 * Times in exported files (post-mortem, status page): the same file from the
 * same events on every laptop, so the zone is never read from the machine.
 * It is passed in: UTC by default, its name written beside every time, or
 * the zone of the laptop that made the file when the person asked for it,
 * written as its offset (GMT+1) and named once in the file's note.
 * A 24-hour clock always: a file read in many countries cannot follow one
 * reader's locale.
 */

/** UTC, or an IANA zone name ("Europe/Madrid"). */
export type ExportZone = string;
export const UTC_ZONE: ExportZone = 'UTC';

/** Names a laptop may give UTC itself: written "UTC" like the default. */
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu']);
const isUtc = (zone: ExportZone) => UTC_NAMES.has(zone);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const formats = new Map<ExportZone, Intl.DateTimeFormat>();

/** The wall-clock parts of `ms` in the zone, as Intl names them (year, month, day, hour, minute, second, weekday, timeZoneName); one formatter per zone. */
export function partsIn(ms: number, zone: ExportZone): Readonly<Record<string, string>> {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    });
    formats.set(zone, format);
  }
  return Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
}

function zoneLabel(zone: ExportZone, parts: Readonly<Record<string, string>>): string {
  return isUtc(zone) ? 'UTC' : (parts.timeZoneName ?? zone);
}

/** "2026-11-23 14:05 UTC" */
export function exportMinute(ms: number, zone: ExportZone): string {
  const p = partsIn(ms, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${zoneLabel(zone, p)}`;
}

/** "2026-11-23 14:05:09 UTC": to the second, as the timeline shows it on screen. */
export function exportSecond(ms: number, zone: ExportZone): string {
  const p = partsIn(ms, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} ${zoneLabel(zone, p)}`;
}

/** "14:05": the clock alone, where the day is already said (a chart's axis). */
export function exportClock(ms: number, zone: ExportZone): string {
  const p = partsIn(ms, zone);
  return `${p.hour}:${p.minute}`;
}

/** "23 Nov": the day alone, beside a clock on an axis that crosses midnight. */
export function exportDayOfMonth(ms: number, zone: ExportZone): string {
  const p = partsIn(ms, zone);
  return `${Number(p.day)} ${MONTHS[Number(p.month) - 1]}`;
}

/** "2026-11-23": which day a moment falls on in the zone, to tell days apart. */
export function exportDate(ms: number, zone: ExportZone): string {
  const p = partsIn(ms, zone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "Mon 23 Nov 2026, 14:05 UTC": for readers outside the company (the status page), the weekday spelled out. */
export function exportReadableMinute(ms: number, zone: ExportZone): string {
  const p = partsIn(ms, zone);
  return `${p.weekday} ${Number(p.day)} ${MONTHS[Number(p.month) - 1]} ${p.year}, ${p.hour}:${p.minute} ${zoneLabel(zone, p)}`;
}

/** "UTC", "GMT+5:30": how the zone is written beside a time at `ms`. */
export function exportZoneLabel(ms: number, zone: ExportZone): string {
  return zoneLabel(zone, partsIn(ms, zone));
}

/** The sentence that says which zone a file's times are in. */
export function exportZoneNote(zone: ExportZone): string {
  return isUtc(zone) ? 'Times are in UTC.' : `Times are in ${zone}, the zone of the laptop that made this file.`;
}

/** Whether the runtime knows the zone: a name it does not know is refused before anything is rendered. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
