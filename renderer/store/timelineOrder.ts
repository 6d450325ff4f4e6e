/**
 * A loaded timeline keeps its entries by id and, beside them, the same
 * entries in timeline order. The order is a memo of sorting the entries with
 * compareEntries, kept up to date by binary insertion: a notice usually
 * brings one new entry, and a war room's timeline reaches ten thousand, so
 * resorting on every keystroke someone else makes would be wasted work.
 */
import { compareEntries } from '../../shared/projection/views.js';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { EntryIndex } from './entryIndex.js';
import { sameEntry } from './sameEntry.js';
import { summaryAfter, summaryOf, type TimelineSummary } from './timelineSummary.js';

export interface LoadedTimeline {
  readonly byId: EntryIndex;
  readonly ordered: readonly TimelineEntryView[];
  readonly summary: TimelineSummary;
}

/** Past this many changes at once, one sort beats moving entries one by one. */
const RESORT_ABOVE = 64;

export function timelineFrom(entries: readonly TimelineEntryView[]): LoadedTimeline {
  const byId = EntryIndex.of(entries);
  const ordered = [...byId.values()].sort(compareEntries);
  return { byId, ordered, summary: summaryOf(ordered) };
}

/** The timeline with `incoming` added or, for ids it already holds, replaced; the same timeline when nothing in it changes. */
export function withEntries(timeline: LoadedTimeline, incoming: readonly TimelineEntryView[]): LoadedTimeline {
  // The last word on an id wins, as if the notices were merged one by one.
  const latest = new Map(incoming.map((entry) => [entry.id, entry] as const));
  const changed = [...latest.values()].filter((entry) => {
    const previous = timeline.byId.get(entry.id);
    return previous === undefined || !sameEntry(previous, entry);
  });
  if (changed.length === 0) return timeline;
  const byId = timeline.byId.with(changed);
  const replaced = changed.flatMap((entry) => timeline.byId.get(entry.id) ?? []);
  const summary = summaryAfter(timeline.summary, replaced, changed, () => byId.values());
  if (changed.length > RESORT_ABOVE) return { byId, ordered: [...byId.values()].sort(compareEntries), summary };
  const ordered = timeline.ordered.slice();
  for (const entry of changed) {
    const previous = timeline.byId.get(entry.id);
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
  return { byId, ordered, summary };
}

/** The timeline without the entries of these ids. */
export function withoutEntries(timeline: LoadedTimeline, entryIds: readonly string[]): LoadedTimeline {
  const gone = new Set(entryIds.filter((id) => timeline.byId.has(id)));
  if (gone.size === 0) return timeline;
  const byId = timeline.byId.with([], [...gone]);
  const left = [...gone].flatMap((id) => timeline.byId.get(id) ?? []);
  return { byId, ordered: timeline.ordered.filter((entry) => !gone.has(entry.id)), summary: summaryAfter(timeline.summary, left, [], () => byId.values()) };
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
