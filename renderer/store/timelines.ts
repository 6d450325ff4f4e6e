import type { StateCreator } from 'zustand';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import type { HoldfastState } from './store.js';
import { timelineFrom, withEntries, withoutEntries } from './timelineOrder.js';
import type { LoadedTimeline } from './timelineOrder.js';

export interface TimelinesSlice {
  /** The incident on screen, whose timeline is loaded or being loaded. */
  readonly openIncidentId: string | null;
  /**
   * Timelines by incident id. Only the open incident's is kept, so memory
   * stays bounded however many incidents a long night sees.
   */
  readonly timelines: Readonly<Record<string, LoadedTimeline>>;
  /** Why the open incident could not be loaded (not on this laptop, say); null otherwise. */
  readonly openProblem: string | null;
  readonly openIncident: (incidentId: string | null) => void;
  readonly loadTimeline: (incidentId: string, entries: readonly TimelineEntryView[]) => void;
  readonly failOpen: (incidentId: string, problem: string) => void;
  /** Entries of incidents whose timeline is not loaded are ignored: it is fetched whole when opened. */
  readonly mergeEntries: (entries: readonly TimelineEntryView[]) => void;
  /** Lines the host took off a timeline (a repeated system line, an entry whose id another incident holds). */
  readonly dropEntries: (removed: readonly { readonly incidentId: string; readonly entryId: string }[]) => void;
}

export const createTimelinesSlice: StateCreator<HoldfastState, [], [], TimelinesSlice> = (set) => ({
  openIncidentId: null,
  timelines: {},
  openProblem: null,
  openIncident: (incidentId) =>
    set((state) => {
      if (state.openIncidentId === incidentId) return state;
      const kept = incidentId === null ? undefined : state.timelines[incidentId];
      return {
        openIncidentId: incidentId,
        timelines: kept && incidentId !== null ? { [incidentId]: kept } : {},
        openProblem: null,
      };
    }),
  loadTimeline: (incidentId, entries) =>
    set((state) =>
      state.openIncidentId === incidentId ? { timelines: { [incidentId]: timelineFrom(entries) }, openProblem: null } : state,
    ),
  failOpen: (incidentId, problem) =>
    set((state) => (state.openIncidentId === incidentId ? { openProblem: problem } : state)),
  mergeEntries: (entries) => {
    if (entries.length === 0) return;
    set((state) => {
      let timelines: Record<string, LoadedTimeline> | null = null;
      for (const [incidentId, incoming] of groupByIncident(entries)) {
        const loaded = state.timelines[incidentId];
        if (!loaded) continue;
        timelines ??= { ...state.timelines };
        timelines[incidentId] = withEntries(loaded, incoming);
      }
      return timelines ? { timelines } : state;
    });
  },
  dropEntries: (removed) => {
    if (removed.length === 0) return;
    set((state) => {
      let timelines: Record<string, LoadedTimeline> | null = null;
      for (const { incidentId, entryId } of removed) {
        const loaded = timelines?.[incidentId] ?? state.timelines[incidentId];
        if (!loaded?.byId.has(entryId)) continue;
        timelines ??= { ...state.timelines };
        timelines[incidentId] = withoutEntries(loaded, [entryId]);
      }
      return timelines ? { timelines } : state;
    });
  },
});

function groupByIncident(entries: readonly TimelineEntryView[]): Map<string, TimelineEntryView[]> {
  const groups = new Map<string, TimelineEntryView[]>();
  for (const entry of entries) {
    const group = groups.get(entry.incidentId);
    if (group) group.push(entry);
    else groups.set(entry.incidentId, [entry]);
  }
  return groups;
}
