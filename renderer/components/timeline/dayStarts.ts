import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { entryMoment } from '../../../shared/projection/views.js';
import { sameLocalDay } from '../../time/format.js';

/**
 * The entries that open a local day on the timeline (the first one always
 * does), where a day heading goes. One pass: ten thousand entries cost
 * nothing worth measuring, and the list stays virtualised.
 */
export function dayStartIds(entries: readonly TimelineEntryView[]): ReadonlySet<string> {
  const starts = new Set<string>();
  let previous: number | null = null;
  for (const entry of entries) {
    const moment = entryMoment(entry);
    if (previous === null || !sameLocalDay(previous, moment)) starts.add(entry.id);
    previous = moment;
  }
  return starts;
}
