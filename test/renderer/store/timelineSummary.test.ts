/**
 * The author filter's names and the "new since" reach are kept by the store
 * as lines come and go, rather than worked out from every entry per line:
 * whatever arrives, is reworded or is taken off, they say what working them
 * out from the whole timeline would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { timelineFrom, withEntries, withoutEntries } from '../../../renderer/store/timelineOrder.js';
import { BASE, entry } from '../entries.js';

function fromScratch(entries: readonly TimelineEntryView[]) {
  const authors = [...new Set(entries.map((item) => item.author))].sort((a, b) => a.localeCompare(b));
  const newest = entries.reduce<number | null>((max, item) => (max === null || item.recordedAt > max ? item.recordedAt : max), null);
  return { authors, newestRecordedAt: newest };
}

describe("a loaded timeline's summary", () => {
  it('names an author while they have an entry, and drops them with their last one', () => {
    let timeline = timelineFrom([entry('entry-a', { author: 'Bo' })]);
    timeline = withEntries(timeline, [entry('entry-b', { author: 'Ana', recordedAt: BASE + 1 })]);
    expect(timeline.summary.authors).toEqual(['Ana', 'Bo']);
    timeline = withoutEntries(timeline, ['entry-a']);
    expect(timeline.summary.authors).toEqual(['Ana']);
  });

  it('keeps the same list of authors when a known author writes again, so the filter is not drawn again', () => {
    const start = timelineFrom([entry('entry-a', { author: 'Ana' })]);
    const next = withEntries(start, [entry('entry-b', { author: 'Ana', recordedAt: BASE + 1 })]);
    expect(next.summary.authors).toBe(start.summary.authors);
  });

  it('always equals working it out from every entry, whatever arrives and leaves', () => {
    const change = fc.oneof(
      fc.record({
        id: fc.constantFrom(...Array.from({ length: 20 }, (_, index) => `entry-${index}`)),
        recordedAt: fc.integer({ min: 0, max: 40 }),
        author: fc.constantFrom('Ana', 'Bo', 'Chen', 'Dee'),
      }),
      fc.record({ remove: fc.constantFrom(...Array.from({ length: 20 }, (_, index) => `entry-${index}`)) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 6 }), { maxLength: 20 }), (notices) => {
        let timeline = timelineFrom([]);
        for (const notice of notices) {
          const removed = notice.flatMap((one) => ('remove' in one ? [one.remove] : []));
          const incoming = notice.flatMap((one) => ('remove' in one ? [] : [entry(one.id, { recordedAt: BASE + one.recordedAt, author: one.author })]));
          timeline = withoutEntries(withEntries(timeline, incoming), removed);
          expect({ authors: timeline.summary.authors, newestRecordedAt: timeline.summary.newestRecordedAt }).toEqual(fromScratch(timeline.ordered));
        }
      }),
      { numRuns: 300 },
    );
  });
});
