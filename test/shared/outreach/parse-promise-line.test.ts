/**
 * The one-keystroke promise typed in the timeline: when it is due, to whom
 * and what, read from a line; a line that does not read so says how to
 * write it.
 */
import { describe, expect, it } from 'vitest';
import { isPromiseLine, parsePromiseLine, PROMISE_LINE_HOW } from '../../../shared/outreach/parse-promise-line.js';

const MINUTE = 60_000;
/** 14:20:30 today on this machine's clock, whatever its zone. */
const NOW = new Date(2026, 11, 7, 14, 20, 30).getTime();
const at = (day: number, hours: number, minutes: number) => new Date(2026, 11, day, hours, minutes, 0, 0).getTime();

function read(line: string) {
  const reading = parsePromiseLine(line, NOW);
  if (!reading.ok) throw new Error(`Not read: ${reading.message}`);
  return reading.promise;
}

function refusal(line: string): string {
  const reading = parsePromiseLine(line, NOW);
  if (reading.ok) throw new Error(`Read when it should not be: ${JSON.stringify(reading.promise)}`);
  return reading.message;
}

describe('a /promise line', () => {
  it('is told apart from a note by its start, whatever the case', () => {
    expect(isPromiseLine('/promise 30m Management: ETA')).toBe(true);
    expect(isPromiseLine('  /PROMISE 30m Management: ETA')).toBe(true);
    expect(isPromiseLine('/promise')).toBe(true);
    expect(isPromiseLine('/promised nothing')).toBe(false);
    expect(isPromiseLine('we promise 30m')).toBe(false);
    expect(isPromiseLine('/note /promise 30m')).toBe(false);
  });

  it('reads a due time in so long: minutes, hours, or both', () => {
    expect(read('/promise 30m Management: ETA for payments')).toEqual({ dueAt: NOW + 30 * MINUTE, to: 'Management', what: 'ETA for payments' });
    expect(read('/promise 2h Management: ETA').dueAt).toBe(NOW + 120 * MINUTE);
    expect(read('/promise 1h30 Management: ETA').dueAt).toBe(NOW + 90 * MINUTE);
    expect(read('/promise 1h 30m Management: ETA').dueAt).toBe(NOW + 90 * MINUTE);
    expect(read('/promise 45 min Management: ETA').dueAt).toBe(NOW + 45 * MINUTE);
    expect(read('/promise in 15min Management: ETA').dueAt).toBe(NOW + 15 * MINUTE);
  });

  it('reads a clock time as today, or tomorrow once it has passed', () => {
    expect(read('/promise 16:00 North Bank: call back with the failover time')).toEqual({
      dueAt: at(7, 16, 0),
      to: 'North Bank',
      what: 'call back with the failover time',
    });
    expect(read('/promise at 9:30 Management: morning ETA').dueAt).toBe(at(8, 9, 30));
    expect(read('/promise 14:20 Management: ETA').dueAt).toBe(at(8, 14, 20));
    expect(read('/promise 4pm Management: ETA').dueAt).toBe(at(7, 16, 0));
    expect(read('/promise 4:30 pm Management: ETA').dueAt).toBe(at(7, 16, 30));
  });

  it('takes to whom up to the first colon, and keeps a colon in what was promised', () => {
    expect(read('/promise 30m Ops team (Madrid): call back at 16:00: with numbers')).toEqual({
      dueAt: NOW + 30 * MINUTE,
      to: 'Ops team (Madrid)',
      what: 'call back at 16:00: with numbers',
    });
  });

  it('says how to write it when the due time is missing or is no time', () => {
    expect(refusal('/promise')).toBe(PROMISE_LINE_HOW);
    expect(refusal('/promise Management: ETA')).toBe(`“Management:” is not a due time. ${PROMISE_LINE_HOW}`);
    expect(refusal('/promise 30 Management: ETA')).toMatch(/^“30” is not a due time\./);
    expect(refusal('/promise 25:00 Management: ETA')).toMatch(/^“25:00” is not a due time\./);
    expect(refusal('/promise 0m Management: ETA')).toMatch(/^“0m” is not a due time\./);
  });

  it('says what is missing when to whom or what is not there', () => {
    expect(refusal('/promise 30m Management ETA for payments')).toBe(`Say to whom, then a colon, then what was promised. ${PROMISE_LINE_HOW}`);
    expect(refusal('/promise 30m : ETA')).toBe(`Say to whom it was promised, before the colon. ${PROMISE_LINE_HOW}`);
    expect(refusal('/promise 30m Management:')).toBe(`Say what was promised to Management, after the colon. ${PROMISE_LINE_HOW}`);
  });
});
