/** A room as a host describes it, out of any room unless told otherwise: for store and screen tests. */
import type { RoomView } from '../../shared/room/views.js';

export function roomView(overrides: Partial<RoomView> = {}): RoomView {
  return {
    room: null,
    syncing: { listening: false, port: null, addresses: [], discovery: 'off', problem: null },
    device: 'device-a',
    removedHere: null,
    peers: [],
    removedDevices: [],
    heldBack: [],
    twoHistories: [],
    clock: { offFromRoomMs: null, measuredFrom: 1, correctedMs: 0, followingAhead: null, unbelieved: [], roomTimeAt: Date.now() },
    newIdentity: null,
    identityInUseElsewhere: null,
    catchUp: null,
    ...overrides,
  };
}
