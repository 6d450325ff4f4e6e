import type { StateCreator } from 'zustand';
import type { RoomView } from '../../shared/room/views.js';
import type { HoldfastState } from './store.js';

/** Closer than this, the screen's clock and the room's are in step: a message's way over loopback is not a wrong clock. */
const IN_STEP_MS = 2_000;

export interface RoomSlice {
  /** The room as the host last described it; null until it has. */
  readonly room: RoomView | null;
  /**
   * The room's time minus this screen's clock, in ms: 0 when they agree. The
   * screen may run on the laptop whose clock is wrong, or on another machine
   * looking at a headless peer; either way it counts durations in the
   * room's time (renderer/time/useNow.ts).
   */
  readonly roomTimeOffsetMs: number;
  readonly setRoom: (room: RoomView) => void;
}

export const createRoomSlice: StateCreator<HoldfastState, [], [], RoomSlice> = (set) => ({
  room: null,
  roomTimeOffsetMs: 0,
  setRoom: (room) => {
    const offset = room.clock.roomTimeAt - Date.now();
    set({ room, roomTimeOffsetMs: Math.abs(offset) < IN_STEP_MS ? 0 : offset });
  },
});
