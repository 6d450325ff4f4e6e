import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEntries } from '../../../shared/projection/views.js';
import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { timelineFrom, withEntries, withoutEntries } from '../../../renderer/store/timelineOrder.js';
import { BASE, entry } from '../entries.js';

const ids = (entries: readonly TimelineEntryView[]) => entries.map((item) => item.id);

describe('a loaded timeline', () => {
  it('shows entries in timeline order, whatever order they arrived in', () => {
    const timeline = timelineFrom([
      entry('entry-c', { recordedAt: BASE + 3 }),
      entry('entry-a', { recordedAt: BASE + 1 }),
      entry('entry-b', { recordedAt: BASE + 2 }),
    ]);
    expect(ids(timeline.ordered)).toEqual(['entry-a', 'entry-b', 'entry-c']);
  });

  it('places an entry written down later at the moment it happened', () => {
    const timeline = withEntries(timelineFrom([entry('entry-a', { recordedAt: BASE + 10 }), entry('entry-b', { recordedAt: BASE + 20 })]), [
      entry('entry-late', { recordedAt: BASE + 30, happenedAt: BASE + 15 }),
    ]);
    expect(ids(timeline.ordered)).toEqual(['entry-a', 'entry-late', 'entry-b']);
  });

  it('replaces an edited entry instead of showing it twice, and moves it when its moment changes', () => {
    const start = timelineFrom([entry('entry-a', { recordedAt: BASE + 10 }), entry('entry-b', { recordedAt: BASE + 20 })]);
    const reworded = withEntries(start, [entry('entry-a', { recordedAt: BASE + 10, text: 'reworded' })]);
    expect(ids(reworded.ordered)).toEqual(['entry-a', 'entry-b']);
    expect(reworded.ordered[0]?.text).toBe('reworded');
    const moved = withEntries(reworded, [entry('entry-a', { recordedAt: BASE + 10, happenedAt: BASE + 30 })]);
    expect(ids(moved.ordered)).toEqual(['entry-b', 'entry-a']);
    expect(moved.byId.size).toBe(2);
  });

  it('leaves the timeline it was given untouched, so React sees a new one', () => {
    const start = timelineFrom([entry('entry-a')]);
    const next = withEntries(start, [entry('entry-b', { recordedAt: BASE + 1 })]);
    expect(next).not.toBe(start);
    expect(ids(start.ordered)).toEqual(['entry-a']);
    expect(start.byId.has('entry-b')).toBe(false);
  });

  it('always equals sorting every entry from scratch, one notice at a time or many at once', () => {
    const arbitraryEntry = fc.record({
      id: fc.constantFrom(...Array.from({ length: 30 }, (_, index) => `entry-${index}`)),
      recordedAt: fc.integer({ min: 0, max: 50 }),
      happenedAt: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      device: fc.constantFrom('device-a', 'device-b'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(arbitraryEntry, { maxLength: 80 }), { maxLength: 12 }), (notices) => {
        let timeline = timelineFrom([]);
        const latest = new Map<string, TimelineEntryView>();
        for (const notice of notices) {
          const incoming = notice.map((raw) =>
            entry(raw.id, { recordedAt: BASE + raw.recordedAt, happenedAt: raw.happenedAt === null ? null : BASE + raw.happenedAt, device: raw.device }),
          );
          timeline = withEntries(timeline, incoming);
          for (const item of incoming) latest.set(item.id, item);
        }
        expect(timeline.ordered).toEqual([...latest.values()].sort(compareEntries));
        expect(timeline.byId.size).toBe(latest.size);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a loaded timeline taking a notice of what it already shows', () => {
  it('stays the same timeline, so nothing on screen is drawn again', () => {
    const start = timelineFrom([entry('entry-a'), entry('entry-b', { recordedAt: BASE + 1 })]);
    expect(withEntries(start, [entry('entry-b', { recordedAt: BASE + 1 })])).toBe(start);
  });

  it('changes for any field that differs', () => {
    const start = timelineFrom([entry('entry-a', { text: 'before' })]);
    const next = withEntries(start, [entry('entry-a', { text: 'after' })]);
    expect(next).not.toBe(start);
    expect(next.ordered[0]?.text).toBe('after');
  });
});

describe('the index of a long timeline', () => {
  it('answers like a fresh map after many more additions and removals than it carries before folding them', () => {
    let timeline = timelineFrom(Array.from({ length: 50 }, (_, index) => entry(`entry-${index}`, { recordedAt: BASE + index })));
    const earlier = timeline;
    for (let index = 50; index < 700; index += 1) {
      timeline = withEntries(timeline, [entry(`entry-${index}`, { recordedAt: BASE + index })]);
      if (index % 3 === 0) timeline = withoutEntries(timeline, [`entry-${index - 40}`]);
    }
    const fresh = timelineFrom(timeline.ordered);
    expect(timeline.byId.size).toBe(fresh.byId.size);
    expect([...timeline.byId.values()].map((item) => item.id).sort()).toEqual([...fresh.byId.values()].map((item) => item.id).sort());
    expect(timeline.byId.has('entry-50')).toBe(false);
    expect(timeline.byId.get('entry-699')?.id).toBe('entry-699');
    // An earlier timeline still answers as it did.
    expect(earlier.byId.size).toBe(50);
    expect(earlier.byId.has('entry-60')).toBe(false);
    expect(earlier.byId.has('entry-10')).toBe(true);
  });
});
