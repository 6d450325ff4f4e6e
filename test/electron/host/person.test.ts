import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

describe('the person at the keyboard', () => {
  it('must say who they are before recording anything, when nobody is known', () => {
    const host = hosts.openOn(folders.make(), { fallbackAuthor: undefined });
    const error = expectFailure(host.run('declareIncident', { title: 'Anonymous outage', severity: 'SEV2' }));
    expect(error.code).toBe('needs_name');
    expect(error.message).toMatch(/Say who you are first/);
    expect(host.store.log.versionVector()).toEqual({});

    expect(expectOk(host.run('setName', { name: '  Dana Okafor ' })).name).toBe('Dana Okafor');
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Named outage', severity: 'SEV2' }));
    expect(expectOk(host.run('getIncident', { incidentId })).incident.declaredBy).toBe('Dana Okafor');
  });

  it('is stamped by name in preference to the fallback author once they have given it', () => {
    const host = hosts.openOn(folders.make(), { fallbackAuthor: 'root' });
    const first = expectOk(host.run('declareIncident', { title: 'Before the name', severity: 'SEV4' }));
    expectOk(host.run('setName', { name: 'Dana Okafor' }));
    const second = expectOk(host.run('declareIncident', { title: 'After the name', severity: 'SEV4' }));

    expect(expectOk(host.run('getIncident', first)).incident.declaredBy).toBe('root');
    expect(expectOk(host.run('getIncident', second)).incident.declaredBy).toBe('Dana Okafor');
  });
});
