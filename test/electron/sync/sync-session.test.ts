/**
 * Two or three war rooms talking through in-memory channels: the sync
 * conversation itself, before any network carries it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { SCHEMA_VERSION } from '../../../electron/store/migrations.js';
import { signEvent } from '../../../electron/identity/signing.js';
import { SyncSession } from '../../../electron/sync/sync-session.js';
import { encodeHlc } from '../../../shared/hlc.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { SYNC_PROTOCOL_VERSION } from '../../../shared/sync/messages.js';
import { expectOk } from '../../support/results.js';
import { connect } from '../../support/in-memory-link.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

/** A connection's keying material, for tests that speak to one session by hand. */
const NO_BINDING = new Uint8Array(32);

/** The hello a host would send on a connection with this binding. */
function helloOf(host: WarRoomHost, binding: Uint8Array): string {
  return JSON.stringify({
    type: 'hello',
    protocol: SYNC_PROTOCOL_VERSION,
    schema: SCHEMA_VERSION,
    device: host.deviceId,
    person: 'Ana',
    vector: {},
    wallClock: Date.now(),
    proof: host.sync.proveDevice(binding),
  });
}

const futureLaptop = new SimulatedLaptop('Dee', Date.now);

/** Waits until these hosts hold the same events: however slow the machine, the sessions have run their course. */
const settle = (...peers: WarRoomHost[]) =>
  vi.waitFor(
    () => {
      const vectors = new Set(peers.map((host) => JSON.stringify(host.store.log.versionVector())));
      if (vectors.size !== 1) throw new Error(`the hosts still differ: ${[...vectors].join(' / ')}`);
    },
    { timeout: 10_000, interval: 5 },
  );
const timelineOf = (host: WarRoomHost, incidentId: string) =>
  expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.text);

describe('sync between two laptops', () => {
  it('what each wrote while apart is on both once they talk, and both show the same war room', async () => {
    const ana = hosts.openOn(folders.make(), { fallbackAuthor: 'Ana' });
    const bo = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    const { incidentId } = expectOk(ana.run('declareIncident', { title: 'Core switch down', severity: 'SEV1' }));
    expectOk(ana.run('addEntry', { incidentId, text: 'Rack 12 dark' }));
    const { incidentId: other } = expectOk(bo.run('declareIncident', { title: 'Badge readers offline', severity: 'SEV3' }));

    const link = connect(ana, bo);
    await settle(ana, bo);

    expect(link.closedWith).toEqual([]);
    expect(ana.projection.canonicalState()).toBe(bo.projection.canonicalState());
    expect(timelineOf(bo, incidentId)).toContain('Rack 12 dark');
    expect(expectOk(ana.run('listIncidents', {})).map((incident) => incident.id).sort()).toEqual([incidentId, other].sort());
    expect(link.left.state).toMatchObject({ person: 'Bo', device: bo.deviceId, theyLack: 0 });
  });

  it('pushes what is written after they connect, live, and relays it on to a third laptop', async () => {
    const [ana, bo, chen] = ['Ana', 'Bo', 'Chen'].map((name) => hosts.openOn(folders.make(), { fallbackAuthor: name }));
    connect(ana!, bo!);
    connect(bo!, chen!); // Ana and Chen cannot reach each other directly.
    await settle(ana!, bo!, chen!);

    const { incidentId } = expectOk(ana!.run('declareIncident', { title: 'DNS resolvers failing', severity: 'SEV2' }));
    expectOk(ana!.run('addEntry', { incidentId, text: 'Switched to secondary resolvers' }));
    await settle(ana!, bo!, chen!); // the incident reaches Chen through Bo before Chen writes to it
    expectOk(chen!.run('addEntry', { incidentId, kind: 'check', text: 'Resolved names by hand from the NOC' }));
    await settle(ana!, bo!, chen!);

    for (const host of [ana!, bo!, chen!]) {
      expect(timelineOf(host, incidentId)).toEqual(expect.arrayContaining(['Switched to secondary resolvers', 'Resolved names by hand from the NOC']));
    }
    expect(ana!.projection.canonicalState()).toBe(chen!.projection.canonicalState());
  });

  it('an event type this version does not know is stored and relayed on, though not shown', async () => {
    const [ana, bo, chen] = ['Ana', 'Bo', 'Chen'].map((name) => hosts.openOn(folders.make(), { fallbackAuthor: name }));
    // A newer laptop's event, from a version that knows about roles.
    const newer = signEvent(
      { device: futureLaptop.device, seq: 1, hlc: encodeHlc({ wall: Date.now(), counter: 0 }), author: 'Dee', type: 'zz_future.kind_from_a_later_version', payload: { role: 'scribe' }, prev: null },
      futureLaptop.key.privateKey,
    );
    ana!.receiveEvents([newer]);
    connect(ana!, bo!);
    connect(bo!, chen!);
    await settle(ana!, bo!, chen!);

    for (const host of [bo!, chen!]) expect(host.store.log.readRange(futureLaptop.device, 1, 1)).toEqual([newer]);
    expect(chen!.projection.canonicalState()).toBe(ana!.projection.canonicalState());
  });

  it('a tampered event ends the conversation with a reason and nothing of it is stored', async () => {
    const ana = hosts.openOn(folders.make());
    const bo = hosts.openOn(folders.make());
    expectOk(ana.run('declareIncident', { title: 'Storage latency', severity: 'SEV2' }));
    const closedWith: string[] = [];
    const session = new SyncSession(bo.sync, { binding: NO_BINDING, send: () => {}, close: (reason) => closedWith.push(reason) }, { person: null, now: Date.now });
    session.receive(helloOf(ana, NO_BINDING));
    const [event] = [...ana.store.log.readAll()].map((stored) => stored.event);
    const tampered = { ...event!, payload: { ...(event!.payload as object), title: 'Nothing to see here' } };
    await session.receive(JSON.stringify({ type: 'events', events: [tampered], remaining: 0 }));

    expect(closedWith[0]).toMatch(/hash does not match/);
    expect(expectOk(bo.run('listIncidents', {}))).toEqual([]);
  });

  it('bytes that are not UTF-8 inside an event (ws no longer checks text frames) fail its hash check, and nothing of the batch is stored', async () => {
    const ana = hosts.openOn(folders.make());
    const bo = hosts.openOn(folders.make());
    expectOk(ana.run('declareIncident', { title: 'Storage latency', severity: 'SEV2' }));
    const closedWith: string[] = [];
    const session = new SyncSession(bo.sync, { binding: NO_BINDING, send: () => {}, close: (reason) => closedWith.push(reason) }, { person: null, now: Date.now });
    session.receive(Buffer.from(helloOf(ana, NO_BINDING)));
    const [event] = [...ana.store.log.readAll()].map((stored) => stored.event);
    const sent = Buffer.from(JSON.stringify({ type: 'events', events: [event], remaining: 0 }));
    const title = sent.indexOf('Storage');
    expect(title).toBeGreaterThan(0);
    // A lone continuation byte where the S was: decoded, it is U+FFFD.
    sent[title] = 0x80;
    await session.receive(sent);

    expect(closedWith[0]).toMatch(/hash does not match/);
    expect(expectOk(bo.run('listIncidents', {}))).toEqual([]);
  });

  it('a peer signing as this laptop (a copy of its folder that could not tell) is refused, and this laptop takes a new identity at its next start', () => {
    const dataDir = folders.make();
    const ana = hosts.openOn(dataDir);
    const closedWith: string[] = [];
    const session = new SyncSession(ana.sync, { binding: NO_BINDING, send: () => {}, close: (reason) => closedWith.push(reason) }, { person: null, now: Date.now });
    session.receive(helloOf(ana, NO_BINDING));
    expect(closedWith[0]).toMatch(/signs as this laptop's own device: one of the two is a copy/);
    expect(expectOk(ana.run('getRoom', {})).identityInUseElsewhere).toMatch(/holds this laptop's device key/);
    const device = ana.deviceId;
    hosts.close(ana);
    const restarted = hosts.openOn(dataDir);
    expect(restarted.deviceId).not.toBe(device);
    expect(expectOk(restarted.run('getRoom', {})).identityInUseElsewhere).toBeNull();
  });

  it('events before hello, and messages that are not sync messages, are refused with a reason', () => {
    const ana = hosts.openOn(folders.make());
    const reasons: string[] = [];
    const open = () => new SyncSession(ana.sync, { binding: NO_BINDING, send: () => {}, close: (reason) => reasons.push(reason) }, { person: null, now: Date.now });
    open().receive(JSON.stringify({ type: 'events', events: [], remaining: 0 }));
    open().receive('{"type":"gossip"}');
    expect(reasons[0]).toMatch(/before saying hello/);
    expect(reasons[1]).toMatch(/malformed/);
  });
});

describe('who is at each laptop', () => {
  it('a laptop where someone signs in after the hello tells its peer at once, and the peer list follows', async () => {
    const ana = hosts.openOn(folders.make(), { fallbackAuthor: 'Ana' });
    const bo = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    const link = connect(ana, bo);
    await vi.waitFor(() => expect(link.right.state.person).toBe('Ana'));

    link.left.personChanged('Ana Ruiz, Chen Wei');
    await vi.waitFor(() => expect(link.right.state.person).toBe('Ana Ruiz, Chen Wei'));
    link.left.personChanged(null);
    await vi.waitFor(() => expect(link.right.state.person).toBeNull());
    expect(link.closedWith).toEqual([]);
  });
});
