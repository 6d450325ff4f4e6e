import type { StateCreator } from 'zustand';
import type { Session } from '../../shared/api.js';
import type { HoldfastState } from './store.js';

export interface SessionSlice {
  /** Null until the host has said which laptop and person this is. */
  readonly session: Session | null;
  readonly setSession: (session: Session) => void;
}

export const createSessionSlice: StateCreator<HoldfastState, [], [], SessionSlice> = (set) => ({
  session: null,
  setSession: (session) => set({ session }),
});
