/**
 * The sync benches heal a partition in copies of seeded folders. Each copy
 * must be the laptop that wrote its folder, signing as its device: a copy
 * that took a new identity would hold its own events as another device's,
 * and sync would relay them like a third laptop's, so the bench would
 * measure a room of strangers' histories.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WarRoomHost } from '../../electron/host/host.js';
import { expectOk } from '../support/results.js';
import { BenchRoom, copyFolders, removeFolders } from './bench-room.js';

const made: string[] = [];
afterEach(() => removeFolders(made.splice(0)));

describe('copies of a bench room', () => {
  it('sign as the devices that wrote the seeded folders', async () => {
    const room = BenchRoom.open(['Ana', 'Bo']);
    // Each writes apart, as the benches' partitioned laptops do.
    for (const host of room.hosts) expectOk(host.run('declareIncident', { title: 'Storage array degraded', severity: 'SEV2' }));
    const devices = room.hosts.map((host) => host.deviceId);
    const seeded = await room.closeKeepingFolders();
    made.push(...seeded);
    const copies = copyFolders(seeded);
    made.push(...copies);
    const reopened = copies.map((folder) => WarRoomHost.open({ dataDir: folder, watchMs: 0 }));
    try {
      expect(reopened.map((host) => host.deviceId)).toEqual(devices);
      expect(reopened.map((host) => host.rooms.view().newIdentity)).toEqual([null, null]);
    } finally {
      for (const host of reopened) host.close();
    }
  });
});
