/**
 * A member who holds the room's secret but lies: it signs the removal of
 * an honest laptop naming none of its past (`upToSeq: 0`). A removal stops a
 * device's future; it must never take out what the room already held from
 * it, whatever order the lie and the history reach each laptop in.
 */
import { describe, expect, it, vi } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import type { ReceiveOutcome } from '../../../electron/store/incoming-events.js';
import type { SyncPort } from '../../../electron/sync/sync-port.js';
import type { SignedEvent } from '../../../shared/events.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { connect } from '../../support/in-memory-link.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

function honestLaptopWithNotes() {
  const honest = new SimulatedLaptop('Bo', Date.now);
  const declared = honest.record('incident.declared', { incidentId: 'dns-outage', title: 'Internal DNS down', severity: 'SEV1', summary: '' });
  const notes = [1, 2, 3].map((n) =>
    honest.record('timeline.noted', { incidentId: 'dns-outage', entryId: `bo-note-${n}`, kind: 'note', text: `Bo's note ${n}`, happenedAt: null }),
  );
  return { honest, history: [declared, ...notes] };
}

const texts = (host: WarRoomHost) =>
  expectOk(host.run('getIncident', { incidentId: 'dns-outage' }))
    .timeline.filter((entry) => entry.kind === 'note')
    .map((entry) => entry.text);

const eventsOf = (host: WarRoomHost): SignedEvent[] => [...host.store.log.readAll()].map((stored) => stored.event);

/** Delivers everything `from` holds that `to` lacks, as one sync catch-up would. */
function syncOnce(from: WarRoomHost, to: WarRoomHost): void {
  const held = new Set(eventsOf(to).map((event) => event.hash));
  to.receiveEvents(eventsOf(from).filter((event) => !held.has(event.hash)));
}

describe('a removal signed by a member who lies about what it held', () => {
  it('leaves every note the laptop already held in its timeline, and says who kept that history', () => {
    const peer = hosts.openOn(folders.make(), { fallbackAuthor: 'Ana' });
    const { honest, history } = honestLaptopWithNotes();
    peer.receiveEvents(history);
    const liar = new SimulatedLaptop('Mallory', Date.now);
    const erase = liar.record('room.device_removed', { device: honest.device, upToSeq: 0, reason: 'cleaning up' });

    peer.receiveEvents([erase]);

    expect(texts(peer)).toEqual(["Bo's note 1", "Bo's note 2", "Bo's note 3"]);
    // The device is out for what it writes next...
    const later = honest.record('timeline.noted', { incidentId: 'dns-outage', entryId: 'bo-note-4', kind: 'note', text: "Bo's note 4", happenedAt: null });
    expect(peer.receiveEvents([later])).toMatchObject({ stored: [], refusedRemoved: 1 });
    // ...and this laptop signed that it held its past, so the whole room keeps it.
    const kept = eventsOf(peer).filter((event) => event.type === 'room.device_history_kept');
    expect(kept).toEqual([expect.objectContaining({ device: peer.deviceId, payload: expect.objectContaining({ device: honest.device, upToSeq: 4 }) })]);
    const removed = expectOk(peer.run('getRoom', {})).removedDevices.find((entry) => entry.device === honest.device);
    expect(removed).toMatchObject({ removedBy: 'Mallory', keptUpToSeq: 4 });
  });

  it('a laptop that heard the lie first gets the history back once a laptop that held it speaks, and every laptop ends with the same log', () => {
    const liar = new SimulatedLaptop('Mallory', Date.now);
    const { honest, history } = honestLaptopWithNotes();
    const erase = liar.record('room.device_removed', { device: honest.device, upToSeq: 0, reason: 'cleaning up' });
    const ana = hosts.openOn(folders.make(), { fallbackAuthor: 'Ana' });
    const chen = hosts.openOn(folders.make(), { fallbackAuthor: 'Chen' });
    ana.receiveEvents(history);
    chen.receiveEvents([erase]);
    // Chen refuses Bo's past for now: all it knows is the removal.
    expect(chen.receiveEvents(history)).toMatchObject({ refusedRemoved: 4 });

    syncOnce(chen, ana); // Ana hears the lie, and signs that she held Bo's past.
    syncOnce(ana, chen); // Chen hears Ana, and takes Bo's past in.
    syncOnce(chen, ana);

    expect(texts(chen)).toEqual(["Bo's note 1", "Bo's note 2", "Bo's note 3"]);
    expect(chen.store.log.versionVector()).toEqual(ana.store.log.versionVector());
    expect(chen.projection.canonicalState()).toBe(ana.projection.canonicalState());
  });

  it('raced events a laptop held when an honest removal reached it stay too: a removal cuts the future only', () => {
    const coordinator = hosts.openOn(folders.make(), { fallbackAuthor: 'Coordinator' });
    const peer = hosts.openOn(folders.make(), { fallbackAuthor: 'Peer' });
    const { honest, history } = honestLaptopWithNotes();
    coordinator.receiveEvents(history.slice(0, 2));
    peer.receiveEvents(history);
    expectOk(coordinator.run('removeDevice', { device: honest.device, reason: 'Laptop stolen' }));

    syncOnce(coordinator, peer);
    syncOnce(peer, coordinator);
    syncOnce(coordinator, peer);

    expect(texts(coordinator)).toEqual(["Bo's note 1", "Bo's note 2", "Bo's note 3"]);
    expect(coordinator.store.log.versionVector()).toEqual(peer.store.log.versionVector());
    const afterTheft = honest.record('timeline.noted', { incidentId: 'dns-outage', entryId: 'thief', kind: 'note', text: 'Written by the thief', happenedAt: null });
    expect(coordinator.receiveEvents([afterTheft])).toMatchObject({ stored: [], refusedRemoved: 1 });
    expect(peer.receiveEvents([afterTheft])).toMatchObject({ stored: [], refusedRemoved: 1 });
  });
});

describe('a removal that reaches a laptop while it is connected', () => {
  it('what it refused comes again, in the same conversation, once a laptop that held that past has said so', async () => {
    const { honest, history } = honestLaptopWithNotes();
    const liar = new SimulatedLaptop('Mallory', Date.now);
    const ana = hosts.openOn(folders.make(), { fallbackAuthor: 'Ana' });
    const chen = hosts.openOn(folders.make(), { fallbackAuthor: 'Chen' });
    ana.receiveEvents(history);
    chen.receiveEvents([liar.record('room.device_removed', { device: honest.device, upToSeq: 0, reason: 'cleaning up' })]);

    const link = connect(ana, chen);

    await vi.waitFor(() => expect(texts(chen)).toEqual(["Bo's note 1", "Bo's note 2", "Bo's note 3"]), { timeout: 10_000, interval: 20 });
    expect(chen.store.log.versionVector()).toEqual(ana.store.log.versionVector());
    expect(link.closedWith).toEqual([]);
  });

  it('a refusal heard again before the pause between resends is over is answered when it ends, not forgotten', async () => {
    // Chen refuses Bo's past twice, as a laptop does while the word that
    // keeps it is still on its way. The second refusal comes back within
    // moments; nothing else would ever ask again, so it must not be dropped.
    const { history } = honestLaptopWithNotes();
    const ana = hosts.openOn(folders.make(), { fallbackAuthor: 'Ana' });
    const chen = hosts.openOn(folders.make(), { fallbackAuthor: 'Chen' });
    ana.receiveEvents(history);
    const refusing = refusingAtFirst(chen.sync, history[0]!.device, 2);

    const link = connect(ana, chen, { right: refusing.port });

    await vi.waitFor(() => expect(texts(chen)).toEqual(["Bo's note 1", "Bo's note 2", "Bo's note 3"]), { timeout: 10_000, interval: 20 });
    expect(refusing.refusals()).toBe(2);
    expect(link.closedWith).toEqual([]);
  });
});

/** `port`, refusing `device`'s events the first `times` they come as a laptop that holds its removal does. */
function refusingAtFirst(port: SyncPort, device: string, times: number) {
  let refusals = 0;
  const receive: SyncPort['receive'] = async (events, from) => {
    const refused = events.filter((event) => (event as SignedEvent).device === device).length;
    if (refused === 0 || refusals >= times) return port.receive(events, from);
    refusals += 1;
    const outcome: ReceiveOutcome = { stored: [], signed: [], quarantined: 0, refusedRemoved: refused, forked: [], ownIdentityElsewhere: false, refusedDevices: [device], latest: null };
    return outcome;
  };
  const refusingPort = new Proxy(port, { get: (target, key) => (key === 'receive' ? receive : (Reflect.get(target, key) as unknown)) });
  return { port: refusingPort, refusals: () => refusals };
}
