import type { StateCreator } from 'zustand';
import type { ChecklistView } from '../../shared/projection/checklist-views.js';
import type { HoldfastState } from './store.js';
import { standingRefusals } from './stepRefusals.js';

export interface ChecklistsSlice {
  /** Checklists by id, for the incidents whose detail has been loaded (and any a notice brought). */
  readonly checklists: Readonly<Record<string, ChecklistView>>;
  readonly mergeChecklists: (checklists: readonly ChecklistView[]) => void;
}

export const createChecklistsSlice: StateCreator<HoldfastState, [], [], ChecklistsSlice> = (set) => ({
  checklists: {},
  mergeChecklists: (checklists) => {
    if (checklists.length === 0) return;
    set((state) => {
      const next = { ...state.checklists };
      for (const checklist of checklists) next[checklist.id] = checklist;
      return { checklists: next, stepRefusals: standingRefusals({ ...state, checklists: next }) };
    });
  },
});

/** An incident's checklists in the order they were attached (as the incident lists them). */
export function selectChecklists(state: HoldfastState, incidentId: string): ChecklistView[] {
  const incident = state.incidents[incidentId];
  if (!incident) return [];
  return incident.checklists.flatMap((summary) => state.checklists[summary.id] ?? []);
}
