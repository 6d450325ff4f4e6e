/**
 * A laptop whose clock is far in the future (a dead clock battery, a forged
 * stamp) must not be able to win every last-writer-wins field for years, and
 * must not lose anyone's work either: its events wait in quarantine, shown,
 * until a person lets them in or their time comes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { openWarRoomStore, type WarRoomStore } from '../../../electron/store/war-room-store.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const stores: WarRoomStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  folders.removeAll();
});

const NOW = 1_795_000_000_000;
const HOUR = 3_600_000;

function openStore(now: () => number = () => NOW): WarRoomStore {
  const store = openWarRoomStore(folders.make(), { now });
  stores.push(store);
  return store;
}

function notes(laptop: SimulatedLaptop, count: number) {
  const events = [laptop.record('incident.declared', { incidentId: 'dns-outage', title: 'DNS outage', severity: 'SEV1', summary: '' })];
  for (let i = 1; i < count; i++) {
    events.push(laptop.record('timeline.noted', { incidentId: 'dns-outage', entryId: `note-${i}-abc`, kind: 'note', text: `Note ${i}`, happenedAt: null }));
  }
  return events;
}

const logged = (store: WarRoomStore) => [...store.log.readAll()].length;

describe('events stamped far in the future', () => {
  it('a laptop an hour ahead is stored as usual, a reply written here after reading it sorts after it, and the room view says whose clock it follows', () => {
    const store = openStore();
    const fast = new SimulatedLaptop('Fast clock', () => NOW + HOUR);
    const received = notes(fast, 3);
    const outcome = store.log.storeVerified(received);

    expect(outcome.stored).toHaveLength(3);
    expect(outcome.quarantined).toBe(0);
    const reply = store.log.append('timeline.noted', { incidentId: 'dns-outage', entryId: 'local-note', kind: 'note', text: 'Ours', happenedAt: null }, 'Ana');
    expect(reply.hlc > received.at(-1)!.hlc).toBe(true);
    const view = store.roomClock.view(store.clock.peek().wall);
    expect(view.followingAhead).toMatchObject({ device: fast.device, person: 'Fast clock' });
    expect(Math.abs(view.followingAhead!.ms - HOUR)).toBeLessThan(1_000);
  });

  it('a stamp more than a day ahead is held back with every later event of its chain, and nothing is lost', () => {
    const store = openStore();
    const broken = new SimulatedLaptop('Broken clock', () => NOW + 30 * 24 * HOUR);
    const events = notes(broken, 4);
    const outcome = store.log.storeVerified(events);

    expect(outcome).toMatchObject({ quarantined: 4, stored: [] });
    expect(logged(store)).toBe(0);
    expect(store.log.versionVector()[broken.device]).toBeUndefined();
    expect(store.log.heldBack()).toEqual([expect.objectContaining({ device: broken.device, count: 4 })]);
    // Sent again (peers resend what our vector lacks): still four, nothing doubled.
    expect(store.log.storeVerified(events).quarantined).toBe(0);
    expect(store.log.heldBack()[0]!.count).toBe(4);
  });

  it('a person letting them in stores them all, in order, and the quarantine empties', () => {
    const store = openStore();
    const broken = new SimulatedLaptop('Broken clock', () => NOW + 30 * 24 * HOUR);
    store.log.storeVerified(notes(broken, 3));

    const released = store.log.releaseHeldBack({ device: broken.device, letIn: true });

    expect(released.stored.map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(store.log.heldBack()).toEqual([]);
    expect(store.log.versionVector()[broken.device]).toBe(3);
    // Letting them in moves our clock no further than any stamp could be stored at.
    expect(store.clock.peek().wall - NOW).toBeLessThanOrEqual(LIMITS.futureStampMs);
  });

  it('they are stored by themselves once their time comes', () => {
    let now = NOW;
    const store = openStore(() => now);
    const ahead = new SimulatedLaptop('Two days ahead', () => NOW + 2 * 24 * HOUR);
    store.log.storeVerified(notes(ahead, 2));

    expect(store.log.releaseHeldBack({ letIn: false }).stored).toHaveLength(0);
    expect(store.log.heldBack()[0]!.count).toBe(2);

    now = NOW + 2 * 24 * HOUR - LIMITS.futureStampMs + 1_000;
    expect(store.log.releaseHeldBack({ letIn: false }).stored).toHaveLength(2);
    expect(store.log.heldBack()).toEqual([]);
  });

  it('the clock moves only once a batch commits: a refused batch leaves it where it was', () => {
    const store = openStore();
    const fast = new SimulatedLaptop('Fast clock', () => NOW + 60_000);
    const events = notes(fast, 2);
    const before = store.clock.peek();
    const tampered = { ...events[1]!, payload: { ...(events[1]!.payload as object), text: 'Forged' } };

    expect(() => store.log.storeVerified([events[0], tampered])).toThrow(/hash does not match/);
    expect(store.clock.peek()).toEqual(before);
    expect(logged(store)).toBe(0);
  });
});
