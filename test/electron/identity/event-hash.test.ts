/**
 * Every laptop, whatever its version, must hash an event over the same text
 * (the canonical JSON of its unsigned part), or each would refuse the
 * others' events as tampered with. The hash is written out field by field
 * for speed; these hold it to the canonical form.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonical.js';
import { unsignedPart, type SignedEvent } from '../../../shared/events.js';
import { hashedText, hashEvent, hashProblem } from '../../../electron/identity/signing.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

/** Objects whose keys are already in canonical order, flat or not (as payloads stored by this version are). */
const inOrder = fc
  .dictionary(fc.string(), fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 1 })))
  .map((record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1))));

/** Any JSON, objects with fields left undefined (which canonical JSON leaves out), and objects already in order. */
const payloads = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined))),
  inOrder,
  fc.constant(undefined),
);

const unsignedEvents = fc.record({
  device: fc.string(),
  seq: fc.integer({ min: 1 }),
  hlc: fc.string(),
  author: fc.string({ unit: 'binary' }),
  type: fc.string(),
  payload: payloads,
  prev: fc.oneof(fc.constant(null), fc.string()),
});

describe('the text an event hash covers', () => {
  it('is the canonical JSON of the unsigned event, for any payload', () => {
    fc.assert(
      fc.property(unsignedEvents, (event) => {
        expect(hashedText(event)).toBe(canonicalJson(event));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives a real event the hash its laptop signed, and no other', () => {
    const laptop = new SimulatedLaptop('Chen', Date.now);
    const event: SignedEvent = laptop.record('timeline.noted', {
      incidentId: 'incident-1',
      entryId: 'entry-1',
      kind: 'note',
      text: 'Pager "ack" ⟶ ünïcödé 障害 \u0007',
      happenedAt: null,
    });
    expect(hashEvent(unsignedPart(event))).toBe(createHash('sha256').update(canonicalJson(unsignedPart(event))).digest('hex'));
    expect(hashProblem(event)).toBeNull();
    expect(hashProblem({ ...event, payload: { ...(event.payload as object), text: 'Pager ack' } })).toMatch(/does not match/);
  });
});
