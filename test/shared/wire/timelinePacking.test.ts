import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryRevision, TimelineEntryView } from '../../../shared/projection/views.js';
import { packTimeline, unpackTimeline } from '../../../shared/wire/timelinePacking.js';

/** What the browser gets: the packed timeline after a trip through JSON. */
function sentAndRead(entries: readonly TimelineEntryView[]): TimelineEntryView[] | null {
  const packed = packTimeline(entries);
  return packed && unpackTimeline(JSON.parse(JSON.stringify(packed)));
}

const people = fc.constantFrom('Ana', 'Ben Okafor', 'Chen', '');
const moment = fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 });
const revisionArb: fc.Arbitrary<EntryRevision> = fc.record({
  kind: fc.constantFrom('note', 'decision', 'action'),
  text: fc.string(),
  happenedAt: fc.option(moment, { nil: null }),
  by: people,
  at: moment,
});

const entryArb: fc.Arbitrary<TimelineEntryView> = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom('note', 'decision', 'action', 'status', 'role'),
    text: fc.string(),
    author: people,
    recordedAt: moment,
    happenedAt: fc.option(moment, { nil: null }),
    hlc: fc.string({ minLength: 1, maxLength: 24 }),
    device: fc.constantFrom('device-a', 'device-b', 'device-c'),
    struck: fc.boolean(),
    struckBy: fc.option(people, { nil: null }),
    struckReason: fc.option(fc.string(), { nil: null }),
    editable: fc.boolean(),
    extraRevisions: fc.array(revisionArb, { maxLength: 3 }),
    firstAsWritten: fc.boolean(),
  })
  .map(({ extraRevisions, firstAsWritten, ...fields }) => {
    // Most entries are never edited: their one revision is the entry itself, the case packing leaves out.
    const own: EntryRevision = { kind: 'note', text: fields.text, happenedAt: fields.happenedAt, by: fields.author, at: fields.recordedAt };
    const revisions = firstAsWritten && fields.kind === 'note' ? [own, ...extraRevisions] : extraRevisions;
    return { ...fields, incidentId: 'incident-1', revisions } satisfies TimelineEntryView;
  });

describe('a timeline packed for the API socket', () => {
  it('reads back as the very same entries, in the same order, as sent unpacked', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (entries) => {
        expect(sentAndRead(entries)).toStrictEqual(JSON.parse(JSON.stringify(entries)));
      }),
    );
  });

  it('keeps an edited entry\'s every revision', () => {
    const original: EntryRevision = { kind: 'note', text: 'db down', happenedAt: null, by: 'Ana', at: 1 };
    const edit: EntryRevision = { kind: 'note', text: 'db-3 down', happenedAt: null, by: 'Ben', at: 2 };
    const edited: TimelineEntryView = {
      ...{ id: 'e1', incidentId: 'incident-1', kind: 'note', text: 'db-3 down', author: 'Ana', recordedAt: 1, happenedAt: null, hlc: 'h', device: 'd' },
      ...{ struck: false, struckBy: null, struckReason: null, editable: true, revisions: [original, edit] },
    };
    expect(sentAndRead([edited])?.[0]?.revisions).toStrictEqual([original, edit]);
  });

  it('is sent at a fraction of the size of the entries as they are', () => {
    const entries = Array.from({ length: 1000 }, (_, i): TimelineEntryView => {
      const text = `Line ${i}: replica lag on db-${i % 17} back under ${i % 9} s`;
      const author = `Responder ${i % 5}`;
      const recordedAt = 1_796_000_000_000 + i * 1000;
      return {
        ...{ id: `incident-1-line-${i}`, incidentId: 'incident-1', kind: 'note', text, author, recordedAt, happenedAt: null },
        ...{ hlc: `00${recordedAt}.00000`, device: `device-${i % 3}-${'x'.repeat(36)}`, struck: false, struckBy: null, struckReason: null },
        ...{ revisions: [{ kind: 'note', text, happenedAt: null, by: author, at: recordedAt }], editable: true },
      };
    });
    expect(JSON.stringify(packTimeline(entries)).length).toBeLessThan(JSON.stringify(entries).length / 2);
  });

  it('is not packed when it mixes incidents, so no entry is moved to another', () => {
    const a = { id: 'a', incidentId: 'incident-1' };
    const b = { id: 'b', incidentId: 'incident-2' };
    const base = { kind: 'note', text: 't', author: 'Ana', recordedAt: 1, happenedAt: null, hlc: 'h', device: 'd', struck: false, struckBy: null, struckReason: null, revisions: [], editable: true } as const;
    expect(packTimeline([{ ...base, ...a }, { ...base, ...b }])).toBeNull();
  });
});
