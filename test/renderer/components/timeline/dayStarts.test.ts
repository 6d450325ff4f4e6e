import { describe, expect, it } from 'vitest';
import type { TimelineEntryView } from '../../../../shared/projection/views.js';
import type { ClockZone } from '../../../../renderer/time/clockSetting.js';
import { opensDay } from '../../../../renderer/components/timeline/dayStarts.js';
import { entry } from '../../entries.js';

function dayStartIds(entries: readonly TimelineEntryView[], zone: ClockZone): string[] {
  return entries.filter((_, index) => opensDay(entries, index, zone)).map((one) => one.id);
}

describe('where the timeline’s days begin', () => {
  it('at the first entry and at each entry on a later local day, by when it happened', () => {
    const at = (day: number, hour: number) => new Date(2026, 11, day, hour).getTime();
    const entries = [
      entry('mon-1', { recordedAt: at(7, 22) }),
      entry('mon-2', { recordedAt: at(7, 23) }),
      entry('tue-late', { recordedAt: at(9, 1), happenedAt: at(8, 2) }),
      entry('tue', { recordedAt: at(8, 9) }),
      entry('wed', { recordedAt: at(9, 0) }),
    ];
    expect([...dayStartIds(entries, 'local')]).toEqual(['mon-1', 'tue-late', 'wed']);
  });

  it('at midnight UTC once the screen shows UTC, whatever the laptop’s zone', () => {
    const utc = (day: number, hour: number) => Date.UTC(2026, 11, day, hour);
    const entries = [entry('a', { recordedAt: utc(7, 23) }), entry('b', { recordedAt: utc(8, 0) }), entry('c', { recordedAt: utc(8, 23) })];
    expect([...dayStartIds(entries, 'utc')]).toEqual(['a', 'b']);
  });
});
