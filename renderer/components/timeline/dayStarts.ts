import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { entryMoment } from '../../../shared/projection/views.js';

/**
 * The entries that open a local day on the timeline (the first one always
 * does), where a day heading goes. One pass: ten thousand entries cost
 * nothing worth measuring, and the list stays virtualised.
 */
export function dayStartIds(entries: readonly TimelineEntryView[]): ReadonlySet<string> {
  const starts = new Set<string>();
  let previous: number | null = null;
  for (const entry of entries) {
    // A number per local day, not a date string: this runs on every entry added to a long timeline.
    const date = new Date(entryMoment(entry));
    const day = date.getFullYear() * 10_000 + date.getMonth() * 100 + date.getDate();
    if (day !== previous) starts.add(entry.id);
    previous = day;
  }
  return starts;
}
