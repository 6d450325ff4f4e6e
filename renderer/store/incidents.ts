import type { StateCreator } from 'zustand';
import type { IncidentView } from '../../shared/projection/views.js';
import type { HoldfastState } from './store.js';
import { keptIncident } from './keptIncident.js';
import { standingRefusals } from './stepRefusals.js';

export interface IncidentsSlice {
  readonly incidents: Readonly<Record<string, IncidentView>>;
  /** False until the first list arrives, so "no incidents" is not shown while loading. */
  readonly incidentsLoaded: boolean;
  readonly replaceIncidents: (incidents: readonly IncidentView[]) => void;
  readonly mergeIncidents: (incidents: readonly IncidentView[]) => void;
}

export const createIncidentsSlice: StateCreator<HoldfastState, [], [], IncidentsSlice> = (set) => ({
  incidents: {},
  incidentsLoaded: false,
  replaceIncidents: (incidents) =>
    set((state) => {
      const next = byId(incidents);
      return { incidents: next, incidentsLoaded: true, stepRefusals: standingRefusals({ ...state, incidents: next }) };
    }),
  mergeIncidents: (incidents) => {
    if (incidents.length === 0) return;
    set((state) => {
      const next = { ...state.incidents };
      let changed = false;
      for (const incident of incidents) {
        const kept = keptIncident(state.incidents[incident.id], incident);
        if (kept === state.incidents[incident.id]) continue;
        next[incident.id] = kept;
        changed = true;
      }
      // The same incidents again (a write's answer, then its notice): nothing on screen has to be drawn again.
      if (!changed) return state;
      return { incidents: next, stepRefusals: standingRefusals({ ...state, incidents: next }) };
    });
  },
});

function byId(incidents: readonly IncidentView[]): Record<string, IncidentView> {
  const result: Record<string, IncidentView> = {};
  for (const incident of incidents) result[incident.id] = incident;
  return result;
}
