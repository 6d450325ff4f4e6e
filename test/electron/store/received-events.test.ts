/**
 * Events that arrive from other laptops (by sync or from an exported file)
 * are checked for shape, size and a consistent history before anything of
 * the batch is stored.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { parseSyncMessage } from '../../../shared/sync/messages.js';
import { generateDeviceKey } from '../../../electron/identity/device-key.js';
import { jsonLengthBound } from '../../../electron/store/incoming-events.js';
import type { SignedEvent } from '../../../shared/events.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { openWarRoomStore, type WarRoomStore } from '../../../electron/store/war-room-store.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const stores: WarRoomStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  folders.removeAll();
});

function openStore(): WarRoomStore {
  const store = openWarRoomStore(folders.make());
  stores.push(store);
  return store;
}

function refusalOf(store: WarRoomStore, events: readonly unknown[]): HoldfastFailure {
  try {
    store.log.storeVerified(events);
  } catch (error) {
    if (error instanceof HoldfastFailure) return error;
    throw error;
  }
  throw new Error('the batch was accepted');
}

const held = (store: WarRoomStore) => [...store.log.readAll()].length;

function declaration(laptop: SimulatedLaptop, title = 'Payments queue stuck'): SignedEvent {
  return laptop.record('incident.declared', { incidentId: 'remote-incident', title, severity: 'SEV2', summary: '' });
}

let notes = 0;
function note(laptop: SimulatedLaptop, text: string): SignedEvent {
  notes += 1;
  return laptop.record('timeline.noted', { incidentId: 'remote-incident', entryId: `remote-entry-${notes}`, kind: 'note', text, happenedAt: null });
}

/** A laptop carrying on from a copy of `laptop`'s data folder as it is now: same key, same chain so far, someone else at it. */
function copyOf(laptop: SimulatedLaptop, person: string): SimulatedLaptop {
  return Object.assign(Object.create(SimulatedLaptop.prototype) as SimulatedLaptop, laptop, { author: person });
}

describe('events received from other laptops', () => {
  it('a message that is not an event is refused with its reason, and nothing of the batch is kept', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const good = declaration(laptop);
    for (const bad of [null, 'event', { ...good, seq: -1 }, { ...good, hlc: 'yesterday' }, { ...good, device: 'me' }]) {
      expect(refusalOf(store, [good, bad]).message).toMatch(/malformed/);
    }
    expect(held(store)).toBe(0);
  });

  it('an oversized event is refused even when it is correctly signed', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const huge = laptop.record('incident.declared', {
      incidentId: 'remote-incident',
      title: 'x',
      severity: 'SEV2',
      summary: 'x'.repeat(LIMITS.eventBytes + 1),
    });
    expect(refusalOf(store, [huge]).message).toMatch(/larger than/);
    expect(held(store)).toBe(0);
  });

  it('an oversized event is refused when it comes in a sync message too, whose envelopes were checked on the way in', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const first = declaration(laptop);
    const huge = laptop.record('timeline.noted', {
      incidentId: 'remote-incident',
      entryId: 'remote-entry-1',
      kind: 'note',
      text: 'x'.repeat(LIMITS.eventBytes),
      happenedAt: null,
    });
    const parsed = parseSyncMessage(JSON.stringify({ type: 'events', events: [first, huge], remaining: 0 }));
    if (!parsed.ok || parsed.value.type !== 'events') throw new Error('the message should parse');
    expect(refusalOf(store, parsed.value.events).message).toMatch(/larger than/);
    expect(held(store)).toBe(0);
  });

  it('an event is measured by its JSON, so characters that JSON escapes count for what they take', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    // 50,000 control characters: 50,000 long as a string, 300,000 as JSON.
    const escaped = laptop.record('incident.declared', { incidentId: 'remote-incident', title: 'x', severity: 'SEV2', summary: '\u0001'.repeat(50_000) });
    expect(refusalOf(store, [escaped]).message).toMatch(/larger than/);
    expect(held(store)).toBe(0);
  });

  it('an event just over the limit is refused, even with the largest envelope there is', () => {
    const store = openStore();
    // Characters JSON escapes to six each, in the author (80: the most it can take) and the text.
    const escaped = (length: number) => '\u0001'.repeat(length);
    const sized = (length: number) =>
      new SimulatedLaptop(escaped(LIMITS.nameChars), () => Date.now()).record('timeline.noted', {
        incidentId: 'remote-incident',
        entryId: 'remote-entry-1',
        kind: 'note',
        text: escaped(length),
        happenedAt: null,
      });
    const overhead = JSON.stringify(sized(0)).length;
    const over = sized(Math.ceil((LIMITS.eventBytes + 1 - overhead) / 6));
    expect(JSON.stringify(over).length - LIMITS.eventBytes).toBeGreaterThan(0);
    expect(JSON.stringify(over).length - LIMITS.eventBytes).toBeLessThanOrEqual(6);
    expect(refusalOf(store, [over]).message).toMatch(/larger than/);
    expect(held(store)).toBe(0);
  });

  it('the quick size estimate is never below the real size, so nothing oversized slips past it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonLengthBound(value)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
      }),
      // JavaScript writes a number down to 1e-7 in full: the longest any number gets.
      { numRuns: 2_000, examples: [[-1.4205185714587002e-6]] },
    );
  });

  it('a device with two different histories (its data folder copied, both copies in use) keeps both, and the rest of the batch is stored', () => {
    const store = openStore();
    const original = new SimulatedLaptop('Chen', () => Date.now());
    const first = declaration(original);
    // Chen's folder is copied to another laptop, where Dee carries on under the same device identity.
    const copy = copyOf(original, 'Dee');
    store.log.storeVerified([first, note(original, 'Written on the original')]);
    const bystander = new SimulatedLaptop('Eve', () => Date.now());

    const differs = store.log.storeVerified([note(copy, 'Written on the copy'), declaration(bystander)]);
    expect(differs.forked.map((event) => event.payload)).toEqual([expect.objectContaining({ text: 'Written on the copy' })]);
    expect(differs.stored.map((event) => event.device)).toEqual([bystander.device]);

    // What follows the copy's event 2 follows the other history; what follows the original's, the log.
    const follows = store.log.storeVerified([note(copy, 'Written on the copy again'), note(original, 'Written on the original again')]);
    expect(follows.forked.map((event) => event.seq)).toEqual([3]);
    expect(follows.stored.map((event) => event.seq)).toEqual([3]);
    expect(held(store)).toBe(4);
    expect(store.log.otherHistories()).toEqual([{ device: original.device, fromSeq: 2, count: 2, authors: ['Dee'] }]);
  });

  it('an event forged under another device\'s id is refused for its signature, never blamed on a copied folder', () => {
    const store = openStore();
    const original = new SimulatedLaptop('Chen', () => Date.now());
    const first = declaration(original);
    // Someone who knows Chen's device id and first event, but not Chen's key.
    const forger = copyOf(original, 'Chen');
    Object.assign(forger, { key: { ...original.key, privateKey: generateDeviceKey().privateKey } });
    store.log.storeVerified([first, note(original, 'Written on the original')]);

    const failure = refusalOf(store, [note(forger, 'Forged')]);
    expect(failure.message).toMatch(/^Event 2 of device .* was refused: its signature does not verify/);
    expect(failure.message).not.toMatch(/two different histories/);
    expect(held(store)).toBe(2);
  });

  it('the same event received again is skipped without complaint', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const first = declaration(laptop);
    expect(store.log.storeVerified([first]).stored).toHaveLength(1);
    expect(store.log.storeVerified([first, first]).stored).toHaveLength(0);
    expect(held(store)).toBe(1);
  });

  it('a damaged copy of an event held already changes nothing and does not refuse the new events beside it', () => {
    // In a room where events reach a laptop by several paths, a relayed copy
    // of what it holds is not read again: the genuine event stays, and the
    // new events of the same batch are still checked and stored.
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const first = declaration(laptop);
    store.log.storeVerified([first]);
    const damagedCopy = { ...first, payload: { ...(first.payload as object), title: 'Something else entirely' } };
    const next = note(laptop, 'Queue drained');
    expect(store.log.storeVerified([damagedCopy, next]).stored).toEqual([next]);
    expect([...store.log.readAll()].map((stored) => stored.event)).toEqual([first, next]);
  });

  it('a new event whose content does not match its hash is still refused, in a batch of copies held already', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const first = declaration(laptop);
    store.log.storeVerified([first]);
    const next = note(laptop, 'Queue drained');
    const altered = { ...next, payload: { ...(next.payload as object), text: 'Queue fine, stand down' } };
    expect(refusalOf(store, [first, altered]).message).toMatch(/Event 2 of device .* was refused/);
    expect(held(store)).toBe(1);
  });
});

describe('reading what a peer lacks', () => {
  it('returns one device\'s events in chain order for the asked range only', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const events = [declaration(laptop), ...[1, 2, 3].map((n) =>
      laptop.record('timeline.noted', { incidentId: 'remote-incident', entryId: `remote-entry-${n}`, kind: 'note', text: `n${n}`, happenedAt: null }),
    )];
    store.log.storeVerified(events);
    expect(store.log.readRange(laptop.device, 2, 3).map((event) => event.seq)).toEqual([2, 3]);
    expect(store.log.readRange(laptop.device, 2, 4, 1)).toEqual([events[1]]);
    expect(store.log.readRange('x'.repeat(43), 1, 10)).toEqual([]);
  });
});
