/**
 * Calendar months cut in a time zone: an incident at 00:30 on 1 December in
 * Madrid is December's, though it is still November in UTC. A month's
 * length is its real length in that zone (a month with a daylight-saving
 * change is an hour shorter or longer), because an uptime budget is a share
 * of the time that actually passed.
 */
import { partsIn } from '../time/export-time.js';

/** "2026-11": a month as the view names it; sorts in time order as text. */
export type MonthKey = string;

function localParts(ms: number, zone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const p = partsIn(ms, zone);
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
}

/** How far the zone's clock is ahead of UTC at `ms`. */
function offsetAt(ms: number, zone: string): number {
  const p = localParts(ms, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

export function monthOf(ms: number, zone: string): MonthKey {
  const p = localParts(ms, zone);
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

function yearMonth(month: MonthKey): [number, number] {
  const [year, number] = month.split('-').map(Number);
  return [year!, number!];
}

/** The instant the month begins in the zone: midnight of its first day there. */
export function monthStart(month: MonthKey, zone: string): number {
  const [year, number] = yearMonth(month);
  const wall = Date.UTC(year, number - 1, 1);
  // Twice: the offset at the guess may differ from the offset at the answer when a change of clocks lies between.
  const guess = wall - offsetAt(wall, zone);
  return wall - offsetAt(guess, zone);
}

export function nextMonth(month: MonthKey): MonthKey {
  const [year, number] = yearMonth(month);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** The month's span in the zone: [start, end). */
export function monthSpan(month: MonthKey, zone: string): { readonly start: number; readonly end: number } {
  return { start: monthStart(month, zone), end: monthStart(nextMonth(month), zone) };
}

/** Every month from `first` to `last`, both included. */
export function monthsFrom(first: MonthKey, last: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}
