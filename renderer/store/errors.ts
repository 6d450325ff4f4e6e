import type { StateCreator } from 'zustand';
import type { HoldfastState } from './store.js';

export interface ErrorsSlice {
  /** The last thing that went wrong, as a sentence for the person; null once dismissed. */
  readonly lastError: string | null;
  readonly showError: (message: string) => void;
  readonly dismissError: () => void;
}

export const createErrorsSlice: StateCreator<HoldfastState, [], [], ErrorsSlice> = (set) => ({
  lastError: null,
  showError: (message) => set({ lastError: message }),
  dismissError: () => set({ lastError: null }),
});
