import type { StateCreator } from 'zustand';
import type { PartnerView, PersonView } from '../../shared/projection/views.js';
import type { HoldfastState } from './store.js';

export interface RosterSlice {
  /** The roster and partner list as the host last sent them, by name; null until fetched. */
  readonly people: readonly PersonView[] | null;
  readonly partners: readonly PartnerView[] | null;
  readonly setRoster: (roster: { readonly people?: readonly PersonView[]; readonly partners?: readonly PartnerView[] }) => void;
}

export const createRosterSlice: StateCreator<HoldfastState, [], [], RosterSlice> = (set) => ({
  people: null,
  partners: null,
  setRoster: (roster) => set(roster),
});
