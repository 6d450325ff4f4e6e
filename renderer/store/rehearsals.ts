import type { StateCreator } from 'zustand';
import type { RehearsedRole } from '../../shared/checklists/rehearsed-roles.js';
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
