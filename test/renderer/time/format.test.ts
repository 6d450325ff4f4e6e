import { describe, expect, it } from 'vitest';
import { formatDuration as postMortemDuration } from '../../../shared/duration.js';
import { formatDuration, parseLocalDateTime } from '../../../renderer/time/format.js';

describe('durations as the room says them', () => {
  it('are the post-mortem’s own, so "Lasted" on the incident list and the post-mortem say the same', () => {
    for (const ms of [20_000, 45 * 60_000 + 30_000, 125 * 60_000, (27 * 60 + 10) * 60_000]) expect(formatDuration(ms)).toBe(postMortemDuration(ms));
    expect(formatDuration(125 * 60_000)).toBe('2h 05m');
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
