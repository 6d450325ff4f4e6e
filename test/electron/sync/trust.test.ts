/**
 * Who a peer lets in, with real `holdfast serve` processes on 127.0.0.1: a
 * laptop without the room secret gets nothing; a laptop in the room that
 * sends a tampered event, garbage, an oversized message or a flood is cut
 * off and nothing of what it sent is stored; a removed laptop is refused by
 * all; a copied data folder becomes a device of its own.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unsignedPart, type SignedEvent } from '../../../shared/events.js';
import { MAX_SYNC_MESSAGE_BYTES } from '../../../shared/sync/messages.js';
import { generateSecret } from '../../../electron/room/room-keys.js';
import { signEvent } from '../../../electron/identity/signing.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { RawSyncClient } from '../../support/sync-client.js';
import { eventsOf, freshRoom, heldIn, useSyncPeers, waitForSameWarRoom, type RoomCredentials, type SyncPeer } from '../../support/sync-peers.js';
import { waitUntil } from '../../support/wait.js';

const scratch = useScratch();
const { startPeer } = useSyncPeers(scratch);

/** A laptop in the room that signs real events: an incident and notes on it. */
function insider(name = 'Mallory') {
  const laptop = new SimulatedLaptop(name, Date.now);
  const declared = laptop.record('incident.declared', { incidentId: 'dns-outage', title: 'Internal DNS down', severity: 'SEV2', summary: '' });
  const note = (entryId: string, text: string) =>
    laptop.record('timeline.noted', { incidentId: 'dns-outage', entryId, kind: 'note', text, happenedAt: null });
  return { laptop, declared, note };
}

const eventsMessage = (events: readonly SignedEvent[]) => JSON.stringify({ type: 'events', events, remaining: 0 });

/** Connects as `laptop`, says a valid hello and waits for the peer's. */
async function helloFrom(peer: SyncPeer, room: RoomCredentials, laptop: SimulatedLaptop): Promise<RawSyncClient> {
  const client = await RawSyncClient.connect(room, peer.syncAddress);
  client.send(laptop.hello(client.binding));
  await client.receivedOfType('hello');
  return client;
}

describe('the room secret', () => {
  it('a laptop with a wrong secret gets nothing and stores nothing, each side says why, and a right one gets everything', async () => {
    const room = freshRoom();
    const ana = await startPeer({ label: 'Ana (right secret)', room });
    await ana.terminal('declare', 'Payments API returns 502', '--severity', 'SEV1');
    const wrongRoom = { name: room.name, secret: generateSecret() };
    const bo = await startPeer({ label: 'Bo (wrong secret)', room: wrongRoom });
    await bo.terminal('declare', 'Written with the wrong secret');
    // Each dials the other: both the listener and the dialer must refuse.
    expectOk(await (await bo.api()).call('addPeer', { address: ana.syncAddress }));
    expectOk(await (await ana.api()).call('addPeer', { address: bo.syncAddress }));

    await ana.syncLineMatching(/^sync: refused a laptop at 127\.0\.0\.1: it does not hold this room's secret/, 'refusing the wrong secret');
    await bo.syncLineMatching(/^sync: refused a laptop at 127\.0\.0\.1: it does not hold this room's secret/, 'refusing the other secret');
    await ana.syncLineMatching(new RegExp(`^sync: calling ${bo.syncAddress}: The peer did not accept our room secret`), 'its secret being turned away');
    await bo.syncLineMatching(new RegExp(`^sync: calling ${ana.syncAddress}: The peer did not accept our room secret`), 'its secret being turned away');

    const anaHolds = heldIn(ana.dataDir);
    const boHolds = heldIn(bo.dataDir);
    expect(Object.keys(anaHolds.vector)).toEqual([anaHolds.device]);
    expect(Object.keys(boHolds.vector)).toEqual([boHolds.device]);

    // The same room with the right secret gets Ana's incident: there was something to withhold.
    const chen = await startPeer({ label: 'Chen (right secret)', room, dial: [ana.syncAddress] });
    const [, chenHolds] = await waitForSameWarRoom([ana, chen], { timeoutMs: 15_000 });
    expect(chenHolds!.events).toEqual(anaHolds.events);
  });
});

describe('a laptop in the room that sends what no honest laptop would', () => {
  it('a batch with one tampered event is refused whole, naming it, and the same laptop honest is let in', async () => {
    const room = freshRoom();
    const peer = await startPeer({ label: 'Ana', room });
    const { laptop, declared, note } = insider();
    const first = note('entry-first', 'Resolver pods crash-looping');
    const second = note('entry-second', 'Rolled back the resolver config');

    const tampering = await helloFrom(peer, room, laptop);
    const altered = { ...first, payload: { ...(first.payload as object), text: 'Nothing is wrong, stand down' } };
    tampering.send(eventsMessage([declared, altered, second]));
    const closing = await tampering.closed();
    expect(closing.code).toBe(4001);
    expect(closing.reason).toBe(`Event 2 of device ${laptop.device.slice(0, 8)} was refused: its hash does not match its content.`);
    await peer.syncLineMatching(/ended: Event 2 of device .* was refused: its hash does not match its content\.$/, 'the refusal');
    expect(eventsOf(heldIn(peer.dataDir), laptop.device)).toEqual([]);

    // Hashes recomputed, but the last event signed by a key that is not this device's.
    const stranger = new SimulatedLaptop('Stranger', Date.now);
    const forged = signEvent({ ...unsignedPart(second), payload: { ...(second.payload as object), text: 'Forged at the end' } }, stranger.key.privateKey);
    const forging = await helloFrom(peer, room, laptop);
    forging.send(eventsMessage([declared, first, forged]));
    expect((await forging.closed()).reason).toBe(`Event 3 of device ${laptop.device.slice(0, 8)} was refused: its signature does not verify.`);
    expect(eventsOf(heldIn(peer.dataDir), laptop.device)).toEqual([]);

    const honest = await helloFrom(peer, room, laptop);
    honest.send(eventsMessage([declared, first, second]));
    const held = await waitForHolding(peer, laptop.device, 3);
    expect([...held.entryIds]).toEqual(expect.arrayContaining(['entry-first', 'entry-second']));
    honest.close();
  });

  it('garbage, a message over the size limit and a flood of messages each end the connection, and nothing they carried is stored', async () => {
    const room = freshRoom();
    const peer = await startPeer({ label: 'Ana', room });
    const { laptop, declared } = insider();

    const garbled = await helloFrom(peer, room, laptop);
    garbled.send('{"type":"events","events":[{"device":"not a device"}],"remaining":0}');
    expect(await garbled.closed()).toMatchObject({ code: 4001, reason: expect.stringMatching(/^A sync message was malformed at events\.0\.device/) });

    const notJson = await helloFrom(peer, room, laptop);
    notJson.send(`${eventsMessage([declared]).slice(0, -1)}`);
    expect(await notJson.closed()).toEqual({ code: 4001, reason: 'A sync message was not valid JSON and was refused.' });

    // A real event inside a message one byte over the limit.
    const oversized = await helloFrom(peer, room, laptop);
    const message = eventsMessage([declared]);
    oversized.send(`${message.slice(0, -1)},"padding":"${'x'.repeat(MAX_SYNC_MESSAGE_BYTES - message.length - 12)}"}`);
    expect((await oversized.closed()).code).toBe(1009); // WebSocket "message too big"

    const flooding = await helloFrom(peer, room, laptop);
    for (let i = 0; i < 3_000; i++) flooding.send(eventsMessage([]));
    flooding.send(eventsMessage([declared]));
    expect(await flooding.closed()).toMatchObject({ code: 4001, reason: expect.stringMatching(/a flood/) });

    await peer.syncLineMatching(/ended: .*a flood/, 'cutting off the flood');
    expect(eventsOf(heldIn(peer.dataDir), laptop.device)).toEqual([]);
    // The same event on an honest connection is stored: it was the manner, not the event.
    const honest = await helloFrom(peer, room, laptop);
    honest.send(eventsMessage([declared]));
    await waitForHolding(peer, laptop.device, 1);
    honest.close();
  });
});

/** Waits until the peer's folder holds `seq` events of `device`. */
function waitForHolding(peer: SyncPeer, device: string, seq: number) {
  return waitUntil(
    () => {
      const held = heldIn(peer.dataDir);
      return held.vector[device] === seq ? held : undefined;
    },
    { what: `${peer.label} to hold ${seq} events of ${device.slice(0, 8)}` },
  );
}

describe('a laptop taken out of the room', () => {
  it('is cut off by every peer as soon as the removal reaches it, is told why, and nothing it writes afterwards is stored', async () => {
    const room = freshRoom();
    const ana = await startPeer({ label: 'Ana (coordinator)', room });
    const bo = await startPeer({ label: 'Bo', room, dial: [ana.syncAddress] });
    const lost = await startPeer({ label: 'Lost laptop', room, dial: [ana.syncAddress, bo.syncAddress] });
    const lostDevice = heldIn(lost.dataDir).device;
    await lost.terminal('declare', 'Badge readers offline', '--severity', 'SEV3');
    await lost.terminal('note', 'Controller in rack 3 rebooted');
    await waitForSameWarRoom([ana, bo, lost], { timeoutMs: 15_000 });

    // Ana holds its events 1 and 2 when she removes it: those stay, anything later is refused.
    const coordinator = await ana.api('Ana');
    expectOk(await coordinator.call('removeDevice', { device: lostDevice, reason: 'Laptop left in a taxi' }));
    const refusal = 'This device was removed from the room by Ana: Laptop left in a taxi';
    // Its live connections are closed, not left open until it next calls.
    const cutOff = new RegExp(`^sync: sync with .* \\(${lostDevice.slice(0, 8)}\\) ended: ${refusal}$`);
    await ana.syncLineMatching(cutOff, 'closing the removed laptop\'s connection');
    await bo.syncLineMatching(cutOff, 'closing the removed laptop\'s connection once the removal reached Bo');
    await waitUntil(() => heldIn(lost.dataDir).removed.some((removed) => removed.device === lostDevice && removed.removedBy === 'Ana'), {
      what: 'the removed laptop to be told',
    });

    await lost.terminal('note', 'Written after the removal');
    // Every call it makes is turned away, saying why.
    await lost.syncLineMatching(new RegExp(`^sync: calling ${ana.syncAddress}: ${refusal}$`), 'Ana refusing it');
    await lost.syncLineMatching(new RegExp(`^sync: calling ${bo.syncAddress}: ${refusal}$`), 'Bo refusing it');

    const [anaHolds, boHolds] = await waitForSameWarRoom([ana, bo], { timeoutMs: 15_000 });
    for (const held of [anaHolds!, boHolds!]) {
      expect(eventsOf(held, lostDevice).map((line) => Number(line.split(' ')[1]))).toEqual([1, 2]);
    }
    // The removed laptop keeps its own record; it just cannot bring it into the room.
    expect(heldIn(lost.dataDir).vector[lostDevice]).toBe(3);
  }, 60_000);
});

describe('a copied data folder', () => {
  it('becomes a device of its own: a third laptop ends with the notes of both copies, nobody refuses anybody, and the original goes on syncing', async () => {
    const room = freshRoom();
    const ana = await startPeer({ label: 'Ana', room });
    const chen = await startPeer({ label: 'Chen (a third laptop)', room, dial: [ana.syncAddress] });
    const incidentId = await ana.terminal('declare', 'Disk array degraded', '--severity', 'SEV2');
    await waitForSameWarRoom([ana, chen], { timeoutMs: 15_000 });
    const original = heldIn(ana.dataDir).device;

    await ana.stop();
    const copyDir = scratch.folders.make();
    fs.cpSync(ana.dataDir, copyDir, { recursive: true });
    await ana.start();
    const copy = await startPeer({ label: 'Copy of Ana', room, dataDir: copyDir, dial: [ana.syncAddress, chen.syncAddress] });
    const onOriginal = await ana.api('Ana');
    const onCopy = await copy.api('Ana (on the copy)');
    for (const n of [1, 2, 3]) {
      expectOk(await onOriginal.call('addEntry', { incidentId, text: `Written on the original ${n}` }));
      expectOk(await onCopy.call('addEntry', { incidentId, text: `Written on the copy ${n}` }));
    }

    const [, , chenHolds] = await waitForSameWarRoom([ana, copy, chen], { timeoutMs: 20_000 });
    const texts = await noteTexts(chen, incidentId);
    for (const n of [1, 2, 3]) expect(texts).toEqual(expect.arrayContaining([`Written on the original ${n}`, `Written on the copy ${n}`]));
    const copyDevice = heldIn(copyDir).device;
    expect(copyDevice).not.toBe(original);
    expect(eventsOf(chenHolds!, copyDevice)).toHaveLength(3);
    for (const peer of [ana, copy, chen]) {
      expect(peer.syncLines().filter((line) => /two (different )?histories|own device identity|signs as this laptop/.test(line))).toEqual([]);
    }

    // The copy is switched off; the original goes on as before.
    await copy.stop();
    expectOk(await onOriginal.call('addEntry', { incidentId, text: 'Array rebuilt (written on the original)' }));
    await waitUntil(async () => (await noteTexts(chen, incidentId)).includes('Array rebuilt (written on the original)'), {
      what: 'Chen to get what the original wrote after the copy went away',
      timeoutMs: 15_000,
    });
    // Four processes and CLI runs: on a busy two-core machine that alone can take half a minute.
  }, 90_000);
});

async function noteTexts(peer: SyncPeer, incidentId: string): Promise<string[]> {
  const api = await peer.api('Reader');
  const detail = expectOk(await api.call('getIncident', { incidentId })) as { timeline: { kind: string; text: string }[] };
  return detail.timeline.filter((entry) => entry.kind === 'note').map((entry) => entry.text);
}
