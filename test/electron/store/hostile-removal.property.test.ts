/**
 * Hostile removals, tried at random: members who lie in removals (any
 * `upToSeq`, any device, any number of times), honest removals, laptops
 * that write and sync in any order through partitions. Whatever happens,
 * every laptop ends with the same log, nothing any laptop ever held is
 * missing from it, and a removed device is still out for what it writes next
 * (unless a lie named more than it had written: that lets in, never erases).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import type { SignedEvent } from '../../../shared/events.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const HOSTS = 3;
/** Devices whose events reach the hosts from outside (laptops not in this test's process): removable. */
const OUTSIDERS = 3;
const INCIDENT = 'dns-outage';

type Action =
  | { readonly kind: 'write'; readonly host: number }
  | { readonly kind: 'outsider-writes'; readonly outsider: number }
  | { readonly kind: 'hand-over'; readonly outsider: number; readonly host: number }
  | { readonly kind: 'lie'; readonly outsider: number; readonly upToSeq: number; readonly into: number }
  | { readonly kind: 'remove'; readonly host: number; readonly outsider: number }
  | { readonly kind: 'sync'; readonly from: number; readonly to: number };

const hostIndex = fc.integer({ min: 0, max: HOSTS - 1 });
const outsiderIndex = fc.integer({ min: 0, max: OUTSIDERS - 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), host: hostIndex }),
  fc.record({ kind: fc.constant('outsider-writes' as const), outsider: outsiderIndex }),
  fc.record({ kind: fc.constant('hand-over' as const), outsider: outsiderIndex, host: hostIndex }),
  fc.record({ kind: fc.constant('lie' as const), outsider: outsiderIndex, upToSeq: fc.integer({ min: 0, max: 6 }), into: hostIndex }),
  fc.record({ kind: fc.constant('remove' as const), host: hostIndex, outsider: outsiderIndex }),
  fc.record({ kind: fc.constant('sync' as const), from: hostIndex, to: hostIndex }),
);

const eventsOf = (host: WarRoomHost): SignedEvent[] => [...host.store.log.readAll()].map((stored) => stored.event);

function syncOnce(from: WarRoomHost, to: WarRoomHost): void {
  const held = new Set(eventsOf(to).map((event) => event.hash));
  const missing = eventsOf(from).filter((event) => !held.has(event.hash));
  if (missing.length > 0) to.receiveEvents(missing);
}

function runRoom(actions: readonly Action[]): void {
  const room = Array.from({ length: HOSTS }, (_, index) => hosts.openOn(folders.make(), { fallbackAuthor: `Host ${index}` }));
  const liar = new SimulatedLaptop('Mallory', Date.now);
  const outsiders = Array.from({ length: OUTSIDERS }, (_, index) => new SimulatedLaptop(`Outsider ${index}`, Date.now));
  const written: SignedEvent[][] = outsiders.map(() => []);
  const lies: SignedEvent[] = [];
  const handedOver = room.map(() => outsiders.map(() => 0));
  /** Every event any laptop has ever held: none of it may be missing at the end. */
  const everHeld = new Set<string>();
  const noteHeld = () => room.forEach((host) => eventsOf(host).forEach((event) => everHeld.add(event.hash)));
  let notes = 0;
  const note = (laptop: SimulatedLaptop) =>
    laptop.record('timeline.noted', { incidentId: INCIDENT, entryId: `note-${notes}`, kind: 'note', text: `note ${notes++}`, happenedAt: null });

  expectOk(room[0]!.run('declareIncident', { title: 'Internal DNS down', severity: 'SEV1' }));
  const declared = eventsOf(room[0]!)[0]!;
  const incidentId = (declared.payload as { incidentId: string }).incidentId;
  for (const host of room.slice(1)) host.receiveEvents([declared]);

  for (const step of actions) {
    switch (step.kind) {
      case 'write':
        expectOk(room[step.host]!.run('addEntry', { incidentId, text: `host note ${notes++}` }));
        break;
      case 'outsider-writes':
        written[step.outsider]!.push(note(outsiders[step.outsider]!));
        break;
      case 'hand-over': {
        // The outsider syncs with one host: everything it wrote that host lacks.
        const from = handedOver[step.host]![step.outsider]!;
        const events = written[step.outsider]!.slice(from);
        if (events.length > 0) room[step.host]!.receiveEvents(events);
        handedOver[step.host]![step.outsider] = written[step.outsider]!.length;
        break;
      }
      case 'lie': {
        // A lie that names less than the device wrote (a lie naming more
        // only lets its next events in: not erasure, see device-removals.ts).
        const upToSeq = Math.min(step.upToSeq, written[step.outsider]!.length);
        lies.push(liar.record('room.device_removed', { device: outsiders[step.outsider]!.device, upToSeq, reason: 'lie' }));
        room[step.into]!.receiveEvents(lies);
        break;
      }
      case 'remove': {
        const host = room[step.host]!;
        const device = outsiders[step.outsider]!.device;
        if (!expectOk(host.run('getRoom', {})).removedDevices.some((removed) => removed.device === device)) {
          expectOk(host.run('removeDevice', { device, reason: 'lost' }));
        }
        break;
      }
      case 'sync':
        if (step.from !== step.to) syncOnce(room[step.from]!, room[step.to]!);
        break;
    }
    noteHeld();
  }
  // The partitions heal: every laptop talks to every other until nothing moves.
  for (let round = 0; round < HOSTS + 2; round += 1) {
    for (const from of room) for (const to of room) if (from !== to) syncOnce(from, to);
    noteHeld();
  }

  const vectors = room.map((host) => JSON.stringify(host.store.log.versionVector()));
  expect(new Set(vectors).size, `every laptop holds the same log:\n${vectors.join('\n')}`).toBe(1);
  const states = room.map((host) => host.projection.canonicalState());
  expect(new Set(states).size, 'every laptop shows the same war room').toBe(1);
  for (const host of room) {
    const held = new Set(eventsOf(host).map((event) => event.hash));
    expect([...everHeld].filter((hash) => !held.has(hash)), 'events some laptop once held and this one lacks').toEqual([]);
  }
  // Whatever was said, a removed device's next event is refused everywhere.
  const removed = new Set(expectOk(room[0]!.run('getRoom', {})).removedDevices.map((entry) => entry.device));
  for (const outsider of outsiders.filter((laptop) => removed.has(laptop.device))) {
    const fresh = note(outsider);
    const next = [...written[outsiders.indexOf(outsider)]!, fresh];
    for (const host of room) expect(host.receiveEvents(next).stored).not.toContainEqual(fresh);
  }
  for (const host of room) hosts.close(host);
}

describe('removals signed by members who lie, at random', () => {
  it('never erase what any laptop held, and every laptop ends with the same log', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 30 }), (actions) => runRoom(actions)),
      { numRuns: 60 },
    );
  }, 120_000);
});
