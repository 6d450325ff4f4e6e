/**
 * Laptops whose clocks are wrong, as real `holdfast serve` processes on
 * 127.0.0.1 (HOLDFAST_CLOCK_SKEW_MS shifts a peer's clock): an hour either
 * way still syncs, and the peer list shows by how much; a clock days ahead
 * has its events held back, shown, and stored once a person lets them in.
 */
import { describe, expect, it } from 'vitest';
import type { HeldBackView, PeerView, RoomView } from '../../../shared/room/views.js';
import type { ApiClient } from '../../support/api-client.js';
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
