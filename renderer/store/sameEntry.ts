import type { TimelineEntryView } from '../../shared/projection/views.js';
import { sameData } from './sameData.js';

/**
 * The same entry, field for field: the host's answer to a write and its
 * notice of the same change bring two copies of one entry, and keeping the
 * first spares the store a change and the timeline a render. Compared as
 * data rather than by a list of fields, so a field the view gains later can
 * never be missed and an entry's change kept out.
 */
export function sameEntry(a: TimelineEntryView, b: TimelineEntryView): boolean {
  return sameData(a, b);
}
