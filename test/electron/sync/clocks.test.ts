/**
 * Laptops whose clocks are wrong, as real `holdfast serve` processes on
 * 127.0.0.1 (HOLDFAST_CLOCK_SKEW_MS shifts a peer's clock): an hour either
 * way still syncs, and the peer list shows by how much; a reply written
 * after a note from a fast laptop sorts after it everywhere; a laptop the
 * room says is days behind works in the room's time; a clock days ahead of
 * the room has its events held back, shown, and stored once a person lets
 * them in.
 */
import { describe, expect, it } from 'vitest';
import { WarRoomHost } from '../../../electron/host/host.js';
import { hlcWall } from '../../../shared/hlc.js';
import type { IncidentDetail } from '../../../shared/api.js';
import type { HeldBackView, PeerView, RoomView } from '../../../shared/room/views.js';
import type { ApiClient } from '../../support/api-client.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { eventsOf, freshRoom, heldIn, useSyncPeers, waitForSameWarRoom } from '../../support/sync-peers.js';
import { waitUntil } from '../../support/wait.js';

const scratch = useScratch();
const { startPeer } = useSyncPeers(scratch);

const HOUR = 3_600_000;
const skewed = (ms: number) => ({ HOLDFAST_CLOCK_SKEW_MS: String(ms) });

describe('a laptop whose clock is wrong', () => {
  it('an hour ahead or an hour behind still converges with the room, and the peer list shows the offset', async () => {
    const room = freshRoom();
    const ana = await startPeer({ label: 'Ana (right clock)', room });
    const fast = await startPeer({ label: 'Bo (an hour ahead)', room, dial: [ana.syncAddress], env: skewed(HOUR) });
    const slow = await startPeer({ label: 'Chen (an hour behind)', room, dial: [ana.syncAddress, fast.syncAddress], env: skewed(-HOUR) });
    const shared = await ana.terminal('declare', 'Mail relay queueing');
    // Written through each peer's own API, so stamped by its own (wrong) clock.
    const fastApi = await fast.api('Bo');
    const slowApi = await slow.api('Chen');
    const { incidentId: fastIncident } = expectOk(await fastApi.call('declareIncident', { title: 'VPN flapping', severity: 'SEV2' })) as { incidentId: string };
    const { incidentId: slowIncident } = expectOk(await slowApi.call('declareIncident', { title: 'Wiki read-only', severity: 'SEV4' })) as { incidentId: string };
    await waitForSameWarRoom([ana, fast, slow], { timeoutMs: 15_000 });

    // Each edits the same incident after seeing the others: last-writer-wins must agree everywhere.
    expectOk(await fastApi.call('changeSeverity', { incidentId: shared, severity: 'SEV1', reason: 'Customers affected' }));
    expectOk(await slowApi.call('changeSeverity', { incidentId: shared, severity: 'SEV2', reason: 'Only internal mail' }));
    expectOk(await slowApi.call('addEntry', { incidentId: fastIncident, kind: 'note', text: 'Seen from the slow laptop' }));
    expectOk(await fastApi.call('addEntry', { incidentId: slowIncident, kind: 'note', text: 'Seen from the fast laptop' }));
    const [held] = await waitForSameWarRoom([ana, fast, slow], { timeoutMs: 15_000 });
    expect([...held!.incidentIds].sort()).toEqual([shared, fastIncident, slowIncident].sort());

    const view = expectOk(await (await ana.api('Ana')).call('getRoom', {})) as RoomView;
    const offsetOf = (dataDir: string): number | null => view.peers.find((peer: PeerView) => peer.device === heldIn(dataDir).device)?.clockOffsetMs ?? null;
    // Within a minute of the skew: what the hello carried, give or take a slow start.
    expect(Math.abs(offsetOf(fast.dataDir)! - HOUR)).toBeLessThan(60_000);
    expect(Math.abs(offsetOf(slow.dataDir)! + HOUR)).toBeLessThan(60_000);
  });

  it('a reply written here after a note from a laptop an hour ahead sorts after that note, on every laptop and in the post-mortem', async () => {
    const room = freshRoom();
    const ana = await startPeer({ label: 'Ana (right clock)', room });
    const fast = await startPeer({ label: 'Bo (an hour ahead)', room, dial: [ana.syncAddress], env: skewed(HOUR) });
    const incidentId = await ana.terminal('declare', 'Payments gateway timing out');
    const boApi = await fast.api('Bo');
    await waitUntil(async () => (await boApi.call('getIncident', { incidentId })).ok, { what: 'Bo to hold the incident' });
    expectOk(await boApi.call('addEntry', { incidentId, kind: 'note', text: 'Is the gateway down for everyone?' }));
    const anaApi = await ana.api('Ana');
    const texts = async (api: ApiClient) =>
      (expectOk(await api.call('getIncident', { incidentId })) as IncidentDetail).timeline.filter((entry) => entry.kind === 'note').map((entry) => entry.text);
    await waitUntil(async () => (await texts(anaApi)).includes('Is the gateway down for everyone?'), { what: "Bo's question to reach Ana" });

    // Ana reads the question, then answers it.
    expectOk(await anaApi.call('addEntry', { incidentId, kind: 'note', text: 'Yes: every region since 14:02' }));
    await waitForSameWarRoom([ana, fast], { timeoutMs: 15_000 });

    const inOrder = ['Is the gateway down for everyone?', 'Yes: every region since 14:02'];
    expect(await texts(anaApi)).toEqual(inOrder);
    expect(await texts(boApi)).toEqual(inOrder);
    const exported = (await holdfast(['export', '--incident', incidentId, '--data', ana.dataDir])).stdout;
    expect(exported.indexOf('Is the gateway down for everyone?')).toBeLessThan(exported.indexOf('Yes: every region since 14:02'));
    expect(exported.indexOf('Is the gateway down for everyone?')).toBeGreaterThan(-1);
    // Ana's screen says her stamps follow Bo's clock, and by how much.
    const view = expectOk(await anaApi.call('getRoom', {})) as RoomView;
    expect(view.clock.followingAhead).toMatchObject({ person: 'Bo', device: heldIn(fast.dataDir).device });
    expect(Math.abs(view.clock.followingAhead!.ms - HOUR)).toBeLessThan(60_000);
  });

  it('two days behind two laptops that agree: told at once with the offset, it works in the room\'s time and holds nothing back', async () => {
    const room = freshRoom();
    const ana = await startPeer({ label: 'Ana (right clock)', room });
    const bo = await startPeer({ label: 'Bo (right clock)', room, dial: [ana.syncAddress] });
    const incidentId = await ana.terminal('declare', 'Storage array degraded');
    const behind = await startPeer({ label: 'Chen (two days behind)', room, dial: [ana.syncAddress, bo.syncAddress], env: skewed(-48 * HOUR) });
    const chenApi = await behind.api('Chen');

    const view = await waitUntil(async () => {
      const seen = expectOk(await chenApi.call('getRoom', {})) as RoomView;
      return seen.clock.measuredFrom === 3 ? seen : undefined;
    }, { what: 'Chen to hear both laptops\' clocks' });
    expect(Math.abs(view.clock.offFromRoomMs! + 48 * HOUR)).toBeLessThan(60_000);
    expect(Math.abs(view.clock.correctedMs - 48 * HOUR)).toBeLessThan(60_000);
    // The incident everyone works on is Chen's to write to, and nothing is held back.
    await waitUntil(async () => (await chenApi.call('getIncident', { incidentId })).ok, { what: 'Chen to hold the incident' });
    expect(view.heldBack).toEqual([]);
    const written = Date.now();
    expectOk(await chenApi.call('addEntry', { incidentId, kind: 'note', text: 'Array controller B replaced' }));
    const [held] = await waitForSameWarRoom([ana, bo, behind], { timeoutMs: 15_000 });
    expect(held!.entryIds.size).toBeGreaterThan(0);
    // Stamped in the room's time, not two days ago.
    const chen = heldIn(behind.dataDir).device;
    const stamp = latestStampOf(ana.dataDir, chen);
    expect(Math.abs(stamp - written)).toBeLessThan(60_000);
  });

  it('two days ahead: its events are held back and shown, not stored, until a person lets them in; then the room converges', async () => {
    const room = freshRoom();
    const ana = await startPeer({ label: 'Ana (right clock)', room });
    const ahead = await startPeer({ label: 'Dan (two days ahead)', room, dial: [ana.syncAddress], env: skewed(48 * HOUR) });
    const ordinary = await ana.terminal('declare', 'Printers offline');
    const danApi = await ahead.api('Dan');
    const { incidentId: future } = expectOk(await danApi.call('declareIncident', { title: 'Stamped two days ahead', severity: 'SEV3' })) as { incidentId: string };
    expectOk(await danApi.call('addEntry', { incidentId: future, kind: 'note', text: 'Also two days ahead' }));
    const dan = heldIn(ahead.dataDir).device;
    const written = heldIn(ahead.dataDir).vector[dan]!;

    await ana.syncLineMatching(/^sync: held back \d+ events from .*: stamped too far in the future$/, 'holding back the far-future events');
    const anaApi = await ana.api('Ana');
    const heldBack = await waitForHeldBack(anaApi, dan, written);
    expect(heldBack.person).toBe('Dan');
    expect(heldBack.stampedAt - Date.now()).toBeGreaterThan(47 * HOUR);
    const before = heldIn(ana.dataDir);
    expect(eventsOf(before, dan)).toEqual([]);
    expect(before.incidentIds.has(future)).toBe(false);
    // The other way nothing is wrong: Dan gets Ana's incident.
    await waitUntil(() => heldIn(ahead.dataDir).incidentIds.has(ordinary), { what: "Dan to hold Ana's incident" });

    const after = expectOk(await anaApi.call('letInHeldBack', { device: dan })) as RoomView;
    expect(after.heldBack).toEqual([]);
    const [held] = await waitForSameWarRoom([ana, ahead], { timeoutMs: 15_000 });
    expect(held!.incidentIds.has(future)).toBe(true);
    expect(eventsOf(held!, dan)).toHaveLength(written);
  });
});

/** Polls the peer's room view until `device` has `count` events held back. */
async function waitForHeldBack(api: ApiClient, device: string, count: number): Promise<HeldBackView> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const view = expectOk(await api.call('getRoom', {})) as RoomView;
    const entry = view.heldBack.find((held) => held.device === device);
    if (entry && entry.count === count) return entry;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${count} events of ${device.slice(0, 8)} to be held back; the room shows ${JSON.stringify(view.heldBack)}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The wall time of the latest stamp of `device` held in a folder. */
function latestStampOf(dataDir: string, device: string): number {
  const host = WarRoomHost.open({ dataDir, watchMs: 0, fallbackAuthor: 'Reader' });
  try {
    const stamps = [...host.store.log.readAll()].filter(({ event }) => event.device === device).map(({ event }) => hlcWall(event.hlc));
    return Math.max(...stamps);
  } finally {
    host.close();
  }
}
