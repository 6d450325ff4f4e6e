import { describe, expect, it } from 'vitest';
import { formatHowLongAgo, formatLastRehearsed, staleReason } from '../../../../renderer/components/runbooks/rehearsalWords.js';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const DAY = 86_400_000;

describe('when a runbook was last rehearsed', () => {
  it('says never for a runbook never rehearsed to the end', () => {
    expect(formatLastRehearsed(null, NOW)).toBe('never');
  });

  it('gives the date and how long ago, counted in days once a day has passed', () => {
    expect(formatHowLongAgo(NOW - 20_000, NOW)).toBe('just now');
    expect(formatHowLongAgo(NOW - 5 * 60_000, NOW)).toBe('5 min ago');
    expect(formatHowLongAgo(NOW - 3 * 3_600_000, NOW)).toBe('3h ago');
    expect(formatHowLongAgo(NOW - DAY - 1, NOW)).toBe('1 day ago');
    expect(formatHowLongAgo(NOW - 120 * DAY, NOW)).toBe('120 days ago');
    expect(formatLastRehearsed(NOW - 120 * DAY, NOW)).toMatch(/ \(120 days ago\)$/);
    expect(formatLastRehearsed(NOW - 120 * DAY, NOW)).toMatch(/2025/);
  });

  it('names why a stale runbook is flagged', () => {
    expect(staleReason(null, NOW)).toBe('Stale: never rehearsed');
    expect(staleReason(NOW - 120 * DAY, NOW)).toBe('Stale: not rehearsed for 120 days');
  });
});
