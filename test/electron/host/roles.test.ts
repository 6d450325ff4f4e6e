/**
 * Roles through the host, as the role panel uses them: assigning, handing
 * over with a reason, stepping down, adding a role, and the role cards read
 * from the shipped folder (or an edited one) on every call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { declaredIncident, folders, hosts } = useScratch();

const eventCount = (host: WarRoomHost) => host.store.log.versionVector()[host.deviceId] ?? 0;

function declared() {
  return declaredIncident('Card payments fail in EU', 'SEV1');
}

function roleIn(host: WarRoomHost, incidentId: string, roleId: string) {
  return expectOk(host.run('getIncident', { incidentId })).incident.roles.find((role) => role.id === roleId)!;
}

describe('assigning and handing over a role', () => {
  it('assigns a vacant key role without a reason, and the vacant flag goes', () => {
    const { host, incidentId } = declared();
    const incident = expectOk(host.run('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana' }));
    expect(incident.roles[0]).toMatchObject({ id: 'coordinator', holder: 'Ana', holderPersonId: null });
    expect(incident.vacantKeyRoles).toEqual(['Reporter', 'Partner liaison']);
  });

  it('refuses a hand-over without a reason and records nothing; with one, it is on the role and the timeline', () => {
    const { host, incidentId } = declared();
    expectOk(host.run('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana' }));
    const before = eventCount(host);

    const refused = expectFailure(host.run('assignRole', { incidentId, roleId: 'coordinator', person: 'Ben', reason: '   ' }));
    expect(refused).toEqual({
      code: 'invalid_input',
      message: 'Say why Coordinator is handed over from Ana to Ben: the hand-over is recorded.',
      path: ['reason'],
    });
    expect(eventCount(host)).toBe(before);
    expect(roleIn(host, incidentId, 'coordinator').holder).toBe('Ana');

    expectOk(host.run('assignRole', { incidentId, roleId: 'coordinator', person: 'Ben', reason: 'Ana goes off shift' }));
    const coordinator = roleIn(host, incidentId, 'coordinator');
    expect(coordinator.holder).toBe('Ben');
    expect(coordinator.history.map(({ from, to, reason, by }) => ({ from, to, reason, by }))).toEqual([
      { from: null, to: 'Ana', reason: '', by: 'Ana' },
      { from: 'Ana', to: 'Ben', reason: 'Ana goes off shift', by: 'Ana' },
    ]);
    const timeline = expectOk(host.run('getIncident', { incidentId })).timeline;
    expect(timeline.at(-1)).toMatchObject({ kind: 'role', text: 'Coordinator handed over: Ana → Ben (Ana goes off shift)' });
  });

  it('refuses to assign a role to the person who already holds it, whatever the case', () => {
    const { host, incidentId } = declared();
    expectOk(host.run('assignRole', { incidentId, roleId: 'reporter', person: 'Chloé' }));
    const before = eventCount(host);
    const refused = expectFailure(host.run('assignRole', { incidentId, roleId: 'reporter', person: 'chloé', reason: 'again' }));
    expect(refused).toEqual({ code: 'conflict', message: 'Chloé already holds the role Reporter.', path: ['person'] });
    expect(eventCount(host)).toBe(before);
  });

  it('refuses a role the incident does not have', () => {
    const { host, incidentId } = declared();
    const refused = expectFailure(host.run('assignRole', { incidentId, roleId: 'role-nobody-added', person: 'Ana' }));
    expect(refused).toEqual({ code: 'not_found', message: 'This incident has no role with id role-nobody-added.', path: ['roleId'] });
  });

  it('links a holder picked from the roster, so whom to call is at hand, and refuses someone no longer on it', () => {
    const { host, incidentId } = declared();
    const dev = expectOk(host.run('savePerson', { name: 'Dev Patel', team: 'Payments', phone: '+44 20 7946 0011', email: 'dev@example.org', chat: '@dev', notes: '', onCall: true }));
    const incident = expectOk(host.run('assignRole', { incidentId, roleId: 'partner-liaison', person: dev.name, personId: dev.id }));
    expect(incident.roles[2]).toMatchObject({ holder: 'Dev Patel', holderPersonId: dev.id });

    expectOk(host.run('deletePerson', { personId: dev.id }));
    const refused = expectFailure(host.run('assignRole', { incidentId, roleId: 'coordinator', person: dev.name, personId: dev.id }));
    expect(refused.code).toBe('not_found');
  });
});

describe('stepping down', () => {
  it('leaves the role vacant with the reason in its history, and flags a key role again', () => {
    const { host, incidentId } = declared();
    expectOk(host.run('assignRole', { incidentId, roleId: 'reporter', person: 'Eli' }));
    const incident = expectOk(host.run('vacateRole', { incidentId, roleId: 'reporter', reason: 'called to another incident' }));
    expect(incident.roles[1]).toMatchObject({ holder: null });
    expect(incident.roles[1]!.history.at(-1)).toMatchObject({ from: 'Eli', to: null, reason: 'called to another incident' });
    expect(incident.vacantKeyRoles).toContain('Reporter');
  });

  it('refuses to vacate a role nobody holds', () => {
    const { host, incidentId } = declared();
    expect(expectFailure(host.run('vacateRole', { incidentId, roleId: 'coordinator', reason: 'x' }))).toEqual({
      code: 'conflict',
      message: 'Nobody holds the role Coordinator.',
    });
  });
});

describe('custom roles', () => {
  it('adds a role with its card after the key roles, and it can be assigned like any other', () => {
    const { host, incidentId } = declared();
    const incident = expectOk(host.run('addRole', { incidentId, name: 'Operations lead', cardId: 'operations-lead' }));
    const added = incident.roles.at(-1)!;
    expect(incident.roles.map((role) => role.name)).toEqual(['Coordinator', 'Reporter', 'Partner liaison', 'Operations lead']);
    expect(added).toMatchObject({ key: false, cardId: 'operations-lead', holder: null });
    // A vacant custom role is not a vacant key role.
    expect(incident.vacantKeyRoles).toHaveLength(3);

    const assigned = expectOk(host.run('assignRole', { incidentId, roleId: added.id, person: 'Fay' }));
    expect(assigned.roles.at(-1)!.holder).toBe('Fay');
  });

  it('refuses a second role of the same name', () => {
    const { host, incidentId } = declared();
    expectOk(host.run('addRole', { incidentId, name: 'Scribe', cardId: 'scribe' }));
    expect(expectFailure(host.run('addRole', { incidentId, name: 'scribe' }))).toEqual({
      code: 'conflict',
      message: 'This incident already has a role called Scribe.',
      path: ['name'],
    });
  });
});

describe('role cards through the host', () => {
  it('lists the shipped cards by default', () => {
    const { host } = declared();
    const { cards, problems } = expectOk(host.run('listRoleCards', {}));
    expect(problems).toEqual([]);
    expect(cards.slice(0, 3).map((card) => card.name)).toEqual(['Coordinator', 'Reporter', 'Partner liaison']);
  });

  it('shows an edit to a card on the next call, and names a card broken by an edit', () => {
    const runbooks = folders.make();
    const roles = path.join(runbooks, 'roles');
    fs.mkdirSync(roles);
    const write = (id: string, summary: string) =>
      fs.writeFileSync(path.join(roles, `${id}.md`), `---\nid: ${id}\nname: ${id}\nsummary: ${summary}\n---\n- Do the thing.\n`);
    for (const id of ['coordinator', 'reporter', 'partner-liaison']) write(id, 'As shipped.');
    const host = hosts.openOn(folders.make(), { runbooksDir: runbooks });
    expect(expectOk(host.run('listRoleCards', {})).cards[0]!.summary).toBe('As shipped.');

    write('coordinator', 'Edited while the app runs.');
    fs.writeFileSync(path.join(roles, 'reporter.md'), '---\nid: reporter\nname: Reporter\n---\n- Report.\n');
    const { cards, problems } = expectOk(host.run('listRoleCards', {}));
    expect(cards.map((card) => [card.id, card.summary])).toEqual([
      ['coordinator', 'Edited while the app runs.'],
      ['partner-liaison', 'As shipped.'],
    ]);
    expect(problems).toEqual([{ file: path.join(roles, 'reporter.md'), line: 1, message: 'The summary is missing; add "summary: ..." to the front matter.' }]);
  });
});
