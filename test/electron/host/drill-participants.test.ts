/**
 * Who took part in a drill, through the host: recorded with the roles each
 * person rehearsed, refused when it adds nothing or names someone no longer
 * on the roster; listed per person and role with the latest drill, synced to
 * a second laptop; and named in the drill's post-mortem.
 */
import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();
const DAY = 24 * 60 * 60 * 1000;

function drillRoom() {
  let now = Date.UTC(2026, 11, 3, 9, 0, 0);
  const host = hosts.openOn(folders.make(), { now: () => now, fallbackAuthor: 'Drill lead' });
  const ana = expectOk(host.run('savePerson', { name: 'Ana Ruiz', team: 'Payments', phone: '', email: '', chat: '', notes: '', onCall: true }));
  const { incidentId } = expectOk(host.run('startDrill', { runbookId: 'database-failover' }));
  return { host, ana, incidentId, clock: () => now, later: (ms: number) => (now += ms) };
}

describe('recording who took part in a drill', () => {
  it('keeps each person with the roles they rehearsed, in the roster’s spelling of their name', () => {
    const { host, ana, incidentId } = drillRoom();
    const incident = expectOk(
      host.run('recordDrillParticipants', {
        incidentId,
        participants: [
          { personId: ana.id, name: 'ana', roles: ['Coordinator'] },
          { name: 'Bo Lindqvist', roles: [] },
        ],
      }),
    );
    expect(incident.drill!.participants).toEqual([
      { personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator'] },
      { personId: null, name: 'Bo Lindqvist', roles: [] },
    ]);

    const again = expectOk(host.run('recordDrillParticipants', { incidentId, participants: [{ personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator', 'Reporter'] }] }));
    expect(again.drill!.participants[0]).toEqual({ personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator', 'Reporter'] });
  });

  it('says so when the record adds nothing, names a roster id nobody has, and refuses a real incident', () => {
    const { host, ana, incidentId } = drillRoom();
    expectOk(host.run('recordDrillParticipants', { incidentId, participants: [{ personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator'] }] }));

    const nothing = expectFailure(host.run('recordDrillParticipants', { incidentId, participants: [{ personId: ana.id, name: 'Ana Ruiz', roles: [] }] }));
    expect(nothing).toMatchObject({ code: 'conflict', message: 'Ana Ruiz is already recorded as taking part: nothing to add.' });
    expect(expectFailure(host.run('recordDrillParticipants', { incidentId, participants: [{ personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator'] }] })).message).toBe(
      'Ana Ruiz is already recorded as taking part with those roles: nothing to add.',
    );

    const gone = expectFailure(host.run('recordDrillParticipants', { incidentId, participants: [{ name: 'Bo', roles: [] }, { personId: 'person-gone', name: 'Cy', roles: ['Reporter'] }] }));
    expect(gone).toMatchObject({ code: 'not_found', path: ['participants', 1, 'personId'] });
    expect(gone.message).toMatch(/^Nobody with id person-gone is on the roster \(Cy may have been deleted\)/);

    expect(expectFailure(host.run('recordDrillParticipants', { incidentId, participants: [] })).message).toMatch(/Name at least one person who took part/);
    const real = expectOk(host.run('declareIncident', { title: 'Card payments failing', severity: 'SEV1' }));
    expect(expectFailure(host.run('recordDrillParticipants', { incidentId: real.incidentId, participants: [{ name: 'Bo', roles: [] }] })).message).toMatch(/not a drill/);
    // Nothing refused reached the log: Ana is still the only one recorded.
    expect(expectOk(host.run('getIncident', { incidentId })).incident.drill!.participants).toHaveLength(1);
  });
});

describe('listRehearsals', () => {
  it('gives, per person and role, the latest drill, on this laptop and on one that synced', () => {
    const { host, ana, incidentId: first, clock, later } = drillRoom();
    expectOk(host.run('recordDrillParticipants', { incidentId: first, participants: [{ personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator', 'Reporter'] }] }));
    expectOk(host.run('stopDrill', { incidentId: first, reason: 'Practice over' }));
    later(7 * DAY);
    const { incidentId: second } = expectOk(host.run('startDrill', { runbookId: 'release-rollback' }));
    expectOk(host.run('recordDrillParticipants', { incidentId: second, participants: [{ personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator'] }] }));

    const rehearsals = expectOk(host.run('listRehearsals', {}));
    expect(rehearsals.map(({ role, incidentId, runbookId, drillTitle, drillState }) => ({ role, incidentId, runbookId, drillTitle, drillState }))).toEqual([
      { role: 'Coordinator', incidentId: second, runbookId: 'release-rollback', drillTitle: 'Drill: Rolling back a bad release', drillState: 'running' },
      { role: 'Reporter', incidentId: first, runbookId: 'database-failover', drillTitle: 'Drill: Database primary failover', drillState: 'stopped' },
    ]);

    // The second laptop's clock agrees with the first: events from a week ahead would wait as from the future.
    const other = hosts.openOn(folders.make(), { now: clock, fallbackAuthor: 'Second laptop' });
    other.receiveEvents([...host.store.log.readAll()].map((stored) => stored.event));
    expect(expectOk(other.run('listRehearsals', {}))).toEqual(rehearsals);
  });
});

describe('the drill’s post-mortem', () => {
  it('names who took part and what they rehearsed, in Markdown, HTML and JSON', () => {
    const { host, ana, incidentId } = drillRoom();
    expectOk(host.run('recordDrillParticipants', { incidentId, participants: [{ personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator', 'Reporter'] }, { name: 'Bo Lindqvist', roles: [] }] }));
    const line = 'Ana Ruiz (Coordinator, Reporter); Bo Lindqvist (took part, no role named)';

    expect(expectOk(host.run('exportPostMortem', { incidentId, format: 'md', zone: 'UTC' })).content).toContain(`- **Who took part:** ${line}`);
    expect(expectOk(host.run('exportPostMortem', { incidentId, format: 'html', zone: 'UTC' })).content).toContain(`<dt>Who took part</dt><dd><span dir="auto">${line}</span></dd>`);
    const json = JSON.parse(expectOk(host.run('exportPostMortem', { incidentId, format: 'json', zone: 'UTC' })).content) as { incident: { drill: { participants: unknown } } };
    expect(json.incident.drill.participants).toEqual([
      { personId: ana.id, name: 'Ana Ruiz', roles: ['Coordinator', 'Reporter'] },
      { personId: null, name: 'Bo Lindqvist', roles: [] },
    ]);
  });

  it('says nobody was recorded when nobody was', () => {
    const { host, incidentId } = drillRoom();
    expect(expectOk(host.run('exportPostMortem', { incidentId, format: 'md', zone: 'UTC' })).content).toContain('- **Who took part:** Nobody was recorded as taking part.');
  });
});
