/**
 * A call-out list, an outbox and a promise are read again the morning
 * after a night's work: a time of another day carries its day, so
 * yesterday's 23:50 is never taken for today's.
 */
import { describe, expect, it } from 'vitest';
import type { CalleeView, PromiseView } from '../../../../shared/projection/outreach-views.js';
import { calleeTimes } from '../../../../renderer/components/outreach/callout/calloutWords.js';
import { recordedWords } from '../../../../renderer/components/outreach/delivery/recordedWords.js';
import { dueWords } from '../../../../renderer/components/outreach/promises/promiseWords.js';
import { formatClock, formatClockMinutes, formatDay } from '../../../../renderer/time/format.js';

const now = new Date(2026, 11, 7, 0, 30).getTime();
const lateLastNight = new Date(2026, 11, 6, 23, 50, 12).getTime();
const justNow = new Date(2026, 11, 7, 0, 20, 5).getTime();

describe('times on the outreach tab, read after midnight', () => {
  it('a call made before midnight names its day; one made since shows the time alone', () => {
    const callee = { calledAt: lateLastNight, calledBy: 'Ana', reachedAt: justNow, acknowledgedAt: null, listedAt: lateLastNight } as CalleeView;
    expect(calleeTimes(callee, now)).toBe(`called ${formatDay(lateLastNight)} ${formatClockMinutes(lateLastNight)} by Ana · reached ${formatClockMinutes(justNow)}`);
    expect(formatDay(lateLastNight)).toMatch(/Dec/);
  });

  it('a delivery recorded before midnight names its day in the outbox', () => {
    const tried = [
      { channelId: 'sms', outcome: 'delivered' as const, at: lateLastNight, by: 'Ana' },
      { channelId: 'email', outcome: 'failed' as const, at: justNow, by: 'Ana' },
    ];
    const names: Record<string, string> = { sms: 'SMS', email: 'E-mail' };
    expect(recordedWords(tried, (id) => names[id]!, now)).toBe(`Delivered via SMS at ${formatDay(lateLastNight)} ${formatClock(lateLastNight)}; Failed via E-mail at ${formatClock(justNow)}`);
    expect(recordedWords([], (id) => id, now)).toBe('Not recorded yet');
  });

  it('a promise that fell due before midnight says on which day', () => {
    const promise = { dueAt: lateLastNight, status: 'open' } as PromiseView;
    expect(dueWords(promise, now)).toBe(`⚠ overdue by 39 minutes (due ${formatDay(lateLastNight)} ${formatClockMinutes(lateLastNight)})`);
  });
});
