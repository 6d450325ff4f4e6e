import type { StateCreator } from 'zustand';
import type { RoomView } from '../../shared/room/views.js';
import type { HoldfastState } from './store.js';

export interface RoomSlice {
  /** The room as the host last described it; null until it has. */
  readonly room: RoomView | null;
  readonly setRoom: (room: RoomView) => void;
}

export const createRoomSlice: StateCreator<HoldfastState, [], [], RoomSlice> = (set) => ({
  room: null,
  setRoom: (room) => set({ room }),
});
