import { describe, expect, it } from 'vitest';
import { localInputSeconds } from '../../../renderer/components/postmortem/milestoneWords.js';
import { localInputValue } from '../../../renderer/components/updates/updateWords.js';
import { useClockSetting } from '../../../renderer/time/clockSetting.js';
import { formatDuration as postMortemDuration } from '../../../shared/duration.js';
import { formatClock, formatClockWithDay, formatDay, formatDayHeading, formatDuration, parseLocalDateTime } from '../../../renderer/time/format.js';

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

  it('reads in UTC when the screen is switched to UTC, as the times around it read', () => {
    useClockSetting.getState().setZone('utc');
    try {
      expect(parseLocalDateTime('2025-03-01T02:14:09')).toBe(Date.UTC(2025, 2, 1, 2, 14, 9));
      expect(localInputSeconds(Date.UTC(2025, 2, 1, 2, 14, 9))).toBe('2025-03-01T02:14:09');
      expect(localInputValue(Date.UTC(2025, 2, 1, 2, 14, 9))).toBe('2025-03-01T02:14');
    } finally {
      useClockSetting.getState().setZone('local');
    }
  });

  it('means "now" when left empty, and refuses what is not a time', () => {
    expect(parseLocalDateTime('')).toBeNull();
    expect(parseLocalDateTime('yesterday')).toBe('invalid');
  });
});

describe('days on a timeline that runs for days', () => {
  const now = new Date(2026, 11, 7, 9, 30).getTime();

  it('shows the time alone for today, and the day too for any other day', () => {
    const today = new Date(2026, 11, 7, 1, 5).getTime();
    const yesterday = new Date(2026, 11, 6, 23, 55).getTime();
    expect(formatClockWithDay(today, now)).toBe(formatClock(today));
    expect(formatClockWithDay(yesterday, now)).toBe(`${formatDay(yesterday)} ${formatClock(yesterday)}`);
  });

  it('names the day in a heading, with the year only when it is not this one', () => {
    const sunday = new Date(2026, 11, 6, 12).getTime();
    const newYearsEve = new Date(2025, 11, 31, 12).getTime();
    expect(formatDayHeading(sunday, now)).not.toMatch(/2026/);
    expect(formatDayHeading(sunday, now)).toMatch(/6/);
    expect(formatDayHeading(newYearsEve, now)).toMatch(/2025/);
  });
});
