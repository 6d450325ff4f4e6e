/**
 * fast-check arbitraries for every event type, so a failing case shrinks to
 * the few events that matter. Ids come from small pools, so events refer to
 * one another as a war room's do: notes and edits of the same entry, steps
 * of the same checklist, the same role handed over, the same person saved
 * and deleted. An entry or a checklist mostly names the incident its id
 * was made in, as the host makes them; now and then another incident, as a
 * member who holds the secret but lies (or a buggy laptop) could write.
 *
 * The table is keyed by event type: a new type does not compile until it
 * has its arbitrary here.
 */
import fc from 'fast-check';
import { ACTION_STATUSES, ENTRY_KINDS, EVENT_TYPES, STEP_STATUSES, type EventPayload, type EventType } from '../../shared/events.js';
import { encodeHlc } from '../../shared/hlc.js';
import { AUDIENCES } from '../../shared/updates/audience.js';
import { ENGAGEMENT_LEVELS, PARTNER_KINDS } from '../../shared/people/engagement.js';
import { MILESTONES } from '../../shared/postmortem/milestones.js';
import { ACTION_KINDS, REVIEW_SECTIONS } from '../../shared/postmortem/review.js';
import { KEY_ROLES } from '../../shared/roles/roles.js';
import { SEVERITIES } from '../../shared/severity.js';
import { INCIDENT_STATUSES } from '../../shared/status.js';
import { SERVICE_STATES } from '../../shared/services/service-state.js';
import { CALLOUT_STATES, CHANNEL_KINDS, CHANNEL_STATES, DELIVERY_OUTCOMES, PROMISE_OUTCOMES } from '../../shared/outreach/vocabulary.js';

/** Around when the simulated war room happens (late 2026). */
export const ROOM_START = 1_795_000_000_000;

const INCIDENTS = ['incident-north', 'incident-south'] as const;
const ofIncident = (name: string, count: number) => INCIDENTS.flatMap((incidentId) => Array.from({ length: count }, (_, n) => ({ incidentId, id: `${incidentId}-${name}-${n + 1}` })));
const ENTRIES = ofIncident('entry', 3);
const CHECKLISTS = ofIncident('checklist', 2);
const STEPS = ['step-alpha', 'step-bravo', 'step-charlie', 'step-delta'] as const;
const ROLES = [...KEY_ROLES.map((role) => role.id), 'role-scribe', 'role-operations'];
const PEOPLE = [
  { personId: 'person-ana', name: 'Ana' },
  { personId: 'person-bo', name: 'Bo' },
  { personId: 'person-chen', name: 'Chen' },
] as const;
const PARTNERS = [
  { partnerId: 'partner-bank', name: 'North Bank' },
  { partnerId: 'partner-cloud', name: 'Cloud Hosting' },
] as const;
const DEVICES = ['A'.repeat(43), 'b-'.repeat(21) + 'c'] as const;

const incidentId = fc.constantFrom(...INCIDENTS);
/** An id of the pool, mostly with the incident it was made in, sometimes with the other one. */
const reusedNowAndThen = (pool: readonly { incidentId: string; id: string }[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 9 },
    { arbitrary: fc.record({ incidentId, id: fc.constantFrom(...pool.map((item) => item.id)) }), weight: 1 },
  );
const entry = reusedNowAndThen(ENTRIES);
const checklist = reusedNowAndThen(CHECKLISTS);
const stepId = fc.constantFrom(...STEPS);
const roleId = fc.constantFrom(...ROLES);
const person = fc.constantFrom(...PEOPLE);
const partner = fc.constantFrom(...PARTNERS);
const text = fc.constantFrom('primary database down', 'ünïcödé 障害 ✍', 'failover done', 'checked the dashboards by hand');
const reason = fc.constantFrom('', 'scope grew', 'wrong host');
const id = (prefix: string) => fc.integer({ min: 1, max: 3 }).map((n) => `${prefix}-${n}`);
const moment = fc.integer({ min: ROOM_START - 3_600_000, max: ROOM_START + 3_600_000 });
const durationMs = fc.integer({ min: 0, max: 3_600_000 });

const stepSpec = fc.record({
  stepId,
  title: text,
  details: fc.constantFrom('', 'see the runbook'),
  needs: fc.subarray([...STEPS], { maxLength: 2 }),
  role: fc.option(roleId, { nil: null }),
  expectMs: fc.option(durationMs, { nil: null }),
  links: fc.array(fc.record({ text: fc.constantFrom('', 'dashboard'), url: fc.constantFrom('https://status.example.org/') }), { maxLength: 1 }),
  phase: fc.option(fc.constantFrom('Contain', 'Recover'), { nil: null }),
  confirm: fc.constantFrom('one', 'two'),
  restores: fc.subarray(['dns', 'ldap-directory']),
}, { requiredKeys: ['stepId', 'title', 'details', 'needs', 'role', 'expectMs', 'links', 'phase'] });

const SERVICES = ['dns', 'ldap-directory', 'checkout-web'] as const;
const serviceId = fc.constantFrom(...SERVICES);
const serviceSpec = fc.record({
  serviceId,
  name: fc.constantFrom('Internal DNS', 'Directory ünïcödé', 'Checkout'),
  team: fc.constantFrom('', 'Network', 'Payments'),
  tier: fc.integer({ min: 1, max: 3 }),
  dependsOn: fc.subarray([...SERVICES], { maxLength: 2 }),
  check: fc.constantFrom('', 'dig @10.0.0.53 example.internal'),
  checkStep: fc.option(fc.record({ runbookId: id('runbook'), stepId }), { nil: null }),
  customerFacing: fc.boolean(),
  freshnessMs: fc.constantFrom(300_000, 900_000),
  restartMs: fc.option(durationMs, { nil: null }),
  confirm: fc.constantFrom('one', 'two'),
});
/** Stamps a confirmation may name: mostly ones of the simulated room's moments, so some match a real change. */
const stampRef = moment.map((wall) => encodeHlc({ wall, counter: 0 }));

const contactField = fc.constantFrom('', '+44 20 7946 0000', 'ops@example.org');

const channelSpec = fc.record({
  channelId: fc.constantFrom('email', 'sms', 'phone-tree'),
  name: fc.constantFrom('E-mail', 'SMS ünïcödé', 'Phone tree'),
  kind: fc.constantFrom(...CHANNEL_KINDS),
  freshnessMs: fc.constantFrom(600_000, 1_800_000),
});
const audienceId = fc.constantFrom('internal', 'management', 'regulator');
const RECIPIENT_KEYS = ['person:person-ana', 'team:Payments', 'partner:partner-bank', 'other:desk-1'] as const;
const recipient = fc.constantFrom(
  { key: 'person:person-ana', kind: 'person' as const, name: 'Ana', personId: 'person-ana', partnerId: null, team: '', email: '', phone: '', chat: '' },
  { key: 'team:Payments', kind: 'team' as const, name: 'Payments', personId: null, partnerId: null, team: 'Payments', email: '', phone: '', chat: '' },
  { key: 'partner:partner-bank', kind: 'partner' as const, name: 'North Bank', personId: null, partnerId: 'partner-bank', team: '', email: '', phone: '', chat: '' },
  { key: 'other:desk-1', kind: 'other' as const, name: 'Front desk ünïcödé', personId: null, partnerId: null, team: '', email: 'desk@example.org', phone: '+44 20 7946 0000', chat: '' },
);
const recipientKey = fc.constantFrom(...RECIPIENT_KEYS);
const callee = fc.record({
  key: recipientKey,
  name: fc.constantFrom('Ana', 'Bo', 'North Bank desk'),
  personId: fc.option(fc.constantFrom('person-ana', 'person-bo'), { nil: null }),
  partnerId: fc.option(fc.constantFrom('partner-bank'), { nil: null }),
  why: fc.constantFrom('', 'on call for Payments'),
  chain: fc.constantFrom('', 'Payments'),
  rank: fc.integer({ min: 0, max: 2 }),
  phone: contactField,
  email: contactField,
});
const briefSection = fc.record({ heading: fc.constantFrom('Steps open', 'Promises due'), items: fc.array(text, { maxLength: 2 }) });

const publicImpact = fc.constantFrom('', 'Some card payments fail', 'ünïcödé 障害: retry later');


export const PAYLOADS: { readonly [T in EventType]: fc.Arbitrary<EventPayload<T>> } = {
  'incident.declared': fc.record(
    {
      incidentId,
      title: text,
      severity: fc.constantFrom(...SEVERITIES),
      summary: fc.constantFrom('', 'payments fail for a third of customers'),
      publicImpact,
      drill: fc.option(fc.record({ runbookId: id('runbook'), targetMs: fc.option(durationMs, { nil: null }) }), { nil: null }),
    },
    { requiredKeys: ['incidentId', 'title', 'severity', 'summary'] },
  ),
  'drill.stopped': fc.record({ incidentId, reason }),
  'checklist.attached': fc.record({
    checklist,
    runbookId: id('runbook'),
    title: text,
    targetMs: fc.option(durationMs, { nil: null }),
    steps: fc.uniqueArray(stepSpec, { minLength: 1, maxLength: 4, selector: (spec) => spec.stepId }),
  }).map(({ checklist: { incidentId, id: checklistId }, ...rest }) => ({ incidentId, checklistId, ...rest })),
  'checklist.step_added': fc.tuple(checklist, stepSpec).map(([{ incidentId, id: checklistId }, step]) => ({ incidentId, checklistId, step })),
  'step.status_changed': fc
    .record({ checklist, stepId, status: fc.constantFrom(...STEP_STATUSES), reason, override: fc.boolean() })
    .map(({ checklist: { incidentId, id: checklistId }, ...rest }) => ({ incidentId, checklistId, ...rest })),
  'step.assigned': fc
    .record({ checklist, stepId, person: fc.option(person, { nil: null }) })
    .map(({ checklist: { incidentId, id: checklistId }, stepId, person }) => ({ incidentId, checklistId, stepId, person: person?.name ?? null, personId: person?.personId ?? null })),
  'step.noted': fc.record({ checklist, stepId, text }).map(({ checklist: { incidentId, id: checklistId }, ...rest }) => ({ incidentId, checklistId, ...rest })),
  'step.checked_by_hand': fc
    .record({ checklist, stepId, checked: fc.boolean() })
    .map(({ checklist: { incidentId, id: checklistId }, ...rest }) => ({ incidentId, checklistId, ...rest })),
  'incident.status_changed': fc.record({ incidentId, status: fc.constantFrom(...INCIDENT_STATUSES), reopened: fc.boolean() }),
  'incident.severity_changed': fc.record({ incidentId, severity: fc.constantFrom(...SEVERITIES), reason }),
  'incident.public_impact_changed': fc.record({ incidentId, publicImpact }),
  'timeline.noted': fc
    .record({ entry, kind: fc.constantFrom(...ENTRY_KINDS), text, happenedAt: fc.option(moment, { nil: null }) })
    .map(({ entry: { incidentId, id: entryId }, ...rest }) => ({ incidentId, entryId, ...rest })),
  'timeline.edited': fc
    .record({ entry, kind: fc.constantFrom(...ENTRY_KINDS), text, happenedAt: fc.option(moment, { nil: null }) })
    .map(({ entry: { incidentId, id: entryId }, ...rest }) => ({ incidentId, entryId, ...rest })),
  'timeline.struck': fc.record({ entry, reason }).map(({ entry: { incidentId, id: entryId }, reason }) => ({ incidentId, entryId, reason })),
  'timeline.restored': entry.map(({ incidentId, id: entryId }) => ({ incidentId, entryId })),
  'role.added': fc.record({ incidentId, roleId, name: fc.constantFrom('Scribe', 'Operations lead'), cardId: fc.option(id('card'), { nil: null }) }),
  'role.assigned': fc
    .record({ incidentId, roleId, holder: fc.oneof(person, fc.constant({ personId: null, name: 'Someone off the roster' })), reason })
    .map(({ holder, ...rest }) => ({ ...rest, person: holder.name, personId: holder.personId })),
  'role.vacated': fc.record({ incidentId, roleId, reason }),
  'person.saved': fc.record({
    person,
    team: contactField,
    phone: contactField,
    email: contactField,
    chat: contactField,
    notes: fc.constantFrom('', 'on call this week'),
    onCall: fc.boolean(),
    phones: fc.array(fc.record({ type: fc.constantFrom('', 'cell', 'work', 'home'), value: contactField }), { maxLength: 3 }),
    emails: fc.array(fc.record({ type: fc.constantFrom('', 'work', 'home'), value: contactField }), { maxLength: 2 }),
  }).map(({ person, ...rest }) => ({ ...person, ...rest })),
  'person.deleted': person.map(({ personId }) => ({ personId })),
  'partner.saved': fc
    .record({
      partner,
      kind: fc.constantFrom(...PARTNER_KINDS),
      provides: fc.constantFrom('', 'card payments'),
      contacts: fc.array(fc.record({ name: fc.constantFrom('Dee', 'Eli'), role: contactField, phone: contactField, email: contactField }), { maxLength: 2 }),
      notes: fc.constantFrom('', 'call before 18:00'),
    })
    .map(({ partner, ...rest }) => ({ ...partner, ...rest })),
  'partner.deleted': partner.map(({ partnerId }) => ({ partnerId })),
  'partner.engagement_changed': fc
    .record({ incidentId, partner, level: fc.constantFrom(...ENGAGEMENT_LEVELS), reason })
    .map(({ partner, ...rest }) => ({ ...rest, partnerId: partner.partnerId, partnerName: partner.name })),
  'status_update.published': fc.record({
    incidentId,
    updateId: id('update'),
    audience: fc.constantFrom(...AUDIENCES),
    text,
    templateId: fc.option(id('template'), { nil: null }),
    nextUpdateAt: fc.option(moment, { nil: null }),
  }),
  'incident.milestone_set': fc.record({ incidentId, milestone: fc.constantFrom(...MILESTONES), at: fc.option(moment, { nil: null }), reason }),
  'timeline.starred': fc.record({ entry, starred: fc.boolean() }).map(({ entry: { incidentId, id }, starred }) => ({ incidentId, starredEntryId: id, starred })),
  'postmortem.section_written': fc.record({
    incidentId,
    section: fc.constantFrom(...REVIEW_SECTIONS),
    text: fc.constantFrom('', 'the failover was slow'),
    // A version's stamp: which one a writer saw decides whether another was written at once.
    replaces: fc.option(moment.map((wall) => encodeHlc({ wall, counter: 0 })), { nil: null }),
  }),
  'postmortem.action_saved': fc.record({
    incidentId,
    actionId: id('action'),
    what: text,
    owner: fc.constantFrom('Ana', 'Bo'),
    ownerPersonId: fc.option(fc.constantFrom('person-ana', 'person-bo'), { nil: null }),
    due: fc.option(fc.constantFrom('2026-12-24', '2027-01-31'), { nil: null }),
    kind: fc.constantFrom(...ACTION_KINDS),
  }),
  'postmortem.action_removed': fc.record({ incidentId, actionId: id('action') }),
  'step.confirmed': fc
    .record({ checklist, stepId, confirms: stampRef })
    .map(({ checklist: { incidentId, id: checklistId }, ...rest }) => ({ incidentId, checklistId, ...rest })),
  'services.scoped': fc.record({ incidentId, services: fc.uniqueArray(serviceSpec, { minLength: 1, maxLength: 3, selector: (spec) => spec.serviceId }), reason }),
  'service.unscoped': fc.record({ incidentId, serviceId, reason }),
  'service.checked': fc.record({
    incidentId,
    serviceId,
    state: fc.constantFrom(...SERVICE_STATES),
    evidence: fc.constantFrom('', 'dig answers from both resolvers'),
    override: fc.boolean(),
    reason,
  }),
  'service.confirmed': fc.record({ incidentId, serviceId, confirms: stampRef }),
  'channel.marked': fc.record({ incidentId, channel: channelSpec, state: fc.constantFrom(...CHANNEL_STATES), note: reason }),
  'audience.added': fc.record({ incidentId, audienceId, name: fc.constantFrom('Regulator', 'Board ünïcödé') }),
  'audience.recipients_added': fc.record({ incidentId, audienceId, recipients: fc.uniqueArray(recipient, { minLength: 1, maxLength: 3, selector: (one) => one.key }) }),
  'audience.recipient_removed': fc.record({ incidentId, audienceId, recipientKey }),
  'update.deliveries_recorded': fc.record(
    {
      incidentId,
      updateId: id('update'),
      deliveries: fc.array(
        fc.record(
          {
            recipientKey,
            recipientName: fc.constantFrom('Ana', 'North Bank'),
            channelId: fc.constantFrom('email', 'sms'),
            outcome: fc.constantFrom(...DELIVERY_OUTCOMES),
            channelName: fc.constantFrom('E-mail', 'SMS'),
          },
          { requiredKeys: ['recipientKey', 'recipientName', 'channelId', 'outcome'] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      note: reason,
      audienceName: fc.constantFrom('Management', 'Customers'),
    },
    { requiredKeys: ['incidentId', 'updateId', 'deliveries', 'note'] },
  ),
  'callout.listed': fc.record({
    incidentId,
    severity: fc.constantFrom(...SEVERITIES),
    escalateAfterMs: fc.constantFrom(300_000, 600_000),
    callees: fc.uniqueArray(callee, { minLength: 1, maxLength: 3, selector: (one) => one.key }),
    standby: fc.array(callee, { maxLength: 2 }),
    reason,
  }),
  'callout.progressed': fc.record({ incidentId, calleeKey: recipientKey, state: fc.constantFrom(...CALLOUT_STATES), note: reason }),
  'promise.made': fc.record({
    incidentId,
    promiseId: id('promise'),
    what: fc.constantFrom('ETA for payments by 16:00', 'call back ünïcödé'),
    to: fc.constantFrom('Management', 'North Bank'),
    madeBy: fc.constantFrom('Ana', 'Bo'),
    dueAt: moment,
    updateId: fc.option(id('update'), { nil: null }),
  }),
  'promise.due_changed': fc.record({ incidentId, promiseId: id('promise'), dueAt: moment, reason }),
  'promise.closed': fc.record({ incidentId, promiseId: id('promise'), outcome: fc.constantFrom(...PROMISE_OUTCOMES), reason }),
  'brief.written': fc.record({
    incidentId,
    briefId: id('brief'),
    roleId,
    roleName: fc.constantFrom('Coordinator', 'Reporter'),
    from: fc.option(fc.constantFrom('Ana', 'Bo'), { nil: null }),
    to: fc.option(fc.constantFrom('Bo', 'Chen'), { nil: null }),
    hours: fc.integer({ min: 1, max: 8 }),
    sections: fc.array(briefSection, { maxLength: 2 }),
    questions: fc.constantFrom('', 'Is the bank still waiting on us?'),
  }),
  'brief.acknowledged': fc.record({ incidentId, briefId: id('brief'), note: reason }),
  'action.status_changed': fc.record({ incidentId, actionId: id('action'), status: fc.constantFrom(...ACTION_STATUSES), reason }),
  'incident.categorised': fc.record({
    incidentId,
    causes: fc.uniqueArray(fc.constantFrom('change', 'capacity', 'dependency'), { maxLength: 2 }),
    services: fc.uniqueArray(serviceId, { maxLength: 2 }),
    reason,
  }),
  'readiness.answered': fc.record({
    team: fc.constantFrom('Payments', 'payments', 'Platform'),
    questionId: fc.constantFrom('coordinator-tonight', 'contacts-offline'),
    question: fc.constantFrom('Who is the coordinator tonight?', 'Where are the contacts if the directory is down?'),
    answer: text,
  }),
  'drill.participants_recorded': fc.record({
    incidentId,
    participants: fc.array(
      fc.record({
        personId: fc.option(fc.constantFrom('person-ana', 'person-bo'), { nil: null }),
        name: fc.constantFrom('Ana', 'Bo', 'ana'),
        roles: fc.uniqueArray(fc.constantFrom('Coordinator', 'Reporter'), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  'room.device_removed': fc.record({ device: fc.constantFrom(...DEVICES), upToSeq: fc.nat(5), reason: fc.constantFrom('laptop lost') }),
  'room.device_history_kept': fc.record({ device: fc.constantFrom(...DEVICES), upToSeq: fc.integer({ min: 1, max: 5 }), hash: fc.constantFrom('a'.repeat(64)) }),
};

/** An event to record: its type and payload. */
export type EventToRecord = { [T in EventType]: { readonly type: T; readonly payload: EventPayload<T> } }[EventType];

/** The events that bring a thing into being come more often, so that later events find something to act on. */
const CREATES: ReadonlySet<EventType> = new Set(['incident.declared', 'timeline.noted', 'checklist.attached', 'person.saved', 'partner.saved']);

// The compiler cannot pair a generic type with its payload inside the union; PAYLOADS' own type does.
const eventOf = <T extends EventType>(type: T) => PAYLOADS[type].map((payload) => ({ type, payload }) as EventToRecord);

export const anyEvent: fc.Arbitrary<EventToRecord> = fc.oneof(...EVENT_TYPES.map((type) => ({ arbitrary: eventOf(type), weight: CREATES.has(type) ? 3 : 1 })));
