/**
 * Which room a laptop is in and the peers added to it by hand. A peer is
 * called with the room's secret, so the peers belong to one room: leaving
 * forgets them, a new room starts from its invite's addresses alone, and
 * with no room there is nothing to add a peer to. A room changed by another
 * process on the same folder (the terminal) is noticed by the running app.
 */
import { describe, expect, it } from 'vitest';
import { encodeInvite } from '../../../shared/room/invite.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { generateSecret } from '../../../electron/room/room-keys.js';
import type { RoomChange } from '../../../electron/room/room.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { waitUntil } from '../../support/wait.js';

const { folders, hosts } = useScratch();

const addedPeers = (host: WarRoomHost) => host.rooms.room.addedPeers();

function inviteTo(room: string, addresses: string[]): string {
  return encodeInvite({ room, secret: generateSecret(), addresses });
}

describe('the peers added by hand belong to the room they were added in', () => {
  it('leaving the room forgets them, so the next room does not call them with its secret', () => {
    const host = hosts.openOn(folders.make());
    expectOk(host.run('createRoom', { name: 'Checkout outage' }));
    expectOk(host.run('addPeer', { address: '192.168.1.20:4781' }));
    expectOk(host.run('addPeer', { address: 'ops-laptop.local:4781' }));

    expectOk(host.run('leaveRoom', {}));
    expect(addedPeers(host)).toEqual([]);

    expectOk(host.run('createRoom', { name: 'Payments outage' }));
    expect(addedPeers(host)).toEqual([]);
  });

  it('a peer cannot be added before the laptop is in a room, and the refusal says what to do', () => {
    const host = hosts.openOn(folders.make());

    const error = expectFailure(host.run('addPeer', { address: '192.168.1.20:4781' }));

    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^Join or create a room first/);
    expect(addedPeers(host)).toEqual([]);
    expectOk(host.run('createRoom', { name: 'Checkout outage' }));
    expect(addedPeers(host)).toEqual([]);
  });

  it("joining a room by invite starts from the invite's addresses alone", () => {
    const host = hosts.openOn(folders.make());
    expectOk(host.run('createRoom', { name: 'Checkout outage' }));
    expectOk(host.run('addPeer', { address: '192.168.1.20:4781' }));

    expectOk(host.run('joinRoom', { invite: inviteTo('DNS outage', ['10.0.0.5:4781', '10.0.0.6:4781']) }));

    expect(addedPeers(host)).toEqual(['10.0.0.5:4781', '10.0.0.6:4781']);
  });

  it('joining the room it is already in (a headless peer started again with --room) keeps the peers added to it', () => {
    const host = hosts.openOn(folders.make());
    const { secret } = host.rooms.room.create('Checkout outage');
    expectOk(host.run('addPeer', { address: '192.168.1.20:4781' }));

    host.rooms.room.join('Checkout outage', secret, ['192.168.1.30:4781']);

    expect(addedPeers(host)).toEqual(['192.168.1.20:4781', '192.168.1.30:4781']);
  });

  it('forgetting a peer that was never added changes nothing and tells nobody', () => {
    const host = hosts.openOn(folders.make());
    expectOk(host.run('createRoom', { name: 'Checkout outage' }));
    expectOk(host.run('addPeer', { address: '192.168.1.20:4781' }));
    const changes: string[] = [];
    host.rooms.room.onChange((change) => changes.push(change));

    expectOk(host.run('forgetPeer', { address: '10.9.9.9:4781' }));

    expect(addedPeers(host)).toEqual(['192.168.1.20:4781']);
    expect(changes).toEqual([]);
  });
});

describe('a room changed by another process on the same data folder', () => {
  it('is noticed by the running host, which tells its listeners what changed, as if it were changed there', async () => {
    const dataDir = folders.make();
    const app = hosts.openOn(dataDir, { watchMs: 50 });
    const changes: RoomChange[] = [];
    app.rooms.room.onChange((change) => changes.push(change));
    const terminal = hosts.openOn(dataDir);
    const told = (count: number, what: string) => waitUntil(() => changes.length >= count, { what: `the app to notice ${what}`, timeoutMs: 5_000 });

    expectOk(terminal.run('createRoom', { name: 'Checkout outage' }));
    await told(1, 'the new room');
    expect(changes).toEqual(['membership']);
    expect(app.rooms.room.membership()?.name).toBe('Checkout outage');

    expectOk(terminal.run('addPeer', { address: '192.168.1.20:4781' }));
    await told(2, 'the peer added');
    expect(changes).toEqual(['membership', 'peers']);

    // An incident written there is not a room change.
    const { incidentId } = expectOk(terminal.run('declareIncident', { title: 'Card payments fail', severity: 'SEV1' }));
    await waitUntil(() => app.projection.incident(incidentId), { what: 'the incident to reach the app', timeoutMs: 5_000 });
    expect(changes).toEqual(['membership', 'peers']);

    expectOk(terminal.run('forgetPeer', { address: '192.168.1.20:4781' }));
    await told(3, 'the peer forgotten');
    expectOk(terminal.run('leaveRoom', {}));
    await told(4, 'the room left');
    expect(changes).toEqual(['membership', 'peers', 'peers', 'membership']);
    expect(app.rooms.room.membership()).toBeNull();
  });

  it('is not told twice of a change it made itself', async () => {
    const dataDir = folders.make();
    const app = hosts.openOn(dataDir, { watchMs: 50 });
    const changes: RoomChange[] = [];
    app.rooms.room.onChange((change) => changes.push(change));
    const terminal = hosts.openOn(dataDir);

    expectOk(app.run('createRoom', { name: 'Checkout outage' }));
    // The terminal's write wakes the watcher, which must find nothing new in the room.
    const { incidentId } = expectOk(terminal.run('declareIncident', { title: 'Card payments fail', severity: 'SEV1' }));
    await waitUntil(() => app.projection.incident(incidentId), { what: 'the incident to reach the app', timeoutMs: 5_000 });

    expect(changes).toEqual(['membership']);
  });
});
