import { describe, expect, it } from 'vitest';
import { chainProblems } from '../../support/log-audit.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

describe('a war room kept in a data folder', () => {
  it('comes back after a restart with the same incidents, timeline and device', () => {
    const dataDir = folders.make();
    const before = hosts.openOn(dataDir);
    const { incidentId } = expectOk(
      before.run('declareIncident', { title: 'Checkout returns 502', severity: 'SEV1', summary: 'EU customers cannot pay' }),
    );
    const note = expectOk(before.run('addEntry', { incidentId, text: 'Error rate at 40% on checkout-api' }));
    expectOk(before.run('addEntry', { incidentId, kind: 'action', text: 'Rolled back deploy 8812', happenedAt: Date.now() - 60_000 }));
    expectOk(before.run('editEntry', { incidentId, entryId: note.id, kind: 'note', text: 'Error rate at 45% on checkout-api', happenedAt: null }));
    expectOk(before.run('changeStatus', { incidentId, status: 'identified' }));
    const incidents = expectOk(before.run('listIncidents', {}));
    const detail = expectOk(before.run('getIncident', { incidentId }));
    const device = before.deviceId;
    const vector = before.store.log.versionVector();
    hosts.close(before);

    const after = hosts.openOn(dataDir);
    expect(after.deviceId).toBe(device);
    expect(after.store.log.versionVector()).toEqual(vector);
    expect(expectOk(after.run('listIncidents', {}))).toEqual(incidents);
    expect(expectOk(after.run('getIncident', { incidentId }))).toEqual(detail);
  });

  it('numbers the next event after a restart right after the last one, without a gap', () => {
    const dataDir = folders.make();
    const before = hosts.openOn(dataDir);
    const { incidentId } = expectOk(before.run('declareIncident', { title: 'DNS failures in eu-west', severity: 'SEV2' }));
    for (let i = 0; i < 5; i += 1) expectOk(before.run('addEntry', { incidentId, text: `Resolver check ${i}` }));
    const lastSeq = before.store.log.versionVector()[before.deviceId]!;
    hosts.close(before);

    const after = hosts.openOn(dataDir);
    expectOk(after.run('addEntry', { incidentId, text: 'Written after the restart' }));
    const events = [...after.store.log.readAll()].map((stored) => stored.event);
    expect(after.store.log.versionVector()).toEqual({ [after.deviceId]: lastSeq + 1 });
    expect(events.map((event) => event.seq)).toEqual(Array.from({ length: lastSeq + 1 }, (_, index) => index + 1));
    expect(chainProblems(events)).toEqual([]);
  });

  it('remembers the name of the person at this laptop after a restart', () => {
    const dataDir = folders.make();
    const before = hosts.openOn(dataDir, { fallbackAuthor: undefined });
    expectOk(before.run('setName', { name: 'Bo Lindqvist' }));
    hosts.close(before);

    const after = hosts.openOn(dataDir, { fallbackAuthor: undefined });
    expect(expectOk(after.run('getSession', {})).name).toBe('Bo Lindqvist');
    const { incidentId } = expectOk(after.run('declareIncident', { title: 'Queue backlog', severity: 'SEV3' }));
    expect(expectOk(after.run('getIncident', { incidentId })).incident.declaredBy).toBe('Bo Lindqvist');
  });
});
