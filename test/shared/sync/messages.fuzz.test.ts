/**
 * The sync parser reads whatever the network brings: random bytes, truncated
 * and mutated messages must all be refused with a sentence, never crash it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSyncMessage } from '../../../shared/sync/messages.js';
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
});
