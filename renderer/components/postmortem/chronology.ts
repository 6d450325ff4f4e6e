/**
 * The post-mortem's timeline: the key moments first, in the order they
 * happened (not the order they were starred), then every entry.
 */
import type { KeyMoment } from '../../../shared/projection/postmortem-views.js';
import type { TimelineEntryView } from '../../../shared/projection/views.js';

export interface KeyMomentEntry {
  readonly entry: TimelineEntryView;
  readonly starredBy: string;
}

/** `entries` in timeline order; a star on an entry not loaded (yet) is left out until it is. */
export function keyMomentEntries(entries: readonly TimelineEntryView[], keyMoments: readonly KeyMoment[]): KeyMomentEntry[] {
  const starredBy = new Map(keyMoments.map((moment) => [moment.entryId, moment.by]));
  const result: KeyMomentEntry[] = [];
  for (const entry of entries) {
    const by = starredBy.get(entry.id);
    if (by !== undefined) result.push({ entry, starredBy: by });
  }
  return result;
}
