import type { StateCreator } from 'zustand';
import type { ConnectionState } from '../api/link.js';
import type { HoldfastState } from './store.js';

export interface ConnectionSlice {
  readonly connection: ConnectionState;
  readonly setConnection: (connection: ConnectionState) => void;
}

export const createConnectionSlice: StateCreator<HoldfastState, [], [], ConnectionSlice> = (set) => ({
  connection: 'connecting',
  setConnection: (connection) =>
    // "Not connected…; retrying…" is stale once the link is back: it goes with the banner.
    set((state) => (connection === 'connected' && state.lastErrorUntilReconnected ? { connection, lastError: null, lastErrorUntilReconnected: false } : { connection })),
});
