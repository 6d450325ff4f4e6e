import { afterEach, describe, expect, it, vi } from 'vitest';
import { OccasionalReport } from '../../../electron/sync/occasional-report.js';

afterEach(() => {
  vi.useRealTimers();
});

function report(lines: string[]): OccasionalReport {
  return new OccasionalReport({
    everyMs: 60_000,
    log: (line) => lines.push(line),
    first: (address) => `turning away ${address}`,
    since: (count, busiest) => `turned away ${count} more, most from ${busiest}`,
  });
}

describe('a report of something that happens thousands of times', () => {
  it('says the first at once, then sums the rest up once a minute for as long as they come, naming where most came from', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const flood = report(lines);
    flood.note('10.0.0.5');
    for (let i = 0; i < 999; i++) flood.note(i % 3 === 0 ? '10.0.0.6' : '10.0.0.5');
    expect(lines).toEqual(['turning away 10.0.0.5']);

    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual(['turning away 10.0.0.5', 'turned away 999 more, most from 10.0.0.5']);
    flood.note('10.0.0.6');
    vi.advanceTimersByTime(60_000);
    expect(lines.at(-1)).toBe('turned away 1 more, most from 10.0.0.6');
    flood.stop();
  });

  it('says it at once again when it starts again after a quiet minute', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const flood = report(lines);
    flood.note('10.0.0.5');
    vi.advanceTimersByTime(60_000);
    flood.note('10.0.0.7');
    expect(lines).toEqual(['turning away 10.0.0.5', 'turning away 10.0.0.7']);
    flood.stop();
  });
});
