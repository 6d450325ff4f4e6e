/**
 * Action items through the host, as the Actions screen and the terminal
 * see them: every incident's items in one list, a status moved once (not
 * twice to the same), won't do only with a reason, and the CSV export.
 */
import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();
const NOW = Date.parse('2026-12-07T09:00:00Z');

function warRoomWithTwoIncidents() {
  const host = hosts.openOn(folders.make(), { now: () => NOW });
  const checkout = expectOk(host.run('declareIncident', { title: 'Checkout is down', severity: 'SEV1' })).incidentId;
  const payments = expectOk(host.run('declareIncident', { title: 'Payments are slow', severity: 'SEV2' })).incidentId;
  expectOk(host.run('savePerson', { name: 'Ana Lopez', team: 'Payments', phone: '', email: '', chat: '', notes: '', onCall: false }));
  const later = expectOk(host.run('saveActionItem', { incidentId: checkout, what: 'Canary the config', owner: 'ana lopez', due: '2026-12-20', kind: 'prevent' })).review.actions[0]!;
  const late = expectOk(host.run('saveActionItem', { incidentId: payments, what: 'Alert on queue depth', owner: 'Ben', due: '2026-12-01', kind: 'detect' })).review.actions[0]!;
  return { host, checkout, payments, later, late };
}

describe('action items across incidents', () => {
  it('lists every incident’s items, overdue first, with the incident and the owner’s team', () => {
    const { host, checkout, payments } = warRoomWithTwoIncidents();
    const list = expectOk(host.run('listActions', { zone: 'UTC' }));
    expect(list.today).toBe('2026-12-07');
    expect(list.items.map((item) => [item.what, item.incidentId, item.overdue, item.ownerTeam, item.status])).toEqual([
      ['Alert on queue depth', payments, true, null, 'open'],
      ['Canary the config', checkout, false, 'Payments', 'open'],
    ]);
  });

  it('moves a status, keeps each change as history, and refuses the same status again with a sentence', () => {
    const { host, payments, late } = warRoomWithTwoIncidents();
    const moved = expectOk(host.run('setActionStatus', { incidentId: payments, actionId: late.id, status: 'done' }));
    expect(moved.review.actions[0]).toMatchObject({ status: 'done' });
    expect(moved.review.actions[0]!.history.map((change) => change.change)).toEqual(['saved', 'status']);
    expect(expectOk(host.run('listActions', { zone: 'UTC' })).items.find((item) => item.id === late.id)!.overdue).toBe(false);

    const again = expectFailure(host.run('setActionStatus', { incidentId: payments, actionId: late.id, status: 'done' }));
    expect(again.message).toBe('This action item is already done.');
  });

  it("asks why an item will not be done, and keeps the reason", () => {
    const { host, checkout, later } = warRoomWithTwoIncidents();
    expect(expectFailure(host.run('setActionStatus', { incidentId: checkout, actionId: later.id, status: 'wont_do', reason: '  ' })).message).toBe('Say why this will not be done.');
    const settled = expectOk(host.run('setActionStatus', { incidentId: checkout, actionId: later.id, status: 'wont_do', reason: 'The gateway is being retired' }));
    expect(settled.review.actions[0]).toMatchObject({ status: 'wont_do', statusReason: 'The gateway is being retired' });
  });

  it('exports them as CSV named after the day, one row per item after the header', () => {
    const { host } = warRoomWithTwoIncidents();
    const file = expectOk(host.run('exportActions', { zone: 'UTC' }));
    expect(file.fileName).toBe('actions-2026-12-07.csv');
    expect(file.items).toBe(2);
    const lines = file.content.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Alert on queue depth');
  });
});
