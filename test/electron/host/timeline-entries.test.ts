import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { declaredIncident } = useScratch();

const declared = () => declaredIncident('Card payments declined', 'SEV1');

describe('timeline entries', () => {
  it('places an entry written later at the moment it happened', () => {
    const { host, incidentId } = declared();
    const declaredAt = expectOk(host.run('getIncident', { incidentId })).incident.declaredAt;
    const now = expectOk(host.run('addEntry', { incidentId, text: 'Declines back to normal' }));
    const earlier = expectOk(
      host.run('addEntry', { incidentId, kind: 'action', text: 'Deployed fraud rules v41', happenedAt: declaredAt - 10 * 60_000 }),
    );

    expect(earlier.happenedAt).toBe(declaredAt - 10 * 60_000);
    expect(now.happenedAt).toBeNull();
    const order = expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.id);
    expect(order.indexOf(earlier.id)).toBeLessThan(order.indexOf(now.id));
    expect(order[0]).toBe(earlier.id); // even before the declaration itself
  });

  it('keeps the original words in the history when an entry is edited', () => {
    const { host, incidentId } = declared();
    const entry = expectOk(host.run('addEntry', { incidentId, text: 'Acquirer says no issue' }));
    const edited = expectOk(
      host.run('editEntry', { incidentId, entryId: entry.id, kind: 'check', text: 'Acquirer confirms an outage on their side', happenedAt: null }),
    );

    expect(edited.text).toBe('Acquirer confirms an outage on their side');
    expect(edited.kind).toBe('check');
    expect(edited.revisions.map((revision) => [revision.kind, revision.text])).toEqual([
      ['note', 'Acquirer says no issue'],
      ['check', 'Acquirer confirms an outage on their side'],
    ]);
  });

  it('refuses an edit that changes nothing', () => {
    const { host, incidentId } = declared();
    const entry = expectOk(host.run('addEntry', { incidentId, text: 'Paging the payments team' }));
    const error = expectFailure(host.run('editEntry', { incidentId, entryId: entry.id, kind: 'note', text: 'Paging the payments team', happenedAt: null }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Nothing changed in this entry.');
  });

  it('strikes an entry out with a reason, keeps it on the timeline, and can restore it', () => {
    const { host, incidentId } = declared();
    const entry = expectOk(host.run('addEntry', { incidentId, text: 'Root cause: expired certificate' }));

    const struck = expectOk(host.run('strikeEntry', { incidentId, entryId: entry.id, reason: 'certificate was fine' }));
    expect(struck).toMatchObject({ struck: true, struckBy: 'Ana', struckReason: 'certificate was fine', text: 'Root cause: expired certificate' });
    expect(expectOk(host.run('getIncident', { incidentId })).timeline.map((item) => item.id)).toContain(entry.id);
    expect(expectFailure(host.run('strikeEntry', { incidentId, entryId: entry.id })).message).toBe('This entry is already struck out.');

    const restored = expectOk(host.run('restoreEntry', { incidentId, entryId: entry.id }));
    expect(restored).toMatchObject({ struck: false, struckBy: null, struckReason: null });
    expect(expectFailure(host.run('restoreEntry', { incidentId, entryId: entry.id })).message).toBe('This entry is not struck out.');
  });

  it('refuses to edit or strike an entry the log wrote itself', () => {
    const { host, incidentId } = declared();
    expectOk(host.run('changeStatus', { incidentId, status: 'identified' }));
    const systemEntries = expectOk(host.run('getIncident', { incidentId })).timeline.filter((entry) => !entry.editable);
    expect(systemEntries.map((entry) => entry.kind)).toEqual(['declared', 'status']);

    for (const entry of systemEntries) {
      const edit = expectFailure(host.run('editEntry', { incidentId, entryId: entry.id, kind: 'note', text: 'Rewritten history', happenedAt: null }));
      expect(edit.code).toBe('conflict');
      expect(edit.message).toMatch(/cannot be changed/);
      expect(expectFailure(host.run('strikeEntry', { incidentId, entryId: entry.id })).code).toBe('conflict');
    }
  });

  it('answers not_found for an entry that is not in the incident, or an incident that does not exist', () => {
    const { host, incidentId } = declared();
    const other = expectOk(host.run('declareIncident', { title: 'Another incident', severity: 'SEV4' }));
    const elsewhere = expectOk(host.run('addEntry', { incidentId: other.incidentId, text: 'Belongs to the other incident' }));

    for (const entryId of ['no-such-entry', elsewhere.id]) {
      const error = expectFailure(host.run('strikeEntry', { incidentId, entryId }));
      expect(error.code).toBe('not_found');
      expect(error.message).toBe(`No timeline entry with id ${entryId} is in this incident.`);
    }
    const missingIncident = expectFailure(host.run('addEntry', { incidentId: 'no-such-incident', text: 'Lost note' }));
    expect(missingIncident.code).toBe('not_found');
    expect(missingIncident.message).toBe('No incident with id no-such-incident is in this war room.');
  });
});
