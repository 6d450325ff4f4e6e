import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { entryMoment } from '../../../shared/projection/views.js';
import type { ClockZone } from '../../time/clockSetting.js';
import { dayNumber } from '../../time/format.js';

/**
 * Whether the entry at `index` opens a day (in the zone the screen shows) on
 * the timeline, where a day heading goes: the first entry always does, and
 * any other on a later day than the one before it. Asked only for the rows
 * drawn, so a new entry on a timeline of fifty thousand costs a few dates,
 * not fifty thousand.
 */
export function opensDay(entries: readonly TimelineEntryView[], index: number, zone: ClockZone): boolean {
  const entry = entries[index];
  if (entry === undefined) return false;
  const previous = entries[index - 1];
  return previous === undefined || dayNumber(entryMoment(entry), zone) !== dayNumber(entryMoment(previous), zone);
}
