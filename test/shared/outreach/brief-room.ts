/**
 * An incident to draft shift briefs from, built from real signed events with
 * a clock moved by hand: Ana coordinating, Rui reporting, Lea talking to a
 * bank; a failover checklist with steps of each; two services on the board;
 * notes over the last hours.
 */
import type { EventPayload } from '../../../shared/events.js';
import { DECLARED_AT, FixtureRoom } from '../postmortem/postmortem-fixture.js';

export const ID = 'ledger-outage';
export const MINUTE = 60_000;
/** Declared at 13:40 UTC; the brief is drafted 5 hours later, at 18:40 UTC. */
export const NOW = DECLARED_AT + 300 * MINUTE;

type StepSpec = EventPayload<'checklist.attached'>['steps'][number];
const step = (stepId: string, title: string, role: string | null, restores: string[] = []): StepSpec => ({
  stepId,
  title,
  details: '',
  needs: [],
  role,
  expectMs: null,
  links: [],
  phase: null,
  restores,
});

const service = (serviceId: string, name: string) => ({
  serviceId,
  name,
  team: '',
  tier: 1,
  dependsOn: [],
  check: '',
  checkStep: null,
  customerFacing: true,
  freshnessMs: 15 * MINUTE,
  restartMs: null,
  confirm: 'one' as const,
});

export function briefRoom(): FixtureRoom {
  const room = new FixtureRoom();
  const ana = room.laptop('Ana');
  const rui = room.laptop('Rui');
  const lea = room.laptop('Lea');
  room.at(0).record(ana, 'incident.declared', { incidentId: ID, title: 'Ledger down', severity: 'SEV1', summary: '' });
  room.at(1).record(ana, 'role.assigned', { incidentId: ID, roleId: 'coordinator', person: 'Ana', personId: null, reason: '' });
  room.at(2).record(ana, 'role.assigned', { incidentId: ID, roleId: 'reporter', person: 'Rui', personId: null, reason: '' });
  room.at(3).record(ana, 'checklist.attached', {
    incidentId: ID,
    checklistId: 'failover',
    runbookId: 'database-failover',
    title: 'Database failover',
    targetMs: null,
    steps: [
      step('decide-failover', 'Decide to fail over', 'coordinator'),
      step('promote-replica', 'Promote the replica', 'database-lead', ['ledger-db']),
      step('post-update', 'Tell customers', 'reporter'),
      step('call-bank', 'Call the bank', null),
      step('fence-primary', 'Fence the old primary', 'coordinator'),
    ],
  });
  room.at(4).record(ana, 'services.scoped', { incidentId: ID, services: [service('ledger-db', 'Ledger database'), service('card-api', 'Card API')], reason: '' });
  room.at(5).record(ana, 'step.status_changed', { incidentId: ID, checklistId: 'failover', stepId: 'fence-primary', status: 'done', reason: '', override: false });
  room.at(6).record(ana, 'step.assigned', { incidentId: ID, checklistId: 'failover', stepId: 'promote-replica', person: 'ana', personId: null });
  room.at(7).record(ana, 'step.status_changed', { incidentId: ID, checklistId: 'failover', stepId: 'promote-replica', status: 'blocked', reason: 'replica lags 20 min', override: false });
  room.at(8).record(ana, 'step.assigned', { incidentId: ID, checklistId: 'failover', stepId: 'call-bank', person: 'Lea', personId: null });
  room.at(9).record(lea, 'partner.engagement_changed', { incidentId: ID, partnerId: 'north-bank', partnerName: 'North Bank', level: 'working-group', reason: 'Their clearing is stuck' });
  room.at(10).record(rui, 'status_update.published', { incidentId: ID, updateId: 'update-1', audience: 'customers', text: 'We are looking into it.', templateId: null, nextUpdateAt: NOW + 20 * MINUTE });
  room.at(30).record(rui, 'timeline.noted', { incidentId: ID, entryId: 'early-note', kind: 'note', text: 'Long ago: alerts fired', happenedAt: null });
  room.at(250).record(ana, 'service.checked', { incidentId: ID, serviceId: 'card-api', state: 'up', evidence: 'paid 1 EUR', override: false, reason: '' });
  room.at(280).record(rui, 'timeline.noted', { incidentId: ID, entryId: 'recent-note', kind: 'decision', text: 'Wait for the replica', happenedAt: null });
  room.at(290).record(ana, 'service.checked', { incidentId: ID, serviceId: 'ledger-db', state: 'down', evidence: '', override: false, reason: '' });
  room.at(300);
  return room;
}
