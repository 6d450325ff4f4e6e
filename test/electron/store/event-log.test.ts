import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignedEvent } from '../../../shared/events.js';
import { unsignedPart } from '../../../shared/events.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { generateDeviceKey } from '../../../electron/identity/device-key.js';
import { signEvent } from '../../../electron/identity/signing.js';
import { openWarRoomStore, type WarRoomStore } from '../../../electron/store/war-room-store.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { OpenHosts } from '../../support/hosts.js';
import { chainProblems } from '../../support/log-audit.js';
import { expectOk } from '../../support/results.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
const stores: WarRoomStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  hosts.closeAll();
  folders.removeAll();
});

function openStore(): WarRoomStore {
  const store = openWarRoomStore(folders.make());
  stores.push(store);
  return store;
}

/** Three events from another laptop: a declaration and two notes, chained and signed. */
function eventsFromAnotherLaptop(): { laptop: SimulatedLaptop; events: SignedEvent[] } {
  const laptop = new SimulatedLaptop('Chen', () => Date.now());
  const incidentId = 'remote-incident-1';
  const events = [
    laptop.record('incident.declared', { incidentId, title: 'Payments queue stuck', severity: 'SEV2', summary: '' }),
    laptop.record('timeline.noted', { incidentId, entryId: 'remote-entry-1', kind: 'note', text: 'Queue depth 90k', happenedAt: null }),
    laptop.record('timeline.noted', { incidentId, entryId: 'remote-entry-2', kind: 'action', text: 'Restarted consumer', happenedAt: null }),
  ];
  return { laptop, events };
}

function storedCount(store: WarRoomStore): number {
  return [...store.log.readAll()].length;
}

function refusal(store: WarRoomStore, events: readonly SignedEvent[]): HoldfastFailure {
  try {
    store.log.storeVerified(events);
  } catch (error) {
    if (error instanceof HoldfastFailure) return error;
    throw error;
  }
  throw new Error('The batch was stored, but it should have been refused.');
}

/** The seqs of the events a peer would be sent for this range. */
function sentSeqs(store: WarRoomStore, device: string, fromSeq: number, toSeq: number): number[] {
  return (JSON.parse(store.log.readRangeForPeer(device, fromSeq, toSeq).json.toString()) as SignedEvent[]).map((event) => event.seq);
}

describe('the signed event log', () => {
  it('stores every event of this laptop with a hash chain and a signature that verify', () => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Login latency', severity: 'SEV2' }));
    const entry = expectOk(host.run('addEntry', { incidentId, text: 'p99 at 4 s' }));
    expectOk(host.run('strikeEntry', { incidentId, entryId: entry.id, reason: 'wrong dashboard' }));
    expectOk(host.run('changeStatus', { incidentId, status: 'mitigated' }));

    const events = [...host.store.log.readAll()].map((stored) => stored.event);
    expect(events).toHaveLength(4);
    expect(chainProblems(events)).toEqual([]);
  });

  it("stores another laptop's events when their chain and signatures verify", () => {
    const store = openStore();
    const { laptop, events } = eventsFromAnotherLaptop();
    expect(store.log.storeVerified(events).stored).toEqual(events);
    expect(store.log.versionVector()).toEqual({ [laptop.device]: 3 });
    expect(chainProblems([...store.log.readAll()].map((stored) => stored.event))).toEqual([]);
  });

  it('refuses a batch holding a tampered payload, and stores none of it', () => {
    const store = openStore();
    const { events } = eventsFromAnotherLaptop();
    const original = events[2]!;
    const tampered = { ...original, payload: { ...(original.payload as object), text: 'Nothing was restarted' } };

    const error = refusal(store, [events[0]!, events[1]!, tampered]);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/Event 3 of device .* was refused: its hash does not match its content/);
    expect(storedCount(store)).toBe(0);
  });

  it('refuses an event that does not follow its chain unless its own device signed it, and then keeps it as that device\'s other history', () => {
    const store = openStore();
    const { laptop, events } = eventsFromAnotherLaptop();
    // Naming a previous event that never existed: signed by another key, it is a forgery...
    const broken = signEvent({ ...unsignedPart(events[1]!), prev: 'f'.repeat(64) }, generateDeviceKey().privateKey);
    expect(refusal(store, [events[0]!, broken]).message).toMatch(/Event 2 of device .* was refused: its signature does not verify/);
    expect(storedCount(store)).toBe(0);
    // ...signed by its own device, that device has signed two different histories (a copied data folder): both are kept.
    const forked = signEvent({ ...unsignedPart(events[1]!), prev: 'f'.repeat(64) }, laptop.key.privateKey);
    const outcome = store.log.storeVerified([events[0]!, forked, events[1]!]);
    expect(outcome.stored.map((event) => event.seq)).toEqual([1, 2]);
    expect(outcome.forked).toEqual([forked]);
    expect([...store.log.readOtherHistoriesAfter(0)].map((kept) => kept.event)).toEqual([forked]);
    expect(store.log.otherHistories()).toEqual([{ device: laptop.device, fromSeq: 2, count: 1, authors: ['Chen'] }]);
  });

  it('refuses a batch whose newest event is signed by a key other than its device', () => {
    const store = openStore();
    const { events } = eventsFromAnotherLaptop();
    const impostor = generateDeviceKey();
    const forged = signEvent(unsignedPart(events[1]!), impostor.privateKey);

    const error = refusal(store, [events[0]!, forged]);
    expect(error.message).toMatch(/Event 2 of device .* was refused: its signature does not verify/);
    expect(storedCount(store)).toBe(0);
  });

  it('lets the newest signature vouch for the chain before it, and never sends a damaged signature on as a batch\'s last', () => {
    const store = openStore();
    const { laptop, events } = eventsFromAnotherLaptop();
    // Same content (so the same hash), signature damaged on the way by some relay.
    const damaged = { ...events[1]!, sig: signEvent(unsignedPart(events[1]!), generateDeviceKey().privateKey).sig };

    expect(store.log.storeVerified([events[0]!, damaged, events[2]!]).stored).toHaveLength(3);
    expect(sentSeqs(store, laptop.device, 1, 2)).toEqual([1]);
    expect(sentSeqs(store, laptop.device, 1, 3)).toEqual([1, 2, 3]);
  });

  it('refuses an event that arrives before the one it follows', () => {
    const store = openStore();
    const { events } = eventsFromAnotherLaptop();

    const error = refusal(store, [events[0]!, events[2]!]);
    expect(error.message).toMatch(/Event 3 of device .* arrived before event 2/);
    expect(storedCount(store)).toBe(0);
  });

  it('skips events it already holds and stores only the new ones', () => {
    const store = openStore();
    const { laptop, events } = eventsFromAnotherLaptop();
    store.log.storeVerified(events.slice(0, 2));

    expect(store.log.storeVerified(events).stored).toEqual([events[2]]);
    expect(storedCount(store)).toBe(3);
    expect(store.log.versionVector()).toEqual({ [laptop.device]: 3 });
  });
});

describe('what a peer is sent', () => {
  it('is each event as held, whatever its author and payload, though it is never decoded on the way out', () => {
    const store = openStore();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(fc.jsonValue(), { minLength: 1, maxLength: 5 }), (author, payloads) => {
        const laptop = new SimulatedLaptop(author, () => Date.now());
        // A type this version does not know is stored as it came, payload and all.
        const events = payloads.map((payload) => laptop.record('zz_later.anything' as never, payload as never));
        store.log.storeVerified(events);
        const sent = store.log.readRangeForPeer(laptop.device, 1, events.length);
        expect(JSON.parse(sent.json.toString())).toEqual(JSON.parse(JSON.stringify(events)));
        expect(sent).toMatchObject({ count: events.length, lastSeq: events.length });
      }),
      { numRuns: 100 },
    );
  });
});
