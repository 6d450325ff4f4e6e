import { compareIncidentsNewestFirst } from '../../shared/projection/views.js';
import type { IncidentView, TimelineEntryView } from '../../shared/projection/views.js';
import type { HoldfastState } from './store.js';
import type { TimelineSummary } from './timelineSummary.js';

const sortedLists = new WeakMap<object, readonly IncidentView[]>();

/** Every incident, newest first; the same array until an incident changes. */
export function selectIncidentList(state: HoldfastState): readonly IncidentView[] {
  const cached = sortedLists.get(state.incidents);
  if (cached) return cached;
  const list = Object.values(state.incidents).sort(compareIncidentsNewestFirst);
  sortedLists.set(state.incidents, list);
  return list;
}

/** Who wrote on the incident's timeline and how far it reaches, or undefined while it is not loaded. */
export function selectTimelineSummary(state: HoldfastState, incidentId: string): TimelineSummary | undefined {
  return state.timelines[incidentId]?.summary;
}

/** The incident's timeline in order, or undefined while it is not loaded. */
export function selectTimeline(state: HoldfastState, incidentId: string): readonly TimelineEntryView[] | undefined {
  return state.timelines[incidentId]?.ordered;
}
