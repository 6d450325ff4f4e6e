import { describe, expect, it } from 'vitest';
import type { HostNotice } from '../../../shared/api.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

function listening(host: WarRoomHost): HostNotice[] {
  const notices: HostNotice[] = [];
  host.onNotice((notice) => notices.push(notice));
  return notices;
}

function changed(notice: HostNotice | undefined) {
  if (notice?.type !== 'changed') throw new Error(`Expected a 'changed' notice, got ${JSON.stringify(notice)}`);
  return notice;
}

describe('what the host tells the screens', () => {
  it('a declaration brings the new incident and its declared entry', () => {
    const host = hosts.openOn(folders.make());
    const notices = listening(host);
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'VPN down', severity: 'SEV2' }));

    expect(notices).toHaveLength(1);
    const notice = changed(notices[0]);
    expect(notice.incidents.map((incident) => incident.id)).toEqual([incidentId]);
    expect(notice.entries.map((entry) => [entry.incidentId, entry.kind])).toEqual([[incidentId, 'declared']]);
  });

  it('a new entry brings the entry and its incident with the new count', () => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'VPN down', severity: 'SEV2' }));
    const notices = listening(host);
    const entry = expectOk(host.run('addEntry', { incidentId, text: 'Tunnel flapping every 30 s' }));

    const notice = changed(notices[0]);
    expect(notice.entries).toEqual([entry]);
    expect(notice.incidents.map((incident) => [incident.id, incident.entryCount])).toEqual([[incidentId, 1]]);
  });

  it('an edit brings only the entry it touched', () => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'VPN down', severity: 'SEV2' }));
    const entry = expectOk(host.run('addEntry', { incidentId, text: 'Tunnel flapping' }));
    expectOk(host.run('addEntry', { incidentId, text: 'Another entry' }));
    const notices = listening(host);
    expectOk(host.run('strikeEntry', { incidentId, entryId: entry.id, reason: 'duplicate' }));

    const notice = changed(notices[0]);
    expect(notice.entries.map((item) => [item.id, item.struck])).toEqual([[entry.id, true]]);
    expect(notice.incidents).toEqual([]);
  });

  it('a new name is announced as the session', () => {
    const host = hosts.openOn(folders.make(), { fallbackAuthor: undefined });
    const notices = listening(host);
    expectOk(host.run('setName', { name: 'Eli' }));
    expect(notices).toEqual([{ type: 'session', session: expect.objectContaining({ name: 'Eli', device: host.deviceId }) }]);
  });

  it('a refused call announces nothing', () => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'VPN down', severity: 'SEV2' }));
    const notices = listening(host);
    expectFailure(host.run('changeStatus', { incidentId, status: 'investigating' }));
    expectFailure(host.run('addEntry', { incidentId, text: '' }));
    expect(notices).toEqual([]);
  });

  it('a subscriber that stopped listening hears nothing more, and one that throws does not silence the rest', () => {
    const host = hosts.openOn(folders.make());
    const stopped: HostNotice[] = [];
    const unsubscribe = host.onNotice((notice) => stopped.push(notice));
    host.onNotice(() => {
      throw new Error('a broken window');
    });
    const healthy = listening(host);
    unsubscribe();

    expectOk(host.run('declareIncident', { title: 'VPN down', severity: 'SEV2' }));
    expect(stopped).toEqual([]);
    expect(healthy).toHaveLength(1);
  });
});
