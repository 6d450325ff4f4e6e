import type { StateCreator } from 'zustand';
import type { OutboxWrite } from '../api/outboxWrite.js';
import type { HoldfastState } from './store.js';

export interface OutboxSlice {
  /** The page's outbox as it last said (renderer/api/outbox.ts): writes waiting to send, and writes the host refused. */
  readonly outbox: readonly OutboxWrite[];
  readonly setOutbox: (writes: readonly OutboxWrite[]) => void;
}

export const createOutboxSlice: StateCreator<HoldfastState, [], [], OutboxSlice> = (set) => ({
  outbox: [],
  setOutbox: (outbox) => set({ outbox }),
});
