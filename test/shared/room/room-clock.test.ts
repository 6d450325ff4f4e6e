/**
 * The room's time, measured from the clocks the peers say in their hellos:
 * a laptop the room says is behind moves forward to it; no single laptop
 * moves another on its own word; a laptop is never moved back; a clock
 * reset by years is not believed.
 */
import { describe, expect, it } from 'vitest';
import { RoomClock, STEP_THRESHOLD_MS } from '../../../shared/room/room-clock.js';

const NOW = 1_795_000_000_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function clockAt(raw: number) {
  let now = raw;
  const clock = new RoomClock(() => now);
  return { clock, advance: (ms: number) => (now += ms) };
}

describe('the room\'s time on a laptop', () => {
  it('is the laptop\'s own clock until it hears a peer', () => {
    const { clock } = clockAt(NOW);
    expect(clock.now()).toBe(NOW);
    expect(clock.view(NOW)).toMatchObject({ offFromRoomMs: null, measuredFrom: 1, correctedMs: 0, followingAhead: null });
  });

  it('moves a laptop two days behind forward to the room once two peers say so, and says by how much', () => {
    const { clock, advance } = clockAt(NOW - 2 * DAY);
    expect(clock.heard('ana', NOW)).toBe(false); // one laptop's word is not enough
    expect(clock.now()).toBe(NOW - 2 * DAY);
    expect(clock.heard('bo', NOW + 500)).toBe(true);
    expect(clock.now()).toBe(NOW);
    advance(60_000);
    expect(clock.now()).toBe(NOW + 60_000);
    expect(clock.view(NOW)).toMatchObject({ offFromRoomMs: -2 * DAY, measuredFrom: 3, correctedMs: 2 * DAY });
    expect(clock.rawNow()).toBe(NOW - 2 * DAY + 60_000);
  });

  it('is never moved back: a laptop an hour ahead of the room keeps its clock, and is told', () => {
    const { clock } = clockAt(NOW + HOUR);
    clock.heard('ana', NOW);
    clock.heard('bo', NOW);
    expect(clock.now()).toBe(NOW + HOUR);
    expect(clock.view(NOW + HOUR)).toMatchObject({ offFromRoomMs: HOUR, correctedMs: 0 });
  });

  it('of two laptops whose clocks disagree, blames neither and moves neither', () => {
    const { clock } = clockAt(NOW);
    clock.heard('behind', NOW - 2 * DAY);
    expect(clock.view(NOW)).toMatchObject({ offFromRoomMs: 0, correctedMs: 0 });
    const other = clockAt(NOW);
    other.clock.heard('ahead', NOW + 2 * DAY);
    expect(other.clock.view(NOW)).toMatchObject({ offFromRoomMs: 0, correctedMs: 0 });
  });

  it('follows the median, not the fastest: one peer an hour ahead among several moves nobody', () => {
    const { clock } = clockAt(NOW);
    clock.heard('fast', NOW + HOUR);
    clock.heard('ana', NOW + 100);
    clock.heard('bo', NOW - 100);
    expect(clock.now()).toBe(NOW);
  });

  it('leaves differences below a couple of seconds alone: network delay is not a wrong clock', () => {
    const { clock } = clockAt(NOW);
    clock.heard('ana', NOW + STEP_THRESHOLD_MS - 1);
    clock.heard('bo', NOW + STEP_THRESHOLD_MS - 1);
    expect(clock.now()).toBe(NOW);
  });

  it('does not believe a clock years off, and names it', () => {
    const { clock } = clockAt(NOW);
    clock.heard('reset-to-2038', NOW + 12 * 365 * DAY);
    clock.heard('also-2038', NOW + 12 * 365 * DAY);
    expect(clock.now()).toBe(NOW);
    expect(clock.view(NOW)).toMatchObject({ offFromRoomMs: null, measuredFrom: 1, unbelieved: ['reset-to-2038', 'also-2038'] });
  });

  it('keeps the room\'s time when its peers go quiet, and takes a peer\'s corrected clock when it says hello again', () => {
    const { clock } = clockAt(NOW - DAY);
    clock.heard('ana', NOW);
    clock.heard('bo', NOW);
    expect(clock.now()).toBe(NOW);
    // Ana's clock was the one that was fixed: she is back, and the room's time stays.
    clock.heard('ana', NOW);
    expect(clock.now()).toBe(NOW);
  });

  it('remembers whose stamp carried this laptop ahead of the room\'s time', () => {
    const { clock } = clockAt(NOW);
    clock.followed(NOW + HOUR, 'fast-device', 'Bo');
    expect(clock.view(NOW + HOUR).followingAhead).toEqual({ ms: HOUR, device: 'fast-device', person: 'Bo' });
    // Once the room's time has caught up with the stamps here, nothing is said.
    expect(clock.view(NOW).followingAhead).toBeNull();
  });
});
