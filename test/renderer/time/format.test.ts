import { describe, expect, it } from 'vitest';
import { formatDuration, parseLocalDateTime } from '../../../renderer/time/format.js';

describe('durations as the room says them', () => {
  it('counts minutes, then hours and minutes, then days and hours', () => {
    expect(formatDuration(20_000)).toBe('<1m');
    expect(formatDuration(45 * 60_000)).toBe('45m');
    expect(formatDuration(125 * 60_000)).toBe('2h 05m');
    expect(formatDuration((27 * 60 + 10) * 60_000)).toBe('1d 3h');
  });
});

describe('the "Happened at" field', () => {
  it('reads as local time, with or without seconds', () => {
    expect(parseLocalDateTime('2025-03-01T02:14')).toBe(new Date(2025, 2, 1, 2, 14, 0).getTime());
    expect(parseLocalDateTime('2025-03-01T02:14:09')).toBe(new Date(2025, 2, 1, 2, 14, 9).getTime());
  });

  it('means "now" when left empty, and refuses what is not a time', () => {
    expect(parseLocalDateTime('')).toBeNull();
    expect(parseLocalDateTime('yesterday')).toBe('invalid');
  });
});
