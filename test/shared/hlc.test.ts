import { describe, expect, it } from 'vitest';
import {
  HybridLogicalClock,
  MAX_COUNTER,
  compareHlc,
  decodeHlc,
  encodeHlc,
} from '../../shared/hlc.js';

const DAY = 86_400_000;

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
    const clock = new HybridLogicalClock(wall.now, DAY);
    expect(clock.tick()).toEqual({ wall: 1_000, counter: 0 });
    wall.set(1_005);
    expect(clock.tick()).toEqual({ wall: 1_005, counter: 0 });
  });

  it('never goes backwards when the wall clock is set back', () => {
    const wall = manualClock(50_000);
    const clock = new HybridLogicalClock(wall.now, DAY);
    const before = clock.tick();
    wall.set(10_000); // someone "fixed" the laptop's clock by hand
    const after = clock.tick();
    expect(compareHlc(after, before)).toBeGreaterThan(0);
    expect(after.wall).toBe(50_000);
  });

  it('orders events in the same millisecond by counter', () => {
    const clock = new HybridLogicalClock(() => 7_000, DAY);
    const stamps = Array.from({ length: 5 }, () => clock.tick());
    expect(stamps.map((stamp) => stamp.counter)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stamps a reply after the message it answers, even from a laptop whose clock is behind', () => {
    const fast = new HybridLogicalClock(() => 100_000, DAY);
    const slow = new HybridLogicalClock(() => 40_000, DAY); // a minute behind
    const question = fast.tick();
    slow.witness(question);
    const reply = slow.tick();
    expect(compareHlc(reply, question)).toBeGreaterThan(0);
    expect(compareHlc(slow.tick(), reply)).toBeGreaterThan(0);
  });

  it('an hour of skew keeps causality: a reply to a laptop an hour ahead sorts after it', () => {
    const hour = 3_600_000;
    const ahead = new HybridLogicalClock(() => 10 * hour + hour, DAY);
    const behind = new HybridLogicalClock(() => 10 * hour, DAY);
    const sent = ahead.tick();
    behind.witness(sent);
    expect(compareHlc(behind.tick(), sent)).toBeGreaterThan(0);
  });

  it('never witnesses further than its bound past the room\'s time: a stamp let in from 2038 drags it no further', () => {
    const clock = new HybridLogicalClock(() => 1_000_000, 60_000);
    clock.witness({ wall: 2_000_000_000_000, counter: 7 });
    expect(clock.peek()).toEqual({ wall: 1_060_000, counter: 0 });
    expect(clock.tick()).toEqual({ wall: 1_060_000, counter: 1 });
  });

  it('witnessing within the bound moves the clock to the stamp', () => {
    const clock = new HybridLogicalClock(() => 1_000, DAY);
    clock.witness({ wall: 9_999, counter: 3 });
    expect(clock.tick()).toEqual({ wall: 9_999, counter: 4 });
  });

  it('carries into the next millisecond when a millisecond\'s counter is spent, instead of failing', () => {
    const clock = new HybridLogicalClock(() => 5, DAY);
    clock.witness({ wall: 5, counter: MAX_COUNTER });
    expect(clock.tick()).toEqual({ wall: 6, counter: 0 });
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
