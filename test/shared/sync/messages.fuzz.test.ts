/**
 * The sync parser reads whatever the network brings: random bytes, truncated
 * and mutated messages must all be refused with a sentence, never crash it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../../shared/events.js';
import { parseSyncMessage, quickEnvelope } from '../../../shared/sync/messages.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const laptop = new SimulatedLaptop('Ana', () => 1_795_000_000_000);
const event = laptop.record('incident.declared', { incidentId: 'fuzz-incident', title: 'Fuzz', severity: 'SEV3', summary: '' });
const valid = [
  JSON.parse(laptop.hello(new Uint8Array(32), { [laptop.device]: 1 }, 1_795_000_000_000)) as unknown,
  { type: 'events', events: [event], remaining: 0 },
].map((message) => JSON.stringify(message));

function expectRefusedOrValid(text: string): void {
  const result = parseSyncMessage(text);
  if (!result.ok) {
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/refused\.$/);
  }
}

describe('the sync message parser', () => {
  it('accepts the messages peers really send', () => {
    for (const text of valid) expect(parseSyncMessage(text).ok).toBe(true);
  });

  it('refuses random text and random JSON without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2_000 }), expectRefusedOrValid), { numRuns: 500 });
    fc.assert(fc.property(fc.json(), expectRefusedOrValid), { numRuns: 500 });
  });

  it('refuses truncated and byte-mutated messages without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 0x7e }), (text, cut, at, code) => {
        expectRefusedOrValid(text.slice(0, cut % (text.length + 1)));
        const position = at % text.length;
        expectRefusedOrValid(text.slice(0, position) + String.fromCharCode(code) + text.slice(position + 1));
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses a message with a field of the wrong kind, naming where', () => {
    const wrong = JSON.parse(valid[0]!) as Record<string, unknown>;
    wrong.vector = { [laptop.device]: -3 };
    const result = parseSyncMessage(JSON.stringify(wrong));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/at vector/);
  });

  it('refuses an oversized message before parsing it', () => {
    const result = parseSyncMessage(' '.repeat(9 * 1024 * 1024));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/larger than allowed/);
  });

  it('a malformed event is refused naming the event and the field', () => {
    const result = parseSyncMessage(JSON.stringify({ type: 'events', events: [event, { ...event, hash: 'not a hash' }], remaining: 0 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^A sync message was malformed at events\.1\.hash \(.*\) and was refused\.$/);
  });
});

/** Values at and around what the envelope schema allows: lengths either side of each limit, in characters each pattern does or does not allow. */
const nearTheLimits: unknown[] = [undefined, null, 0, 1, -1, 1.5, 2 ** 53 - 1, 2 ** 53, true, [], {}, '', ' ', '\n', '1795000000000.00001'];
for (const length of [1, 42, 43, 44, 63, 64, 65, 79, 80, 81, 85, 86, 87]) {
  for (const char of ['a', 'A', '0', '_', '-', '.', 'é', 'f']) nearTheLimits.push(char.repeat(length));
}

const CHARACTERS = ['.', 'A', 'F', 'g', 'é', '/', '+', '=', ' ', '-', '_'];

/** Every event one change away from `real`: a field removed, set to a value near a limit, or one of its characters replaced. */
function oneChangeAway(real: Record<string, unknown>): unknown[] {
  const altered: unknown[] = [];
  for (const name of [...Object.keys(real), 'extra']) {
    const without = { ...real };
    delete without[name];
    altered.push(without);
    for (const value of nearTheLimits) altered.push({ ...real, [name]: value });
    const original = real[name];
    if (typeof original !== 'string' || original.length === 0) continue;
    for (const at of [0, Math.floor(original.length / 2), original.length - 1]) {
      for (const character of CHARACTERS) altered.push({ ...real, [name]: original.slice(0, at) + character + original.slice(at + 1) });
    }
  }
  return altered;
}

/** Two or three such changes at once. */
function severalChangesAway(real: Record<string, unknown>): fc.Arbitrary<unknown> {
  const change = fc.tuple(fc.constantFrom(...Object.keys(real)), fc.constantFrom(...nearTheLimits));
  return fc.array(change, { minLength: 2, maxLength: 3 }).map((changes) => {
    const altered: Record<string, unknown> = { ...real };
    for (const [name, value] of changes) {
      if (value === undefined) delete altered[name];
      else altered[name] = value;
    }
    return altered;
  });
}

function expectTheSchemasAnswer(candidate: unknown): void {
  const quick = quickEnvelope(candidate);
  if (quick === null) return;
  const schema = envelopeSchema.safeParse(candidate);
  expect(schema.success).toBe(true);
  expect(Object.entries(quick)).toEqual(Object.entries(schema.data!));
}

describe('the quick check of an event\'s envelope', () => {
  it('gives exactly the schema\'s answer for every event it passes, and leaves the rest to the schema', () => {
    const sent = [event, laptop.record('timeline.noted', { incidentId: 'fuzz-incident', entryId: 'fuzz-entry', kind: 'note', text: 'x', happenedAt: null })];
    const real = JSON.parse(JSON.stringify(sent)) as Record<string, unknown>[];
    for (const candidate of real.flatMap(oneChangeAway)) expectTheSchemasAnswer(candidate);
    fc.assert(fc.property(fc.oneof(...real.map(severalChangesAway)), expectTheSchemasAnswer), { numRuns: 2_000 });
  });

  it('passes the events laptops really send, so the schema is the exception', () => {
    const chen = new SimulatedLaptop('Chen', () => 1_795_000_000_000);
    const events = [
      chen.record('incident.declared', { incidentId: 'quick-incident', title: 'Quick', severity: 'SEV1', summary: 'ünïcödé 障害' }),
      chen.record('timeline.noted', { incidentId: 'quick-incident', entryId: 'quick-entry', kind: 'note', text: 'Seen', happenedAt: null }),
    ];
    for (const sent of JSON.parse(JSON.stringify(events)) as unknown[]) expect(quickEnvelope(sent)).toEqual(envelopeSchema.parse(sent));
  });
});
