import { describe, expect, it } from 'vitest';
import {
  ClockCounterOverflowError,
  ClockDriftError,
  HybridLogicalClock,
  MAX_COUNTER,
  compareHlc,
  decodeHlc,
  encodeHlc,
} from '../../shared/hlc.js';

function manualClock(start: number) {
  let now = start;
  return {
    now: () => now,
    set: (value: number) => {
      now = value;
    },
  };
}

describe('hybrid logical clock', () => {
  it('follows the wall clock while it moves forward', () => {
    const wall = manualClock(1_000);
    const clock = new HybridLogicalClock(wall.now);
    expect(clock.tick()).toEqual({ wall: 1_000, counter: 0 });
    wall.set(1_005);
    expect(clock.tick()).toEqual({ wall: 1_005, counter: 0 });
  });

  it('never goes backwards when the wall clock is set back', () => {
    const wall = manualClock(50_000);
    const clock = new HybridLogicalClock(wall.now);
    const before = clock.tick();
    wall.set(10_000); // someone "fixed" the laptop's clock by hand
    const after = clock.tick();
    expect(compareHlc(after, before)).toBeGreaterThan(0);
    expect(after.wall).toBe(50_000);
  });

  it('orders events in the same millisecond by counter', () => {
    const clock = new HybridLogicalClock(() => 7_000);
    const stamps = Array.from({ length: 5 }, () => clock.tick());
    expect(stamps.map((stamp) => stamp.counter)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stamps a reply after the message it answers, even from a laptop whose clock is behind', () => {
    const fast = new HybridLogicalClock(() => 100_000);
    const slow = new HybridLogicalClock(() => 40_000); // a minute behind
    const question = fast.tick();
    const reply = slow.receive(question);
    expect(compareHlc(reply, question)).toBeGreaterThan(0);
    expect(compareHlc(slow.tick(), reply)).toBeGreaterThan(0);
  });

  it('an hour of skew within the allowed drift still keeps causality', () => {
    const hour = 3_600_000;
    const ahead = new HybridLogicalClock(() => 10 * hour + hour);
    const behind = new HybridLogicalClock(() => 10 * hour, 2 * hour);
    const sent = ahead.tick();
    expect(compareHlc(behind.receive(sent), sent)).toBeGreaterThan(0);
  });

  it('refuses a remote stamp too far in the future, and is unchanged by it', () => {
    const clock = new HybridLogicalClock(() => 1_000_000, 60_000);
    const before = clock.tick();
    expect(() => clock.receive({ wall: 1_000_000 + 61_000, counter: 0 })).toThrow(ClockDriftError);
    expect(clock.peek()).toEqual(before);
    expect(() => clock.receive({ wall: 1_000_000 + 59_000, counter: 0 })).not.toThrow();
  });

  it('explains the drift in words a person can act on', () => {
    const clock = new HybridLogicalClock(() => 0, 60_000);
    expect(() => clock.receive({ wall: 600_000, counter: 0 })).toThrow(/600 s ahead/);
  });

  it('witnessing stored history moves the clock without refusing far-future stamps', () => {
    const clock = new HybridLogicalClock(() => 1_000, 10);
    clock.witness({ wall: 9_999_999, counter: 3 });
    expect(clock.tick()).toEqual({ wall: 9_999_999, counter: 4 });
  });

  it('reports counter overflow instead of wrapping round', () => {
    const clock = new HybridLogicalClock(() => 5);
    clock.witness({ wall: 5, counter: MAX_COUNTER });
    expect(() => clock.tick()).toThrow(ClockCounterOverflowError);
  });

  it('encodes stamps so that text order is time order', () => {
    const stamps = [
      { wall: 9, counter: 0 },
      { wall: 10, counter: 0 },
      { wall: 10, counter: 11 },
      { wall: 10, counter: 2 },
      { wall: 1_795_000_000_000, counter: 0 },
    ];
    const byText = stamps.map(encodeHlc).sort();
    const byClock = [...stamps].sort(compareHlc).map(encodeHlc);
    expect(byText).toEqual(byClock);
    for (const stamp of stamps) expect(decodeHlc(encodeHlc(stamp))).toEqual(stamp);
  });

  it('rejects text that is not a stamp', () => {
    expect(() => decodeHlc('2026-11-23')).toThrow(/Not a clock stamp/);
  });
});
