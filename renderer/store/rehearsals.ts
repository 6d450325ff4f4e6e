import type { StateCreator } from 'zustand';
import type { RehearsedRole } from '../../shared/checklists/rehearsed-roles.js';
import type { IncidentView } from '../../shared/projection/views.js';
import type { HoldfastState } from './store.js';

export interface RehearsalsSlice {
  /** When each person last rehearsed each role, as the host last said; null until fetched. */
  readonly rehearsals: readonly RehearsedRole[] | null;
  readonly setRehearsals: (rehearsals: readonly RehearsedRole[]) => void;
}

export const createRehearsalsSlice: StateCreator<HoldfastState, [], [], RehearsalsSlice> = (set) => ({
  rehearsals: null,
  setRehearsals: (rehearsals) => set({ rehearsals }),
});

/**
 * Whether incidents arriving may change who rehearsed what: a drill new to
 * this page, or one whose participants or title moved. A drill's every
 * checklist step changes its incident; reading the rehearsals again for
 * each would be waste.
 */
export function rehearsalsMayChange(known: Readonly<Record<string, IncidentView>>, arriving: readonly IncidentView[]): boolean {
  return arriving.some((incident) => {
    if (incident.drill === null) return false;
    const before = known[incident.id];
    if (!before?.drill) return true;
    return before.title !== incident.title || JSON.stringify(before.drill.participants) !== JSON.stringify(incident.drill.participants);
  });
}
