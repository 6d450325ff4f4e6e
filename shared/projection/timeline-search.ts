/**
 * Searching every incident's timeline for words, from the incident list: the
 * renderer holds only the open incident's timeline, so the host answers.
 * Bounded: a word as common as "db" on a year of incidents must not send
 * ten thousand entries to a screen that shows a dozen.
 */
import type { IncidentView, TimelineEntryView } from './views.js';
import { compareIncidentsNewestFirst } from './views.js';

/** How many entries one search answers with, at most. */
export const TIMELINE_SEARCH_LIMIT = 50;

export interface TimelineSearchHit {
  readonly incidentId: string;
  readonly incidentTitle: string;
  readonly entry: TimelineEntryView;
}

export interface TimelineSearchResult {
  /** Newest incident first; in each, timeline order. */
  readonly hits: readonly TimelineSearchHit[];
  /** More entries matched than are listed: the person should search for more words. */
  readonly truncated: boolean;
}

export function searchTimelines(
  incidents: readonly IncidentView[],
  timelineOf: (incidentId: string) => readonly TimelineEntryView[],
  query: string,
  limit = TIMELINE_SEARCH_LIMIT,
): TimelineSearchResult {
  const needle = query.trim().toLocaleLowerCase();
  const hits: TimelineSearchHit[] = [];
  if (needle === '') return { hits, truncated: false };
  for (const incident of [...incidents].sort(compareIncidentsNewestFirst)) {
    for (const entry of timelineOf(incident.id)) {
      if (!entry.text.toLocaleLowerCase().includes(needle)) continue;
      if (hits.length === limit) return { hits, truncated: true };
      hits.push({ incidentId: incident.id, incidentTitle: incident.title, entry });
    }
  }
  return { hits, truncated: false };
}
