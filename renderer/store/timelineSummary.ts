/**
 * What the timeline's tools need to know of the whole timeline (who wrote on
 * it, for the author filter; the newest recording time, for "new since you
 * were last here"), kept up to date as entries come and go. Worked out from
 * every entry on each new line, it walked ten thousand entries per keystroke
 * of Enter; kept here, one line costs a look at that line.
 */
import type { TimelineEntryView } from '../../shared/projection/views.js';

export interface TimelineSummary {
  /** Everyone who wrote on the timeline, by name. */
  readonly authors: readonly string[];
  /** How many entries each author has, so an author leaves the list with their last entry. */
  readonly entriesByAuthor: ReadonlyMap<string, number>;
  /** The newest recording time on the timeline: how far a person who sees it has seen; null when empty. */
  readonly newestRecordedAt: number | null;
}

function sortedAuthors(counts: ReadonlyMap<string, number>): readonly string[] {
  return [...counts.keys()].sort((a, b) => a.localeCompare(b));
}

function newestOf(entries: Iterable<TimelineEntryView>): number | null {
  let newest: number | null = null;
  for (const entry of entries) if (newest === null || entry.recordedAt > newest) newest = entry.recordedAt;
  return newest;
}

export function summaryOf(entries: Iterable<TimelineEntryView>): TimelineSummary {
  const counts = new Map<string, number>();
  let newest: number | null = null;
  for (const entry of entries) {
    counts.set(entry.author, (counts.get(entry.author) ?? 0) + 1);
    if (newest === null || entry.recordedAt > newest) newest = entry.recordedAt;
  }
  return { authors: sortedAuthors(counts), entriesByAuthor: counts, newestRecordedAt: newest };
}

/**
 * The summary once `gone` (entries as they were) have left and `come` have
 * arrived; an edit is the old entry gone and the new one come. `remaining`
 * gives every entry afterwards, read only when the newest one left.
 */
export function summaryAfter(
  summary: TimelineSummary,
  gone: readonly TimelineEntryView[],
  come: readonly TimelineEntryView[],
  remaining: () => Iterable<TimelineEntryView>,
): TimelineSummary {
  const counts = new Map(summary.entriesByAuthor);
  for (const entry of gone) {
    const left = (counts.get(entry.author) ?? 0) - 1;
    if (left > 0) counts.set(entry.author, left);
    else counts.delete(entry.author);
  }
  for (const entry of come) counts.set(entry.author, (counts.get(entry.author) ?? 0) + 1);
  const sameAuthors = counts.size === summary.authors.length && summary.authors.every((author) => counts.has(author));

  let newest = summary.newestRecordedAt;
  if (gone.some((entry) => entry.recordedAt === newest)) newest = newestOf(remaining());
  else for (const entry of come) if (newest === null || entry.recordedAt > newest) newest = entry.recordedAt;

  return { authors: sameAuthors ? summary.authors : sortedAuthors(counts), entriesByAuthor: counts, newestRecordedAt: newest };
}
