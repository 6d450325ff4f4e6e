/**
 * A screen counts durations in the room's time, whatever its own clock says:
 * it may run on the laptop whose clock is wrong, or on another machine
 * looking at a headless peer.
 */
import { describe, expect, it } from 'vitest';
import { createHoldfastStore } from '../../../renderer/store/store.js';
import { roomView } from '../../support/room-view.js';

const DAY = 24 * 60 * 60 * 1000;

function roomWithTimeAt(roomTimeAt: number) {
  return roomView({ clock: { offFromRoomMs: -2 * DAY, measuredFrom: 3, correctedMs: 2 * DAY, followingAhead: null, unbelieved: [], roomTimeAt } });
}

describe("a screen's clock against the room's", () => {
  it('takes the room\'s time from the host when this screen\'s clock is days behind it', () => {
    const store = createHoldfastStore();
    store.getState().setRoom(roomWithTimeAt(Date.now() + 2 * DAY));
    expect(Math.abs(store.getState().roomTimeOffsetMs - 2 * DAY)).toBeLessThan(1_000);
  });

  it('counts a second or so of delay as in step', () => {
    const store = createHoldfastStore();
    store.getState().setRoom(roomWithTimeAt(Date.now() - 800));
    expect(store.getState().roomTimeOffsetMs).toBe(0);
  });
});
