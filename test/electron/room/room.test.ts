/**
 * Which room a laptop is in and the peers added to it by hand. A peer is
 * called with the room's secret, so the peers belong to one room: leaving
 * forgets them, a new room starts from its invite's addresses alone, and
 * with no room there is nothing to add a peer to.
 */
import { describe, expect, it } from 'vitest';
import { encodeInvite } from '../../../shared/room/invite.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { generateSecret } from '../../../electron/room/room-keys.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

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
