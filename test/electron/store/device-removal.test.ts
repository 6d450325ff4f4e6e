/**
 * A lost or compromised laptop is taken out of the room: its history up to
 * the removal stays, and everything it writes afterwards is refused (what
 * raced the removal, and lies in removals: hostile-removal.test.ts).
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
