/**
 * What each part of the outreach fold (../outreach-fold.ts) works on: its
 * own state, the incident, and the timeline lines the whole fold writes.
 * A part never sees another part's state.
 */
import type { TimelineEntryView } from '../views.js';

export interface PartState<Own> {
  readonly incidentId: string;
  readonly own: Own;
  /** Lines for the incident's timeline: push systemEntry(event, incidentId, kind, text). */
  readonly systemEntries: TimelineEntryView[];
}
