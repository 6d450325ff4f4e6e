/**
 * A lost or compromised laptop is taken out of the room: its history up to
 * the removal stays, everything it writes afterwards is refused, and any of
 * its later events that raced the removal here are set aside, so every peer
 * ends with the same log whatever order things arrived in.
 */
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

function lostLaptopWithIncident() {
  const lost = new SimulatedLaptop('Lost laptop', Date.now);
  const declared = lost.record('incident.declared', { incidentId: 'vpn-outage', title: 'VPN concentrator down', severity: 'SEV2', summary: '' });
  const note = (text: string, id: string) => lost.record('timeline.noted', { incidentId: 'vpn-outage', entryId: id, kind: 'note', text, happenedAt: null });
  return { lost, declared, note };
}

const texts = (host: WarRoomHost) => expectOk(host.run('getIncident', { incidentId: 'vpn-outage' })).timeline.map((entry) => entry.text);

describe('removing a device from the room', () => {
  it('keeps what it wrote before, refuses what it writes after, and says so in the room view', () => {
    const coordinator = hosts.openOn(folders.make(), { fallbackAuthor: 'Coordinator' });
    const { lost, declared, note } = lostLaptopWithIncident();
    coordinator.receiveEvents([declared, note('Before the laptop was lost', 'before-loss')]);

    const room = expectOk(coordinator.run('removeDevice', { device: lost.device, reason: 'Laptop left in a taxi' }));
    const after = coordinator.receiveEvents([note('Written by whoever found it', 'after-loss')]);

    expect(after).toMatchObject({ stored: [], refusedRemoved: 1 });
    expect(texts(coordinator)).toContain('Before the laptop was lost');
    expect(texts(coordinator)).not.toContain('Written by whoever found it');
    expect(room.removedDevices).toEqual([
      expect.objectContaining({ device: lost.device, person: 'Lost laptop', removedBy: 'Coordinator', reason: 'Laptop left in a taxi' }),
    ]);
  });

  it('a peer that already held later events sets them aside when the removal reaches it, matching the remover', () => {
    const coordinator = hosts.openOn(folders.make(), { fallbackAuthor: 'Coordinator' });
    const peer = hosts.openOn(folders.make(), { fallbackAuthor: 'Peer' });
    const { lost, declared, note } = lostLaptopWithIncident();
    const before = note('Before the removal', 'before-removal');
    const raced = note('Raced the removal', 'raced-removal');
    coordinator.receiveEvents([declared, before]);
    peer.receiveEvents([declared, before, raced]);
    expectOk(coordinator.run('removeDevice', { device: lost.device, reason: 'Stolen' }));
    const removal = [...coordinator.store.log.readAll()].map((stored) => stored.event).find((event) => event.type === 'room.device_removed')!;

    const outcome = peer.receiveEvents([removal]);

    expect(outcome.setAside).toBe(1);
    expect(peer.store.log.versionVector()).toEqual(coordinator.store.log.versionVector());
    expect(peer.projection.canonicalState()).toBe(coordinator.projection.canonicalState());
    expect(texts(peer)).not.toContain('Raced the removal');
    // Set aside, not thrown away.
    expect(peer.store.db.prepare('SELECT count(*) AS n FROM set_aside').get()).toEqual({ n: 1 });
  });

  it('refuses to remove this laptop itself, or a device twice', () => {
    const coordinator = hosts.openOn(folders.make(), { fallbackAuthor: 'Coordinator' });
    const { lost, declared } = lostLaptopWithIncident();
    coordinator.receiveEvents([declared]);

    const self = coordinator.run('removeDevice', { device: coordinator.deviceId, reason: 'Oops' });
    expectOk(coordinator.run('removeDevice', { device: lost.device, reason: 'Lost' }));
    const twice = coordinator.run('removeDevice', { device: lost.device, reason: 'Lost again' });
    const noReason = coordinator.run('removeDevice', { device: lost.device, reason: '  ' });

    expect(self).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot remove itself/) } });
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already been removed/) } });
    expect(noReason).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Say why/) } });
  });
});
