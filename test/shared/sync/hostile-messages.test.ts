/**
 * What a member of the room (it holds the secret) could send to stall or
 * crash its peers: vectors naming more devices than any room has, batches
 * longer than any batch, payloads nested past anything an event needs. Each
 * is refused with a sentence saying what was wrong, counted on the parsed
 * JSON before the schema looks at a single entry.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { MAX_EVENTS_PER_BATCH, parseSyncMessage } from '../../../shared/sync/messages.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const laptop = new SimulatedLaptop('Ana', () => 1_795_000_000_000);
const declared = laptop.record('incident.declared', { incidentId: 'deep-incident', title: 'Deep', severity: 'SEV3', summary: '' });

/**
 * A vector of `count` entries that the schema would refuse one by one (a
 * device id of the wrong shape, a negative seq): refused with the count's
 * sentence shows the count ran first.
 */
function vectorOfBadEntries(count: number): Record<string, number> {
  const vector: Record<string, number> = {};
  for (let index = 0; index < count; index++) vector[`not-a-device-${index}`] = -1;
  return vector;
}

function validVector(count: number): Record<string, number> {
  const vector: Record<string, number> = {};
  for (let index = 0; index < count; index++) vector[`device-${String(index).padStart(6, '0')}`.padEnd(43, 'x')] = index + 1;
  return vector;
}

function refusal(message: unknown): string {
  return refusalOfText(JSON.stringify(message));
}

function refusalOfText(text: string): string {
  const result = parseSyncMessage(text);
  if (result.ok) throw new Error('the message was accepted');
  expect(result.error.code).toBe('invalid_input');
  return result.error.message;
}

/** The text of `depth` lists, one inside the next, around a string. */
function nestedText(depth: number): string {
  return `${'['.repeat(depth)}"bottom"${']'.repeat(depth)}`;
}

/** An events message carrying `declared` with its payload nested `depth` levels deep, as text: JSON.stringify itself overflows on it. */
function batchNested(depth: number): string {
  return JSON.stringify({ type: 'events', remaining: 0, events: [{ ...declared, payload: 'PAYLOAD' }] }).replace('"PAYLOAD"', nestedText(depth));
}

describe('a sync message that names more devices than any room has', () => {
  it('is refused when a have names 150,000 devices, before the schema reads one of them', () => {
    expect(refusal({ type: 'have', vector: vectorOfBadEntries(150_000), linked: [] })).toBe(
      'A sync message named 150,000 devices; no room has that many. It was refused.',
    );
  });

  it('is refused when a hello names 150,000 devices', () => {
    const hello = JSON.parse(laptop.hello(new Uint8Array(32))) as Record<string, unknown>;
    expect(refusal({ ...hello, vector: vectorOfBadEntries(150_000) })).toBe('A sync message named 150,000 devices; no room has that many. It was refused.');
  });

  it('is refused when a have says it is linked to 150,000 devices', () => {
    const linked = Array.from({ length: 150_000 }, (_, index) => `not-a-device-${index}`);
    expect(refusal({ type: 'have', vector: {}, linked })).toBe(
      `A sync message named 150,000 devices it hears first-hand; no room has that many (at most ${LIMITS.linkedDevices.toLocaleString('en')}). It was refused.`,
    );
  });

  it('is refused when a batch carries 150,000 events', () => {
    expect(refusal({ type: 'events', remaining: 0, events: Array.from({ length: 150_000 }, () => 0) })).toBe(
      `A sync message carried 150,000 events; a batch holds at most ${MAX_EVENTS_PER_BATCH.toLocaleString('en')}. It was refused.`,
    );
  });

  it('is refused naming a bad key without repeating a megabyte of it, or its escapes', () => {
    const key = `\u001b]0;owned\u0007${'x'.repeat(1024 * 1024)}`;
    const message = refusal({ type: 'have', vector: { [key]: 1 }, linked: [] });
    expect(message).toBe(`A sync message was malformed at vector.\uFFFD]0;owned\uFFFD${'x'.repeat(38)}… (Invalid key in record) and was refused.`);
  });

  it('is refused when its vector is not an object at all, as before', () => {
    expect(refusal({ type: 'have', vector: 'everything', linked: [] })).toMatch(/^A sync message was malformed at vector/);
  });

  it(`accepts a have naming ${LIMITS.vectorDevices.toLocaleString('en')} devices, the most a room may have`, () => {
    const result = parseSyncMessage(JSON.stringify({ type: 'have', vector: validVector(LIMITS.vectorDevices), linked: [] }));
    expect(result.ok).toBe(true);
    expect(refusal({ type: 'have', vector: validVector(LIMITS.vectorDevices + 1), linked: [] })).toMatch(/named 10,001 devices/);
  });
});

describe('an event nested deeper than any event needs', () => {
  it('is refused with a sentence naming the event, when its payload is 200,000 levels deep', () => {
    const message = refusalOfText(batchNested(200_000));
    expect(message).toBe(
      `Event 1 of device ${laptop.device.slice(0, 8)} was refused: it is nested more than ${LIMITS.payloadDepth} levels deep, and no Holdfast event is.`,
    );
    expect(message).not.toMatch(/database/i);
  });

  it(`accepts a payload exactly ${LIMITS.payloadDepth} levels deep and refuses one level more`, () => {
    expect(parseSyncMessage(batchNested(LIMITS.payloadDepth)).ok).toBe(true);
    expect(refusalOfText(batchNested(LIMITS.payloadDepth + 1))).toMatch(/is nested more than 64 levels deep/);
  });
});
