/**
 * Overdue, judged when read: an item's due date is a calendar day, so it is
 * overdue once that day has ended where the reader is. The same item may be
 * overdue in Tokyo and not yet in Madrid; that is the truth, not a bug.
 */
import { exportDate, type ExportZone } from '../time/export-time.js';
import type { ActionStatus } from '../events.js';
import { isSettled } from './action-status-words.js';

/** "2026-12-07": today's calendar day in `zone`. */
export function todayIn(now: number, zone: ExportZone): string {
  return exportDate(now, zone);
}

/** Due before `today` (both YYYY-MM-DD, which compare as text) and neither done nor won't do. */
export function isOverdue(item: { readonly due: string | null; readonly status: ActionStatus }, today: string): boolean {
  return item.due !== null && item.due < today && !isSettled(item.status);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Dec" for 2026-12-03; the year too ("3 Dec 2025") when it is not `today`'s year. */
export function shortDay(day: string, today: string): string {
  const [year, month, date] = day.split('-');
  const short = `${Number(date)} ${MONTHS[Number(month) - 1] ?? month}`;
  return year === today.slice(0, 4) ? short : `${short} ${year}`;
}

/** "Overdue since 3 Dec": the words that flag an overdue item, never colour alone. */
export function overdueWords(due: string, today: string): string {
  return `Overdue since ${shortDay(due, today)}`;
}
