import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { entryMoment } from '../../../shared/projection/views.js';
import type { ClockZone } from '../../time/clockSetting.js';
import { dayNumber } from '../../time/format.js';

/**
 * The entries that open a day (in the zone the screen shows) on the timeline (the first one always
 * does), where a day heading goes. One pass: ten thousand entries cost
 * nothing worth measuring, and the list stays virtualised.
 */
export function dayStartIds(entries: readonly TimelineEntryView[], zone: ClockZone): ReadonlySet<string> {
  const starts = new Set<string>();
  let previous: number | null = null;
  for (const entry of entries) {
    const day = dayNumber(entryMoment(entry), zone);
    if (day !== previous) starts.add(entry.id);
    previous = day;
  }
  return starts;
}
