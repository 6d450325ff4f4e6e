/**
 * Times in exported files: the same file on every laptop, so the zone is
 * an explicit choice, UTC unless another zone is asked for, and always
 * written beside the time.
 */
import { describe, expect, it } from 'vitest';
import { exportMinute, exportSecond, exportZoneNote, UTC_ZONE } from '../../../shared/time/export-time.js';

/** Monday 23 November 2026, 13:41:07 UTC. */
const AT = Date.UTC(2026, 10, 23, 13, 41, 7);

describe('times in an export', () => {
  it('are in UTC unless told otherwise, with "UTC" written', () => {
    expect(exportMinute(AT, UTC_ZONE)).toBe('2026-11-23 13:41 UTC');
    expect(exportSecond(AT, UTC_ZONE)).toBe('2026-11-23 13:41:07 UTC');
    expect(exportZoneNote(UTC_ZONE)).toBe('Times are in UTC.');
    expect(exportSecond(AT, 'Etc/UTC')).toBe('2026-11-23 13:41:07 UTC');
  });

  it('are in a named zone when asked, on a 24-hour clock, with its offset written', () => {
    expect(exportSecond(AT, 'Asia/Kolkata')).toBe('2026-11-23 19:11:07 GMT+5:30');
    expect(exportMinute(Date.UTC(2026, 11, 31, 23, 30), 'Europe/Madrid')).toBe('2027-01-01 00:30 GMT+1');
    expect(exportZoneNote('Europe/Madrid')).toBe('Times are in Europe/Madrid, the zone of the laptop that made this file.');
  });
});
