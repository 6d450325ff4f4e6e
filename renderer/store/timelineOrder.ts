/**
 * A loaded timeline keeps its entries by id and, beside them, the same
 * entries in timeline order. The order is a memo of sorting the entries with
 * compareEntries, kept up to date by binary insertion: a notice usually
 * brings one new entry, and a war room's timeline reaches ten thousand, so
 * resorting on every keystroke someone else makes would be wasted work.
 */
import { compareEntries } from '../../shared/projection/views.js';
import type { TimelineEntryView } from '../../shared/projection/views.js';

export interface LoadedTimeline {
  readonly byId: ReadonlyMap<string, TimelineEntryView>;
  readonly ordered: readonly TimelineEntryView[];
}

/** Past this many changes at once, one sort beats moving entries one by one. */
const RESORT_ABOVE = 64;

export function timelineFrom(entries: readonly TimelineEntryView[]): LoadedTimeline {
  const byId = new Map<string, TimelineEntryView>();
  for (const entry of entries) byId.set(entry.id, entry);
  return { byId, ordered: [...byId.values()].sort(compareEntries) };
}

/** The timeline with `incoming` added or, for ids it already holds, replaced. */
export function withEntries(timeline: LoadedTimeline, incoming: readonly TimelineEntryView[]): LoadedTimeline {
  if (incoming.length === 0) return timeline;
  const byId = new Map(timeline.byId);
  if (incoming.length > RESORT_ABOVE) {
    for (const entry of incoming) byId.set(entry.id, entry);
    return { byId, ordered: [...byId.values()].sort(compareEntries) };
  }
  const ordered = timeline.ordered.slice();
  for (const entry of incoming) {
    const previous = byId.get(entry.id);
    byId.set(entry.id, entry);
    if (previous) {
      const at = positionOf(ordered, previous);
      // An edit that keeps the entry's moment keeps its place.
      if (compareEntries(previous, entry) === 0 && ordered[at] === previous) {
        ordered[at] = entry;
        continue;
      }
      if (ordered[at] === previous) ordered.splice(at, 1);
    }
    ordered.splice(positionOf(ordered, entry), 0, entry);
  }
  return { byId, ordered };
}

/** The timeline without the entries of these ids. */
export function withoutEntries(timeline: LoadedTimeline, entryIds: readonly string[]): LoadedTimeline {
  const gone = new Set(entryIds.filter((id) => timeline.byId.has(id)));
  if (gone.size === 0) return timeline;
  const byId = new Map(timeline.byId);
  for (const id of gone) byId.delete(id);
  return { byId, ordered: timeline.ordered.filter((entry) => !gone.has(entry.id)) };
}

/** The first index whose entry does not come before `entry` (a lower bound). */
export function positionOf(ordered: readonly TimelineEntryView[], entry: TimelineEntryView): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEntries(ordered[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
