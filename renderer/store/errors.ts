import type { StateCreator } from 'zustand';
import type { HoldfastError } from '../../shared/result.js';
import type { HoldfastState } from './store.js';

export interface ErrorsSlice {
  /** The last thing that went wrong, as a sentence for the person; null once dismissed. */
  readonly lastError: string | null;
  /** Whether lastError only said the host was out of reach: then it goes once the link is back. */
  readonly lastErrorUntilReconnected: boolean;
  readonly showError: (message: string, untilReconnected?: boolean) => void;
  /** Shows the host's refusal; one that says only that the host was out of reach (or that the write waits to send) goes once the link is back. */
  readonly showRefusal: (error: HoldfastError) => void;
  readonly dismissError: () => void;
}

export const createErrorsSlice: StateCreator<HoldfastState, [], [], ErrorsSlice> = (set) => ({
  lastError: null,
  lastErrorUntilReconnected: false,
  showError: (message, untilReconnected = false) => set({ lastError: message, lastErrorUntilReconnected: untilReconnected }),
  showRefusal: (error) => set({ lastError: error.message, lastErrorUntilReconnected: error.code === 'unavailable' || error.code === 'queued' }),
  dismissError: () => set({ lastError: null, lastErrorUntilReconnected: false }),
});
