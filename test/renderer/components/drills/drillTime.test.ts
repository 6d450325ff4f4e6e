import { describe, expect, it } from 'vitest';
import { againstTarget, describeAgainstTarget, formatMeasured, formatStopwatch, timeToTarget } from '../../../../renderer/components/drills/drillTime.js';

const s = (seconds: number) => seconds * 1000;
const m = (minutes: number) => minutes * 60_000;

describe("a drill's stopwatch", () => {
  it('counts minutes and seconds, and shows hours only once past the hour', () => {
    expect(formatStopwatch(0)).toBe('00:00');
    expect(formatStopwatch(s(9))).toBe('00:09');
    expect(formatStopwatch(m(4) + s(9))).toBe('04:09');
    expect(formatStopwatch(m(59) + s(59))).toBe('59:59');
    expect(formatStopwatch(m(60))).toBe('1:00:00');
    expect(formatStopwatch(m(64) + s(9))).toBe('1:04:09');
    expect(formatStopwatch(m(25 * 60))).toBe('25:00:00');
  });

  it('never shows a second that has not passed, nor a negative time from a clock a little ahead', () => {
    expect(formatStopwatch(s(4) + 999)).toBe('00:04');
    expect(formatStopwatch(-1500)).toBe('00:00');
  });
});

describe('a measured recovery time', () => {
  it('says seconds while short, minutes and seconds under the hour, then hours and minutes', () => {
    expect(formatMeasured(s(48))).toBe('48s');
    expect(formatMeasured(m(9) + s(2))).toBe('9m 02s');
    expect(formatMeasured(m(65) + s(30))).toBe('1h 05m');
  });
});

describe('a recovery time against the target', () => {
  it('meets the target when it finishes within it, exactly on it included', () => {
    expect(againstTarget(m(8), m(10))).toEqual({ met: true, marginMs: m(2) });
    expect(againstTarget(m(10), m(10))).toEqual({ met: true, marginMs: 0 });
    expect(againstTarget(m(13) + s(10), m(10))).toEqual({ met: false, marginMs: m(3) + s(10) });
  });

  it('says by how much, naming the target as the runbook writes it', () => {
    expect(describeAgainstTarget(m(4) + s(12), m(10))).toBe('met the 10m target with 5m 48s to spare');
    expect(describeAgainstTarget(m(13) + s(10), m(10))).toBe('missed the 10m target by 3m 10s');
    expect(describeAgainstTarget(m(100), m(90))).toBe('missed the 1h30m target by 10m 00s');
  });

  it('while running, counts down what is left, then up how far over', () => {
    expect(timeToTarget(m(4) + s(12), m(10))).toEqual({ over: false, ms: m(5) + s(48) });
    expect(timeToTarget(m(10), m(10))).toEqual({ over: false, ms: 0 });
    expect(timeToTarget(m(13) + s(10), m(10))).toEqual({ over: true, ms: m(3) + s(10) });
  });
});
