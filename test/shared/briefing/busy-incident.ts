/**
 * A busy incident to brief management on, built from real signed events
 * with a fixed clock: a SEV1 two and a half hours in, two key roles held
 * (one picked from the roster, one typed by name) and one vacant, a
 * checklist with steps in progress, blocked, ready and waiting, services
 * in scope at every state, updates sent, partners engaged and released,
 * and promises made outside the room. Promises are put in the outreach
 * view by hand: the briefing reads the view, whatever folds it.
 */
import type { IncidentDetail } from '../../../shared/api.js';
import type { BriefingInput } from '../../../shared/briefing/briefing.js';
import type { EventPayload } from '../../../shared/events.js';
import type { PromiseView } from '../../../shared/projection/outreach-views.js';
import type { PartnerView, PersonView } from '../../../shared/projection/views.js';
import { DEFAULT_CADENCE_MINUTES } from '../../../shared/updates/cadence.js';
import { UTC_ZONE } from '../../../shared/time/export-time.js';
import { serviceSpec } from '../../support/service-specs.js';
import { DECLARED_AT, FixtureRoom } from '../postmortem/postmortem-fixture.js';

export { DECLARED_AT };
export const MINUTE = 60_000;
export const INCIDENT_ID = 'card-payments-eu';
export const TITLE = 'Card payments declined in the EU';
/** Two and a half hours after the declaration, when the page is made. */
export const NOW = DECLARED_AT + 150 * MINUTE;

type StepSpec = EventPayload<'checklist.attached'>['steps'][number];
const step = (stepId: string, title: string, needs: string[] = []): StepSpec => ({ stepId, title, details: '', needs, role: null, expectMs: 5 * MINUTE, links: [], phase: null });

export function person(id: string, name: string, phone: string, extra: Partial<PersonView> = {}): PersonView {
  return { id, name, team: 'Payments', phone, email: '', chat: '', notes: '', onCall: true, phones: [], emails: [], updatedAt: DECLARED_AT, updatedBy: 'Ana Lopez', ...extra };
}

export const ROSTER: readonly PersonView[] = [person('person-ana', 'Ana Lopez', '+34 600 111 222'), person('person-ben', 'Ben Okafor', '+44 7700 900 123')];

export const PARTNERS: readonly PartnerView[] = [
  {
    id: 'acquirer',
    name: 'Northbank Acquiring',
    kind: 'bank',
    provides: 'Card acquiring',
    contacts: [{ name: 'Duty manager', role: 'Operations', phone: '+49 30 555 0100', email: 'ops@northbank.example' }],
    notes: '',
    updatedAt: DECLARED_AT,
    updatedBy: 'Ana Lopez',
  },
];

export function promise(id: string, what: string, to: string, dueInMinutes: number, extra: Partial<PromiseView> = {}): PromiseView {
  return {
    id,
    what,
    to,
    madeBy: 'Ana Lopez',
    dueAt: DECLARED_AT + dueInMinutes * MINUTE,
    updateId: null,
    madeAt: DECLARED_AT + 60 * MINUTE,
    recordedBy: 'Ana Lopez',
    status: 'open',
    closed: null,
    laterCloses: [],
    dueChanges: [],
    ...extra,
  };
}

export const PROMISES: readonly PromiseView[] = [
  promise('eta-board', 'An ETA for full recovery', 'The board (via the CEO)', 180),
  promise('callback-bank', 'Call back with the failed transaction list', 'Northbank Acquiring', 140),
  promise('kept-one', 'First update to customers', 'Customers', 30, { status: 'kept', closed: { outcome: 'kept', at: DECLARED_AT + 25 * MINUTE, by: 'Ben Okafor', reason: '' } }),
];

export function busyIncident(title = TITLE): IncidentDetail {
  const room = new FixtureRoom();
  const ana = room.laptop('Ana Lopez');
  const ben = room.laptop('Ben Okafor');
  const id = INCIDENT_ID;
  room.at(0).record(ana, 'incident.declared', {
    incidentId: id,
    title,
    severity: 'SEV1',
    summary: 'About 40% of card payments in the EU are declined at authorisation since 02:10. The acquirer’s gateway drops our TLS sessions.',
  });
  room.at(1).record(ana, 'incident.public_impact_changed', { incidentId: id, publicImpact: 'Some card payments in the EU are declined. Bank transfers work.' });
  room.at(1).record(ana, 'role.assigned', { incidentId: id, roleId: 'coordinator', person: 'Ana Lopez', personId: 'person-ana', reason: '' });
  room.at(2).record(ana, 'role.assigned', { incidentId: id, roleId: 'reporter', person: 'Ben Okafor', personId: null, reason: '' });
  room.at(5).record(ana, 'checklist.attached', {
    incidentId: id,
    checklistId: 'gateway-failover',
    runbookId: 'payment-gateway-failover',
    title: 'Payment gateway failover',
    targetMs: 60 * MINUTE,
    steps: [
      step('freeze-deploys', 'Freeze deploys'),
      step('capture-tls', 'Capture failing TLS handshakes', ['freeze-deploys']),
      step('secondary-acquirer', 'Route EU cards to the secondary acquirer', ['freeze-deploys']),
      step('rotate-certs', 'Rotate the client certificates', ['freeze-deploys']),
      step('verify-payment', 'Verify a test payment end to end', ['secondary-acquirer', 'rotate-certs']),
    ],
  });
  const checklist = { incidentId: id, checklistId: 'gateway-failover' };
  room.at(6).record(ben, 'step.status_changed', { ...checklist, stepId: 'freeze-deploys', status: 'done', reason: '', override: false });
  room.at(8).record(ben, 'step.assigned', { ...checklist, stepId: 'secondary-acquirer', person: 'Ben Okafor', personId: null });
  room.at(8).record(ben, 'step.status_changed', { ...checklist, stepId: 'secondary-acquirer', status: 'in_progress', reason: '', override: false });
  room.at(9).record(ana, 'step.status_changed', { ...checklist, stepId: 'rotate-certs', status: 'blocked', reason: 'Waiting for the acquirer to accept the new CSR', override: false });
  room.at(10).record(ana, 'services.scoped', {
    incidentId: id,
    reason: '',
    services: [
      serviceSpec('checkout-web', 'Checkout', { tier: 1 }),
      serviceSpec('card-auth', 'Card authorisation', { tier: 1 }),
      serviceSpec('bank-transfers', 'Bank transfers', { tier: 1 }),
      serviceSpec('refunds', 'Refunds', { tier: 2 }),
      serviceSpec('reports', 'Merchant reports', { tier: 3 }),
    ],
  });
  room.at(20).record(ben, 'service.checked', { incidentId: id, serviceId: 'card-auth', state: 'up', evidence: 'An hour old', override: false, reason: '' });
  room.at(30).record(ana, 'partner.engagement_changed', { incidentId: id, partnerId: 'acquirer', partnerName: 'Northbank Acquiring', level: 'working-group', reason: 'Their gateway' });
  room.at(31).record(ana, 'partner.engagement_changed', { incidentId: id, partnerId: 'edge-cdn', partnerName: 'EdgeCDN', level: 'information', reason: '' });
  room.at(90).record(ana, 'partner.engagement_changed', { incidentId: id, partnerId: 'edge-cdn', partnerName: 'EdgeCDN', level: 'released', reason: 'Not their fault' });
  room.at(100).record(ben, 'status_update.published', {
    incidentId: id,
    updateId: 'update-management-2',
    audience: 'management',
    text: 'SEV1: 40% of EU card payments declined since 02:10.\nWe are moving EU cards to the secondary acquirer.',
    templateId: null,
    nextUpdateAt: DECLARED_AT + 160 * MINUTE,
  });
  room.at(140).record(ben, 'service.checked', { incidentId: id, serviceId: 'checkout-web', state: 'degraded', evidence: '4 in 10 payments fail', override: false, reason: '' });
  room.at(141).record(ben, 'service.checked', { incidentId: id, serviceId: 'bank-transfers', state: 'up', evidence: 'Test transfer went through', override: false, reason: '' });
  room.at(142).record(ben, 'service.checked', { incidentId: id, serviceId: 'refunds', state: 'down', evidence: 'Refund API 503', override: false, reason: '' });
  const detail = room.detail(id);
  return { ...detail, outreach: { ...detail.outreach, promises: PROMISES } };
}

export function busyBriefingInput(overrides: Partial<BriefingInput> = {}): BriefingInput {
  return { detail: busyIncident(), people: ROSTER, partners: PARTNERS, cadence: DEFAULT_CADENCE_MINUTES, now: NOW, zone: UTC_ZONE, ...overrides };
}
