import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asKnownEvent, type SignedEvent } from '../../../shared/events.js';
import { FAST_EVENT_TYPES, fastKnownEvent } from '../../../shared/projection/fast-known-event.js';

const HEADER = { device: 'd'.repeat(43), seq: 1, hlc: '0', author: 'Ana', prev: null, hash: 'a'.repeat(64), sig: 's' };
const event = (type: string, payload: unknown): SignedEvent => ({ ...HEADER, type, payload }) as SignedEvent;

/** Text near every edge the schema draws: controls, bidi controls, carriage returns, blanks, lengths at the limits. */
const edgyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\n', '\r\n', 'a\rb', ' x ', '\t', 'a\u0000b', 'x\u202eevil', '\u2066', 'é\u0085', 'ok', '\uFEFFbom', '\u00a0nbsp\u00a0'),
  fc.constantFrom(20_000, 20_001, 1_000, 1_001).map((length) => 'a'.repeat(length)),
  fc.constantFrom(19_999, 999).map((length) => ` ${'b'.repeat(length)}  `),
);
const edgyId = fc.oneof(fc.constantFrom('incident-1', 'entry-0001', 'Entry-1', 'abcde', 'a'.repeat(64), 'a'.repeat(65), '-abcdef', 'abc def', ''), fc.string(), fc.stringMatching(/^[a-z0-9][a-z0-9-]{5,63}$/));
const edgyMoment = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(946_684_800_000, 946_684_799_999, 7_258_118_400_000, 7_258_118_400_001, 1.5e12 + 0.5, Number.NaN, Infinity, '1700000000000'),
  fc.integer({ min: 946_684_800_000, max: 7_258_118_400_000 }),
);
const edgyValue = fc.oneof(edgyText, edgyId, edgyMoment, fc.constantFrom('note', 'action', 'decision', 'check', 'Note', 'other'), fc.anything());
const FIELDS = ['incidentId', 'entryId', 'kind', 'text', 'happenedAt', 'reason'] as const;

/** Payloads near the schema's: right fields with edgy values, fields missing, a key too many, or no object at all. */
const edgyPayload = fc.oneof(
  fc.record(
    { incidentId: edgyId, entryId: edgyId, kind: fc.oneof(fc.constantFrom('note', 'action', 'decision', 'check'), edgyValue), text: edgyText, happenedAt: edgyMoment, reason: edgyText },
    { requiredKeys: [] },
  ),
  fc.record({ incidentId: edgyId, entryId: edgyId, kind: fc.constantFrom('note', 'check'), text: edgyText, happenedAt: edgyMoment }),
  fc.record({ incidentId: edgyId, entryId: edgyId, reason: edgyText }),
  fc.record({ incidentId: edgyId, entryId: edgyId }),
  fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS, '__proto__', 'constructor', 'extra'), fc.string()), edgyValue),
  fc.anything(),
);

describe("the fast path for the timeline's events", () => {
  it('reads every payload exactly as the schema does, and is sure only where the schema takes it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FAST_EVENT_TYPES), edgyPayload, (type, payload) => {
        const raw = event(type, payload);
        const fast = fastKnownEvent(raw);
        const schema = asKnownEvent(raw);
        if (fast !== undefined) {
          expect(schema).not.toBeNull();
          expect(fast).toStrictEqual(schema);
        }
        expect(fast ?? schema).toStrictEqual(schema);
      }),
      { numRuns: 5_000 },
    );
  });

  it('is sure of what a person types (so a rebuild takes it), trimmed as the schema trims', () => {
    const noted = { incidentId: 'incident-1', entryId: 'entry-0001', kind: 'decision', text: '  Roll back db-3 \n(replica lag)  ', happenedAt: null };
    expect(fastKnownEvent(event('timeline.noted', noted))).toStrictEqual(asKnownEvent(event('timeline.noted', noted)));
    expect(fastKnownEvent(event('timeline.noted', noted))?.payload).toMatchObject({ text: 'Roll back db-3 \n(replica lag)' });
    expect(fastKnownEvent(event('timeline.edited', { ...noted, happenedAt: 1_700_000_000_000 }))).toBeDefined();
    expect(fastKnownEvent(event('timeline.struck', { incidentId: 'incident-1', entryId: 'entry-0001', reason: '' }))).toBeDefined();
    expect(fastKnownEvent(event('timeline.restored', { incidentId: 'incident-1', entryId: 'entry-0001' }))).toBeDefined();
  });

  it('leaves to the schema what it rewrites or refuses, and every other type', () => {
    const noted = { incidentId: 'incident-1', entryId: 'entry-0001', kind: 'note', text: 'ok', happenedAt: null };
    expect(fastKnownEvent(event('timeline.noted', { ...noted, text: 'a\r\nb' }))).toBeUndefined();
    expect(fastKnownEvent(event('timeline.noted', { ...noted, text: 'x\u202eevil' }))).toBeUndefined();
    expect(fastKnownEvent(event('timeline.noted', { ...noted, extra: 1 }))).toBeUndefined();
    expect(fastKnownEvent(event('timeline.noted', JSON.parse('{"__proto__":{},"incidentId":"incident-1","entryId":"entry-0001","kind":"note","text":"ok"}')))).toBeUndefined();
    expect(fastKnownEvent(event('incident.declared', { incidentId: 'incident-1', title: 'T', severity: 'SEV1', summary: '' }))).toBeUndefined();
    expect(fastKnownEvent(event('toString', {}))).toBeUndefined();
  });
});
