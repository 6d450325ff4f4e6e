import { describe, expect, it } from 'vitest';
import { formatRunbookDuration, parseDuration } from '../../../shared/runbooks/duration.js';

describe('runbook durations', () => {
  it.each([
    ['45s', 45_000],
    ['20m', 1_200_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['1d12h', 129_600_000],
    [' 90m ', 5_400_000],
    ['2h0m', 7_200_000],
  ])('read %j as a length of time', (written, ms) => {
    expect(parseDuration(written)).toBe(ms);
  });

  it.each(['', '30', '1.5h', '30 min', '30 m', '30m1h', '1h1h', '0m', 'soon', '-5m', '5M'])('refuse %j', (written) => {
    expect(parseDuration(written)).toBeNull();
  });

  it('write back in the form an author would type', () => {
    for (const written of ['45s', '20m', '2h', '1h30m', '1d12h', '2h5m10s']) {
      expect(formatRunbookDuration(parseDuration(written)!)).toBe(written);
    }
    expect(formatRunbookDuration(0)).toBe('0s');
  });
});
