import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { declaredIncident } = useScratch();

const declared = () => declaredIncident('Search results empty', 'SEV2');

const eventCount = (host: WarRoomHost) => host.store.log.versionVector()[host.deviceId] ?? 0;

describe("an incident's lifecycle", () => {
  it('moves from investigating through identified and mitigated to resolved, each step on the timeline', () => {
    const { host, incidentId } = declared();
    expect(expectOk(host.run('getIncident', { incidentId })).incident.status).toBe('investigating');

    for (const status of ['identified', 'mitigated', 'resolved'] as const) {
      expect(expectOk(host.run('changeStatus', { incidentId, status })).status).toBe(status);
    }

    const { incident, timeline } = expectOk(host.run('getIncident', { incidentId }));
    expect(incident.statusHistory.map((change) => change.status)).toEqual(['investigating', 'identified', 'mitigated', 'resolved']);
    expect(incident.resolvedAt).not.toBeNull();
    expect(timeline.filter((entry) => entry.kind === 'status').map((entry) => entry.text)).toEqual([
      'Status: Investigating → Identified',
      'Status: Identified → Mitigated',
      'Status: Mitigated → Resolved',
    ]);
  });

  it('lets people skip a stage, as they do in real outages', () => {
    const { host, incidentId } = declared();
    expect(expectOk(host.run('changeStatus', { incidentId, status: 'mitigated' })).status).toBe('mitigated');
  });

  it('refuses to set the status it already has, and records nothing', () => {
    const { host, incidentId } = declared();
    const before = eventCount(host);
    const error = expectFailure(host.run('changeStatus', { incidentId, status: 'investigating' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('The incident is already investigating.');
    expect(eventCount(host)).toBe(before);
  });

  it('keeps a resolved incident resolved unless someone reopens it', () => {
    const { host, incidentId } = declared();
    expectOk(host.run('changeStatus', { incidentId, status: 'resolved' }));
    const before = eventCount(host);

    for (const status of ['investigating', 'identified', 'mitigated'] as const) {
      const error = expectFailure(host.run('changeStatus', { incidentId, status }));
      expect(error.code).toBe('conflict');
      expect(error.message).toMatch(/resolved; reopen it first/);
    }
    expect(eventCount(host)).toBe(before);
  });

  it('reopens a resolved incident back to investigating, and says so on the timeline', () => {
    const { host, incidentId } = declared();
    expectOk(host.run('changeStatus', { incidentId, status: 'resolved' }));

    const reopened = expectOk(host.run('reopenIncident', { incidentId }));
    expect(reopened.status).toBe('investigating');
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened.statusHistory.at(-1)).toMatchObject({ status: 'investigating', reopened: true });
    const timeline = expectOk(host.run('getIncident', { incidentId })).timeline;
    expect(timeline.at(-1)?.text).toBe('Reopened: Resolved → Investigating');
  });

  it('only reopens an incident that is resolved', () => {
    const { host, incidentId } = declared();
    expectOk(host.run('changeStatus', { incidentId, status: 'mitigated' }));
    const error = expectFailure(host.run('reopenIncident', { incidentId }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Only a resolved incident can be reopened.');
  });

  it('records a change of severity with its reason, and refuses the severity it already has', () => {
    const { host, incidentId } = declared();
    expect(expectOk(host.run('changeSeverity', { incidentId, severity: 'SEV1', reason: 'all regions affected' })).severity).toBe('SEV1');
    const timeline = expectOk(host.run('getIncident', { incidentId })).timeline;
    expect(timeline.at(-1)?.text).toBe('Severity: SEV2 → SEV1 (all regions affected)');

    const error = expectFailure(host.run('changeSeverity', { incidentId, severity: 'SEV1' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('The incident is already SEV1.');
  });

  it('answers not_found, naming the id, for an incident that is not in the war room', () => {
    const { host } = declared();
    const results: Result<unknown>[] = [
      host.run('changeStatus', { incidentId: 'no-such-incident', status: 'resolved' }),
      host.run('reopenIncident', { incidentId: 'no-such-incident' }),
      host.run('getIncident', { incidentId: 'no-such-incident' }),
    ];
    for (const result of results) {
      const error = expectFailure(result);
      expect(error.code).toBe('not_found');
      expect(error.message).toBe('No incident with id no-such-incident is in this war room.');
    }
  });
});
