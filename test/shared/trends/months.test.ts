import { describe, expect, it } from 'vitest';
import { monthOf, monthSpan, monthsFrom } from '../../../shared/trends/months.js';

const HOUR = 3_600_000;

describe('months cut in a time zone', () => {
  it('puts a moment just after midnight on the 1st in that month in the zone, though UTC still says the month before', () => {
    const justAfterMidnightInMadrid = Date.UTC(2026, 10, 30, 23, 30); // 00:30 on 1 December in Madrid (UTC+1)
    expect(monthOf(justAfterMidnightInMadrid, 'UTC')).toBe('2026-11');
    expect(monthOf(justAfterMidnightInMadrid, 'Europe/Madrid')).toBe('2026-12');
  });

  it('starts a month at local midnight and gives it its real length across a change of clocks', () => {
    const march = monthSpan('2026-03', 'Europe/Madrid');
    expect(march.start).toBe(Date.UTC(2026, 1, 28, 23)); // midnight 1 March at UTC+1
    expect(march.end).toBe(Date.UTC(2026, 2, 31, 22)); // midnight 1 April at UTC+2 (summer time)
    expect(march.end - march.start).toBe(31 * 24 * HOUR - HOUR);
    const october = monthSpan('2026-10', 'Europe/Madrid');
    expect(october.end - october.start).toBe(31 * 24 * HOUR + HOUR);
    expect(monthSpan('2026-03', 'UTC').end - monthSpan('2026-03', 'UTC').start).toBe(31 * 24 * HOUR);
  });

  it('cuts months for a zone ahead of UTC by a part hour', () => {
    const { start } = monthSpan('2026-12', 'Asia/Kolkata');
    expect(start).toBe(Date.UTC(2026, 10, 30, 18, 30));
    expect(monthOf(start, 'Asia/Kolkata')).toBe('2026-12');
    expect(monthOf(start - 1, 'Asia/Kolkata')).toBe('2026-11');
  });

  it('lists every month between two, across a new year', () => {
    expect(monthsFrom('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
