/**
 * Laptops in one process, each with its own data folder and its own room
 * network, talking over real TLS-PSK WebSockets on 127.0.0.1: joining,
 * the peer list, a wrong secret, both sides dialling, reconnecting, and
 * links that go silent (through a TCP proxy that swallows bytes).
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { RoomNetwork } from '../../../electron/sync/room-network.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy.js';
import { waitUntil } from '../../support/wait.js';

const { folders, hosts } = useScratch();
const networks: RoomNetwork[] = [];
const proxies: TcpProxy[] = [];
afterEach(async () => {
  await Promise.all(networks.splice(0).map((network) => network.stop()));
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

const SECRET = 'k7m2q-9xv4t-b8n3w-c5r6y-h2j4p';

interface LaptopOptions {
  readonly room?: { name: string; secret: string };
  readonly syncPort?: number;
  readonly heartbeatMs?: number;
  /** A fresh folder unless given (a copy of another laptop's). */
  readonly dataDir?: string;
}

async function laptop(person: string, options: LaptopOptions = {}) {
  const { room = { name: 'Core network outage', secret: SECRET }, syncPort = 0, heartbeatMs, dataDir = folders.make() } = options;
  const host = hosts.openOn(dataDir, { fallbackAuthor: person });
  host.rooms.room.join(room.name, room.secret);
  const lines: string[] = [];
  const network = await RoomNetwork.start({
    laptop: host.sync,
    syncPort,
    bindAddress: '127.0.0.1',
    discovery: false,
    person: () => person,
    log: (line) => lines.push(line),
    backoff: { firstMs: 50, maxMs: 400 },
    ...(heartbeatMs === undefined ? {} : { heartbeatMs }),
  });
  networks.push(network);
  const port = host.rooms.view().syncing.port!;
  return { host, network, lines, port, address: `127.0.0.1:${port}` };
}

const onlinePeers = (host: WarRoomHost) => host.rooms.view().peers.filter((peer) => peer.online);
const vectorOf = (host: WarRoomHost) => JSON.stringify(Object.entries(host.store.log.versionVector()).sort());
const sameLog = (a: WarRoomHost, b: WarRoomHost) =>
  vectorOf(a) === vectorOf(b) &&
  a.projection.canonicalState() === b.projection.canonicalState();

describe('laptops in one room over the LAN', () => {
  it('one adds the other by address: both converge, and each lists the other online with its clock offset', async () => {
    const ana = await laptop('Ana');
    const bo = await laptop('Bo');
    const { incidentId } = expectOk(ana.host.run('declareIncident', { title: 'Core switch down', severity: 'SEV1' }));
    expectOk(bo.host.run('declareIncident', { title: 'Badge readers offline', severity: 'SEV3' }));

    expectOk(bo.host.run('addPeer', { address: ana.address }));
    await waitUntil(() => sameLog(ana.host, bo.host), { what: 'both laptops to hold the same war room' });
    expectOk(ana.host.run('addEntry', { incidentId, text: 'Rack 12 dark' }));
    await waitUntil(() => sameLog(ana.host, bo.host), { what: 'the live note to reach Bo' });

    const seenByAna = onlinePeers(ana.host);
    expect(seenByAna).toEqual([expect.objectContaining({ person: 'Bo', device: bo.host.deviceId, via: 'incoming', weLack: 0 })]);
    expect(Math.abs(seenByAna[0]!.clockOffsetMs ?? Infinity)).toBeLessThan(2_000);
    expect(onlinePeers(bo.host)).toEqual([expect.objectContaining({ person: 'Ana', address: ana.address, via: 'added' })]);
    expect(bo.host.rooms.view().room?.invite).toMatch(/^HOLDFAST1\./);
  });

  it('a laptop with the wrong secret gets nothing and gives nothing, and both sides say why', async () => {
    const ana = await laptop('Ana');
    const mallory = await laptop('Mallory', { room: { name: 'Core network outage', secret: 'not-the-room-secret-at-all' } });
    expectOk(ana.host.run('declareIncident', { title: 'Core switch down', severity: 'SEV1' }));
    expectOk(mallory.host.run('declareIncident', { title: 'Planted incident', severity: 'SEV1' }));

    expectOk(mallory.host.run('addPeer', { address: ana.address }));
    const refused = await waitUntil(() => mallory.host.rooms.view().peers.find((peer) => peer.problem !== null), {
      what: 'Mallory to be told the secret was not accepted',
    });

    expect(refused.problem).toMatch(/did not accept our room secret/);
    await waitUntil(() => ana.lines.find((line) => /refused a laptop at 127\.0\.0\.1: it does not hold this room's secret/.test(line)), {
      what: 'Ana to log the refusal',
    });
    expect(expectOk(ana.host.run('listIncidents', {})).map((incident) => incident.title)).toEqual(['Core switch down']);
    expect(expectOk(mallory.host.run('listIncidents', {})).map((incident) => incident.title)).toEqual(['Planted incident']);
    expect(onlinePeers(ana.host)).toEqual([]);
  });

  it('two laptops that dial each other keep one connection, and still sync', async () => {
    const ana = await laptop('Ana');
    const bo = await laptop('Bo');
    expectOk(ana.host.run('addPeer', { address: bo.address }));
    expectOk(bo.host.run('addPeer', { address: ana.address }));
    await waitUntil(() => onlinePeers(ana.host).length === 1 && onlinePeers(bo.host).length === 1, { what: 'both to be connected' });
    // Give the duplicate time to be noticed and closed on both ends.
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(ana.host.rooms.view().peers.filter((peer) => peer.device === bo.host.deviceId)).toHaveLength(1);
    const { incidentId } = expectOk(bo.host.run('declareIncident', { title: 'Storage latency', severity: 'SEV2' }));
    await waitUntil(() => ana.host.projection.incident(incidentId), { what: 'the incident to reach Ana' });
    expect(onlinePeers(ana.host)).toHaveLength(1);
    expect(onlinePeers(bo.host)).toHaveLength(1);
  });

  it('a laptop that went away is called again until it is back, and then gets what it missed', async () => {
    const ana = await laptop('Ana');
    const bo = await laptop('Bo');
    expectOk(bo.host.run('addPeer', { address: ana.address }));
    await waitUntil(() => onlinePeers(bo.host).length === 1, { what: 'Bo to connect' });

    await ana.network.stop();
    networks.splice(networks.indexOf(ana.network), 1);
    await waitUntil(() => onlinePeers(bo.host).length === 0, { what: 'Bo to see Ana gone' });
    const { incidentId } = expectOk(bo.host.run('declareIncident', { title: 'Written while Ana was away', severity: 'SEV2' }));
    expect(bo.host.rooms.view().peers[0]).toMatchObject({ online: false, person: 'Ana' });

    const back = await RoomNetwork.start({ laptop: ana.host.sync, syncPort: ana.port, bindAddress: '127.0.0.1', discovery: false, person: () => 'Ana' });
    networks.push(back);
    await waitUntil(() => ana.host.projection.incident(incidentId), { what: 'Ana to catch up once back', timeoutMs: 15_000 });
  });

  it('a removed laptop is refused when it calls, with the reason', async () => {
    const ana = await laptop('Ana');
    const lost = await laptop('Lost laptop');
    expectOk(lost.host.run('addPeer', { address: ana.address }));
    await waitUntil(() => onlinePeers(ana.host).length === 1, { what: 'the laptop to connect' });
    await lost.network.stop();
    networks.splice(networks.indexOf(lost.network), 1);

    expectOk(ana.host.run('removeDevice', { device: lost.host.deviceId, reason: 'Left in a taxi' }));
    expectOk(lost.host.run('declareIncident', { title: 'Written after removal', severity: 'SEV1' }));
    const again = await RoomNetwork.start({ laptop: lost.host.sync, syncPort: 0, bindAddress: '127.0.0.1', discovery: false, person: () => 'Lost', backoff: { firstMs: 50, maxMs: 400 } });
    networks.push(again);

    const refused = await waitUntil(() => lost.host.rooms.view().peers.find((peer) => peer.problem !== null), { what: 'the refusal' });
    expect(refused.problem).toMatch(/removed from the room by Ana: Left in a taxi/);
    expect(expectOk(ana.host.run('listIncidents', {}))).toEqual([]);
  });

  it('removing a connected laptop closes its connection at once, saying why; it is told, and what it writes afterwards is not stored', async () => {
    const ana = await laptop('Ana');
    const lost = await laptop('Lost laptop');
    expectOk(lost.host.run('addPeer', { address: ana.address }));
    await waitUntil(() => onlinePeers(ana.host).length === 1 && onlinePeers(lost.host).length === 1, { what: 'the laptop to connect' });

    expectOk(ana.host.run('removeDevice', { device: lost.host.deviceId, reason: 'Left in a taxi' }));
    const cutOff = new RegExp(`^sync with Lost laptop \\(${lost.host.deviceId.slice(0, 8)}\\) ended: This device was removed from the room by Ana: Left in a taxi$`);
    await waitUntil(() => ana.lines.some((line) => cutOff.test(line)), { what: 'Ana to close the removed laptop\'s connection' });
    // The removal itself went out before the connection was closed.
    const told = await waitUntil(() => lost.host.rooms.view().removedHere, { what: 'the removed laptop to hold its removal' });
    expect(told).toMatchObject({ removedBy: 'Ana', reason: 'Left in a taxi' });
    const heard = await waitUntil(() => lost.host.rooms.view().peers.find((peer) => peer.problem !== null), { what: 'the removed laptop to hear why' });
    expect(heard.problem).toBe('This device was removed from the room by Ana: Left in a taxi');

    const { incidentId } = expectOk(lost.host.run('declareIncident', { title: 'Written after removal', severity: 'SEV1' }));
    // It keeps calling, and each call is turned away at hello.
    const refusals = () => ana.lines.filter((line) => / ended: This device was removed from the room by Ana: Left in a taxi$/.test(line)).length;
    const before = refusals();
    await waitUntil(() => refusals() > before, { what: 'a later call from the removed laptop to be refused' });
    expect(ana.host.projection.incident(incidentId)).toBeUndefined();
    expect(ana.host.store.log.versionVector()[lost.host.deviceId]).toBeUndefined();
    expect(onlinePeers(ana.host)).toEqual([]);
  });

  it('leaving the room stops listening; joining another starts again on the new secret', async () => {
    const ana = await laptop('Ana');
    expect(ana.host.rooms.view().syncing.listening).toBe(true);

    expectOk(ana.host.run('leaveRoom', {}));
    await ana.network.settled();
    expect(ana.host.rooms.view()).toMatchObject({ room: null, syncing: { listening: false } });

    const created = expectOk(ana.host.run('createRoom', { name: 'Payments outage' }));
    await ana.network.settled();
    expect(created.room?.name).toBe('Payments outage');
    expect(ana.host.rooms.view().syncing.listening).toBe(true);
  });
});

describe('a link that goes silent', () => {
  /** Bo calls Ana through a proxy the test can blackhole; both ping every `heartbeatMs`. */
  async function linkedThroughProxy(heartbeatMs: number) {
    const ana = await laptop('Ana', { heartbeatMs });
    const bo = await laptop('Bo', { heartbeatMs });
    const proxy = await startTcpProxy({ targetPort: ana.port });
    proxies.push(proxy);
    expectOk(bo.host.run('addPeer', { address: `127.0.0.1:${proxy.port}` }));
    await waitUntil(() => onlinePeers(ana.host).length === 1 && onlinePeers(bo.host).length === 1, { what: 'Bo to connect through the proxy' });
    return { ana, bo, proxy };
  }

  it('a peer that stops answering without closing (asleep, Wi-Fi gone) is dropped on both ends, called again once reachable, and gets what it missed', async () => {
    const { ana, bo, proxy } = await linkedThroughProxy(150);
    proxy.setMode({ kind: 'blackhole' });
    const { incidentId } = expectOk(ana.host.run('declareIncident', { title: 'Written into the dead link', severity: 'SEV2' }));

    const silent = /^sync with .* ended: the link went silent: nothing heard for [\d.]+ s/;
    await waitUntil(() => ana.lines.some((line) => silent.test(line)) && bo.lines.some((line) => silent.test(line)), {
      what: 'both ends to notice the silence',
    });
    await waitUntil(() => onlinePeers(ana.host).length === 0 && onlinePeers(bo.host).length === 0, { what: 'both to list the other offline' });
    expect(bo.host.projection.incident(incidentId)).toBeUndefined();

    proxy.setMode({ kind: 'pass' });
    // A call made during the blackout lost its handshake: the next one (after the 5 s handshake timeout at worst) gets through.
    await waitUntil(() => bo.host.projection.incident(incidentId), { what: 'the incident written into the dead link to reach Bo', timeoutMs: 15_000 });
    await waitUntil(() => onlinePeers(bo.host).length === 1, { what: 'Bo to list Ana online again' });
  });

  it('a quiet link that still answers is kept open, pinged all along', async () => {
    const heartbeatMs = 200;
    const { ana, bo, proxy } = await linkedThroughProxy(heartbeatMs);
    const before = proxy.stats();
    // Ten heartbeats with nothing to sync: only pings and pongs cross.
    await new Promise((resolve) => setTimeout(resolve, 10 * heartbeatMs));

    const after = proxy.stats();
    expect(after.accepted).toBe(1);
    expect(after.bytesToTarget).toBeGreaterThan(before.bytesToTarget);
    expect(after.bytesToClient).toBeGreaterThan(before.bytesToClient);
    expect([...ana.lines, ...bo.lines].filter((line) => / ended: /.test(line))).toEqual([]);
    expect(onlinePeers(ana.host)).toHaveLength(1);
    expect(onlinePeers(bo.host)).toHaveLength(1);
  });
});

describe('a laptop given its own address', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const copiedFolderWarning = /own device identity|copied/;

  it('never calls its own sync address, by IP or by localhost', async () => {
    const ana = await laptop('Ana');
    expectOk(ana.host.run('addPeer', { address: ana.address }));
    expectOk(ana.host.run('addPeer', { address: `localhost:${ana.port}` }));

    expect(ana.lines).toContain(`not calling ${ana.address}: that is this laptop's own sync address`);
    expect(ana.lines).toContain(`not calling localhost:${ana.port}: that is this laptop's own sync address`);
    // A call would have been answered within milliseconds, and refused as a copy of itself.
    await sleep(500);
    expect(ana.lines.filter((line) => /^sync with /.test(line))).toEqual([]);
    expect(ana.host.rooms.view().peers).toEqual([]);
  });

  it('an address that leads back to it another way (a forwarded port) is called once, recognised, and dropped without a copied-folder warning', async () => {
    const ana = await laptop('Ana');
    const forwarded = await startTcpProxy({ targetPort: ana.port });
    proxies.push(forwarded);
    const address = `127.0.0.1:${forwarded.port}`;
    expectOk(ana.host.run('addPeer', { address }));

    await waitUntil(() => ana.lines.includes(`not calling ${address}: it leads back to this laptop`), { what: 'Ana to recognise herself' });
    // Long enough for several more calls at this backoff (50 to 400 ms), had the dialer not stopped.
    await sleep(1_000);
    expect(forwarded.stats().accepted).toBe(1);
    expect(ana.lines.filter((line) => copiedFolderWarning.test(line))).toEqual([]);
    expect(ana.host.rooms.view().peers).toEqual([]);
  });

  it('a copy of its data folder, even in the same process, becomes a device of its own and syncs with the original', async () => {
    const original = folders.make();
    hosts.close(hosts.openOn(original));
    const copied = folders.make();
    fs.cpSync(original, copied, { recursive: true });
    const ana = await laptop('Ana', { dataDir: original });
    const copy = await laptop('Copy of Ana', { dataDir: copied });
    expect(copy.host.deviceId).not.toBe(ana.host.deviceId);

    expectOk(copy.host.run('addPeer', { address: ana.address }));
    await waitUntil(() => ana.host.rooms.view().peers.find((peer) => peer.device === copy.host.deviceId && peer.online), { what: 'Ana to sync with the copy' });
    expect([...ana.lines, ...copy.lines].filter((line) => copiedFolderWarning.test(line) || line.startsWith('not calling'))).toEqual([]);
  });
});
