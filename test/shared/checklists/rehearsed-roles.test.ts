/**
 * When each person last rehearsed each role: built from the participants
 * recorded on drills, the latest drill per person and role, one person
 * whether named by roster id or by name; who held a role during a drill (to
 * prefill who took part); and what a new record would add to what is known.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload, EventType, SignedEvent } from '../../../shared/events.js';
import {
  drillRoleHolders,
  keyRolesNeverRehearsed,
  participantsToAdd,
  rehearsalsOfPerson,
  rehearsedRoles,
} from '../../../shared/checklists/rehearsed-roles.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 11, 1, 9, 0, 0);

function room() {
  let clock = START;
  const ana = new SimulatedLaptop('Ana', () => clock);
  const events: SignedEvent[] = [];
  const record = <T extends EventType>(type: T, payload: EventPayload<T>) => events.push(ana.record(type, payload));
  const drill = (incidentId: string, at: number, runbookId = 'database-failover') => {
    clock = at;
    record('incident.declared', { incidentId, title: `Drill: ${runbookId}`, severity: 'SEV2', summary: '', drill: { runbookId, targetMs: null } });
  };
  const later = (ms: number) => {
    clock += ms;
  };
  const incidents = () => WarRoomProjection.rebuild(events).incidentList();
  return { record, drill, later, incidents, events };
}

describe('rehearsedRoles', () => {
  it('keeps, per person and role, the latest drill they rehearsed it in', () => {
    const { record, drill, incidents } = room();
    drill('incident-old', START);
    record('drill.participants_recorded', { incidentId: 'incident-old', participants: [{ personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator', 'Reporter'] }] });
    drill('incident-new', START + 30 * DAY, 'release-rollback');
    record('drill.participants_recorded', { incidentId: 'incident-new', participants: [{ personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator'] }] });

    expect(rehearsedRoles(incidents()).map(({ role, incidentId, runbookId, lastAt }) => ({ role, incidentId, runbookId, lastAt }))).toEqual([
      { role: 'Coordinator', incidentId: 'incident-new', runbookId: 'release-rollback', lastAt: START + 30 * DAY },
      { role: 'Reporter', incidentId: 'incident-old', runbookId: 'database-failover', lastAt: START },
    ]);
  });

  it('counts a person named by roster id once however often they are recorded, and a name-only person by name whatever its case', () => {
    const { record, drill, incidents } = room();
    drill('incident-drill', START);
    record('drill.participants_recorded', { incidentId: 'incident-drill', participants: [{ personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator'] }, { personId: null, name: 'Bo', roles: ['Reporter'] }] });
    record('drill.participants_recorded', { incidentId: 'incident-drill', participants: [{ personId: 'person-ana', name: 'Ana Ruiz', roles: ['Scribe'] }, { personId: null, name: 'bo', roles: ['Partner liaison'] }] });

    const [drilled] = incidents();
    expect(drilled!.drill!.participants).toEqual([
      { personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator', 'Scribe'] },
      { personId: null, name: 'bo', roles: ['Reporter', 'Partner liaison'] },
    ]);
    expect(rehearsedRoles(incidents()).map(({ name, role }) => `${name}: ${role}`)).toEqual(['Ana Ruiz: Coordinator', 'Ana Ruiz: Scribe', 'bo: Partner liaison', 'bo: Reporter']);
  });

  it('counts a stopped drill and one still running, and leaves out real incidents and drills nobody recorded', () => {
    const { record, drill, incidents } = room();
    drill('incident-stopped', START);
    record('drill.participants_recorded', { incidentId: 'incident-stopped', participants: [{ personId: null, name: 'Cy', roles: ['Coordinator'] }] });
    record('drill.stopped', { incidentId: 'incident-stopped', reason: 'real incident declared' });
    drill('incident-running', START + DAY);
    record('drill.participants_recorded', { incidentId: 'incident-running', participants: [{ personId: null, name: 'Dee', roles: ['Reporter'] }] });
    drill('incident-nobody', START + 2 * DAY);
    record('incident.declared', { incidentId: 'incident-real', title: 'Card payments failing', severity: 'SEV1', summary: '' });

    expect(rehearsedRoles(incidents()).map(({ name, drillState }) => `${name} ${drillState}`)).toEqual(['Cy stopped', 'Dee running']);
  });
});

describe('one person’s rehearsals', () => {
  it('joins what was recorded under their roster id and under their name alone, latest first, and names the key roles never rehearsed', () => {
    const { record, drill, incidents } = room();
    drill('incident-first', START);
    record('drill.participants_recorded', { incidentId: 'incident-first', participants: [{ personId: null, name: 'ana ruiz', roles: ['Coordinator'] }] });
    drill('incident-second', START + DAY);
    record('drill.participants_recorded', { incidentId: 'incident-second', participants: [{ personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator', 'Database lead'] }, { personId: 'person-bo', name: 'Ana Ruiz', roles: ['Reporter'] }] });

    const theirs = rehearsalsOfPerson({ id: 'person-ana', name: 'Ana Ruiz' }, rehearsedRoles(incidents()));
    expect(theirs.map(({ role, incidentId }) => `${role} in ${incidentId}`)).toEqual(['Coordinator in incident-second', 'Database lead in incident-second']);
    expect(keyRolesNeverRehearsed(theirs)).toEqual(['Reporter', 'Partner liaison']);
    expect(keyRolesNeverRehearsed([])).toEqual(['Coordinator', 'Reporter', 'Partner liaison']);
  });
});

describe('drillRoleHolders', () => {
  it('names everyone who held a role while the drill ran, with each role, and nobody handed one after it ended', () => {
    const { record, drill, later, events } = room();
    drill('incident-drill', START);
    later(60_000);
    record('role.assigned', { incidentId: 'incident-drill', roleId: 'coordinator', person: 'Ana Ruiz', personId: 'person-ana', reason: '' });
    later(60_000);
    record('role.assigned', { incidentId: 'incident-drill', roleId: 'reporter', person: 'Ana Ruiz', personId: 'person-ana', reason: '' });
    later(60_000);
    record('role.assigned', { incidentId: 'incident-drill', roleId: 'coordinator', person: 'Bo', personId: null, reason: 'Ana goes off shift' });
    later(60_000);
    record('role.vacated', { incidentId: 'incident-drill', roleId: 'reporter', reason: '' });
    later(60_000);
    record('drill.stopped', { incidentId: 'incident-drill', reason: 'enough for today' });
    later(60_000);
    record('role.assigned', { incidentId: 'incident-drill', roleId: 'partner-liaison', person: 'Cy', personId: null, reason: '' });

    const incident = WarRoomProjection.rebuild(events).incident('incident-drill')!;
    expect(drillRoleHolders(incident)).toEqual([
      { personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator', 'Reporter'] },
      { personId: null, name: 'Bo', roles: ['Coordinator'] },
    ]);
  });
});

describe('participantsToAdd', () => {
  const recorded = [{ personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator'] }];

  it('keeps only the roles not yet recorded, and a new person even with no role', () => {
    expect(
      participantsToAdd(
        [
          { personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator', 'Reporter'] },
          { personId: null, name: 'Bo', roles: [] },
        ],
        recorded,
      ),
    ).toEqual([
      { personId: 'person-ana', name: 'Ana Ruiz', roles: ['Reporter'] },
      { personId: null, name: 'Bo', roles: [] },
    ]);
  });

  it('is empty when everyone named is already recorded with those roles', () => {
    expect(participantsToAdd([{ personId: 'person-ana', name: 'Ana Ruiz', roles: [] }], recorded)).toEqual([]);
    expect(participantsToAdd([{ personId: 'person-ana', name: 'Ana Ruiz', roles: ['Coordinator'] }], recorded)).toEqual([]);
  });
});
