/**
 * Roles, partners and status updates as every laptop folds them: the same
 * events in any order give the same holder, the same history and the same
 * timeline.
 */
import { describe, expect, it } from 'vitest';
import type { SignedEvent } from '../../../shared/events.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const incidentId = 'incident-roles';

function twoLaptops() {
  let clock = START;
  const now = () => clock;
  const ana = new SimulatedLaptop('Ana', now);
  const ben = new SimulatedLaptop('Ben', now);
  const declared = ana.record('incident.declared', { incidentId, title: 'Payments down', severity: 'SEV1', summary: '' });
  ben.hear(declared);
  return { ana, ben, declared, advance: (ms: number) => (clock += ms) };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('roles', () => {
  it('starts every incident with the three key roles vacant, and flags them', () => {
    const { declared } = twoLaptops();
    const incident = WarRoomProjection.rebuild([declared]).incident(incidentId)!;
    expect(incident.roles.map((role) => [role.name, role.holder])).toEqual([
      ['Coordinator', null],
      ['Reporter', null],
      ['Partner liaison', null],
    ]);
    expect(incident.vacantKeyRoles).toEqual(['Coordinator', 'Reporter', 'Partner liaison']);
  });

  it('records a hand-over with from, to, why and when, on the role and on the timeline', () => {
    const { ana, declared, advance } = twoLaptops();
    const first = ana.record('role.assigned', { incidentId, roleId: 'coordinator', person: 'Ana', personId: null, reason: '' });
    advance(60_000);
    const handOver = ana.record('role.assigned', { incidentId, roleId: 'coordinator', person: 'Chloé', personId: null, reason: 'Ana goes off shift' });
    const projection = WarRoomProjection.rebuild([declared, first, handOver]);
    const coordinator = projection.incident(incidentId)!.roles.find((role) => role.id === 'coordinator')!;
    expect(coordinator.holder).toBe('Chloé');
    expect(coordinator.since).toBe(START + 60_000);
    expect(coordinator.history.map(({ from, to, reason, at }) => ({ from, to, reason, at }))).toEqual([
      { from: null, to: 'Ana', reason: '', at: START },
      { from: 'Ana', to: 'Chloé', reason: 'Ana goes off shift', at: START + 60_000 },
    ]);
    expect(projection.incident(incidentId)!.vacantKeyRoles).toEqual(['Reporter', 'Partner liaison']);
    const texts = projection.timeline(incidentId).map((entry) => entry.text);
    expect(texts).toContain('Coordinator: Ana takes the role');
    expect(texts).toContain('Coordinator handed over: Ana → Chloé (Ana goes off shift)');
  });

  it('resolves two laptops assigning one role at the same moment to the same holder, in any arrival order, keeping both', () => {
    const { ana, ben, declared } = twoLaptops();
    const byAna = ana.record('role.assigned', { incidentId, roleId: 'reporter', person: 'Dev', personId: null, reason: '' });
    const byBen = ben.record('role.assigned', { incidentId, roleId: 'reporter', person: 'Eli', personId: null, reason: '' });
    const events: SignedEvent[] = [declared, byAna, byBen];
    const states = [0, 1, 2, 3, 4, 5].map((seed) => WarRoomProjection.rebuild(shuffled(events, seed)));
    const reporters = states.map((projection) => projection.incident(incidentId)!.roles.find((role) => role.id === 'reporter')!);
    expect(new Set(reporters.map((role) => role.holder)).size).toBe(1);
    expect(reporters[0]!.history.map((change) => change.to).sort()).toEqual(['Dev', 'Eli']);
    expect(new Set(states.map((projection) => projection.canonicalState())).size).toBe(1);
  });

  it('adds custom roles after the key ones, and a vacated key role is flagged again', () => {
    const { ana, declared, advance } = twoLaptops();
    const added = ana.record('role.added', { incidentId, roleId: 'role-scribe-1', name: 'Scribe', cardId: 'scribe' });
    const assigned = ana.record('role.assigned', { incidentId, roleId: 'partner-liaison', person: 'Fay', personId: null, reason: '' });
    advance(1_000);
    const vacated = ana.record('role.vacated', { incidentId, roleId: 'partner-liaison', reason: 'called away' });
    const incident = WarRoomProjection.rebuild([declared, added, assigned, vacated]).incident(incidentId)!;
    expect(incident.roles.map((role) => role.name)).toEqual(['Coordinator', 'Reporter', 'Partner liaison', 'Scribe']);
    expect(incident.roles[3]!.key).toBe(false);
    expect(incident.vacantKeyRoles).toContain('Partner liaison');
    expect(incident.roles[2]!.history.at(-1)).toMatchObject({ from: 'Fay', to: null, reason: 'called away' });
  });

  it('does not flag vacant roles on a resolved incident', () => {
    const { ana, declared } = twoLaptops();
    const resolved = ana.record('incident.status_changed', { incidentId, status: 'resolved', reopened: false });
    expect(WarRoomProjection.rebuild([declared, resolved]).incident(incidentId)!.vacantKeyRoles).toEqual([]);
  });
});

describe('partners and status updates', () => {
  it('keeps each engagement level change with its reason, and puts it on the timeline', () => {
    const { ana, declared, advance } = twoLaptops();
    const engaged = ana.record('partner.engagement_changed', {
      incidentId,
      partnerId: 'partner-bank',
      partnerName: 'Northbank',
      level: 'information',
      reason: '',
    });
    advance(5_000);
    const raised = ana.record('partner.engagement_changed', {
      incidentId,
      partnerId: 'partner-bank',
      partnerName: 'Northbank',
      level: 'working-group',
      reason: 'card payments fail at their gateway',
    });
    const projection = WarRoomProjection.rebuild([declared, raised, engaged]);
    const [bank] = projection.incident(incidentId)!.partners;
    expect(bank).toMatchObject({ partnerName: 'Northbank', level: 'working-group', since: START + 5_000 });
    expect(bank!.history.map((change) => [change.from, change.to])).toEqual([
      [null, 'information'],
      ['information', 'working-group'],
    ]);
    expect(projection.timeline(incidentId).map((entry) => entry.text)).toContain(
      'Partner Northbank: Information → Working group (card payments fail at their gateway)',
    );
  });

  it('lists published updates with their audience and promised next time', () => {
    const { ana, declared } = twoLaptops();
    const update = ana.record('status_update.published', {
      incidentId,
      updateId: 'update-0001',
      audience: 'customers',
      text: 'Card payments are failing; we are working on it.',
      templateId: null,
      nextUpdateAt: START + 30 * 60_000,
    });
    const projection = WarRoomProjection.rebuild([declared, update, update]);
    expect(projection.incident(incidentId)!.statusUpdates).toEqual([
      expect.objectContaining({ audience: 'customers', by: 'Ana', nextUpdateAt: START + 30 * 60_000 }),
    ]);
    expect(projection.timeline(incidentId).at(-1)).toMatchObject({ kind: 'update', text: 'Status update to Customers: Card payments are failing; we are working on it.' });
  });
});

describe('the roster', () => {
  const fields = { team: 'Payments', phone: '+33 1 23 45 67 89', email: 'ana@example.org', chat: '@ana', notes: '', onCall: true, phones: [], emails: [] };

  it('keeps the later save of one person in the agreed order, and a later delete removes them', () => {
    const { ana, ben, advance } = twoLaptops();
    const saved = ana.record('person.saved', { personId: 'person-ana', name: 'Ana', ...fields });
    advance(1_000);
    const edited = ben.record('person.saved', { personId: 'person-ana', name: 'Ana Lima', ...fields, onCall: false });
    for (const order of [[saved, edited], [edited, saved]]) {
      const people = WarRoomProjection.rebuild(order).people();
      expect(people).toEqual([expect.objectContaining({ id: 'person-ana', name: 'Ana Lima', onCall: false, updatedBy: 'Ben' })]);
    }
    advance(1_000);
    const deleted = ana.record('person.deleted', { personId: 'person-ana' });
    expect(WarRoomProjection.rebuild([deleted, edited, saved]).people()).toEqual([]);
  });

  it('lists partners by name with their contacts', () => {
    const { ana } = twoLaptops();
    const contacts = [{ name: 'Gus', role: 'Duty manager', phone: '+44 20 7946 0000', email: '' }];
    const events = [
      ana.record('partner.saved', { partnerId: 'partner-zeta', name: 'Zeta Cloud', kind: 'provider', provides: 'Compute', contacts, notes: '' }),
      ana.record('partner.saved', { partnerId: 'partner-alpha', name: 'alpha bank', kind: 'bank', provides: 'Card acquiring', contacts: [], notes: '' }),
    ];
    expect(WarRoomProjection.rebuild(events).partners().map((partner) => partner.name)).toEqual(['alpha bank', 'Zeta Cloud']);
    expect(WarRoomProjection.rebuild(events).partner('partner-zeta')!.contacts).toEqual(contacts);
  });
});
