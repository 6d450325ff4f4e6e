import { describe, expect, it } from 'vitest';
import { formatAgo, formatClockOffset } from '../../../renderer/time/relative.js';

const NOW = Date.UTC(2025, 2, 1, 3, 0, 0);

describe('when a peer was last heard from', () => {
  it('says minutes for a short while, then hours', () => {
    expect(formatAgo(NOW - 20_000, NOW)).toBe('just now');
    expect(formatAgo(NOW - 3 * 60_000 - 5_000, NOW)).toBe('3 min ago');
    expect(formatAgo(NOW - 125 * 60_000, NOW)).toBe('2h 05m ago');
  });

  it('does not say a time in the future is negative minutes ago', () => {
    expect(formatAgo(NOW + 90_000, NOW)).toBe('just now');
  });
});

describe("another laptop's clock against ours", () => {
  it('says which way it is off, and by how much', () => {
    expect(formatClockOffset(2_500)).toBe('2.5 s ahead');
    expect(formatClockOffset(-42_000)).toBe('42 s behind');
    expect(formatClockOffset(-(3 * 60 + 5) * 60_000)).toBe('3h 05m behind');
    expect(formatClockOffset(10)).toBe('in step');
  });

  it('reads a clock two days ahead as two days, even when measured a moment short of it', () => {
    expect(formatClockOffset(48 * 60 * 60_000 - 150)).toBe('2d 00h ahead');
  });
});
