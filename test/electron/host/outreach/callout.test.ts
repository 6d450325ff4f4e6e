/**
 * The call-out through the host: the list drawn from the call-out file for
 * the incident's severity with the roster's numbers, names the roster does
 * not know named with their file and line, a severity raised adding only
 * the people not listed, someone added by hand, steps refused for someone
 * not on the list, and two laptops recording steps while cut off ending the
 * same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../../electron/host/host.js';
import { formatProblem } from '../../../../shared/runbooks/runbook.js';
import type { Severity } from '../../../../shared/severity.js';
import { connect } from '../../../support/in-memory-link.js';
import { expectFailure, expectOk } from '../../../support/results.js';
import { useScratch } from '../../../support/scratch.js';
import { settled } from '../../../support/settled-hosts.js';

const { folders, hosts } = useScratch();

const CALL_OUT = `SEV1:
  escalate-after: 5m
  teams:
    Payments: [on-call, Priya Shah]
    Network: [on-call]
    Mainframe: [on-call]
  people:
    - [Dana Okafor, Nobody Known]
  partners:
    working-group: [North Bank]
    information: [Unknown Telco]
SEV3:
  escalate-after: 30m
  teams:
    Payments: [on-call]
`;

/** A laptop whose shipped runbooks hold the call-out file above, with a roster and a partner. */
function laptop(severity: Severity, callOut = CALL_OUT) {
  const runbooksDir = folders.make();
  fs.mkdirSync(path.join(runbooksDir, 'outreach'));
  fs.writeFileSync(path.join(runbooksDir, 'outreach', 'call-out.yaml'), callOut);
  const host = hosts.openOn(folders.make(), { runbooksDir });
  const person = (name: string, team: string, onCall: boolean) =>
    expectOk(host.run('savePerson', { name, team, phone: `+44 20 7946 ${String(name.length).padStart(4, '0')}`, email: `${name.split(' ')[0]!.toLowerCase()}@example.org`, chat: '', notes: '', onCall }));
  const people = {
    ana: person('Ana Lima', 'Payments', true),
    bo: person('Bo Berg', 'Payments', true),
    priya: person('Priya Shah', 'Payments', false),
    chen: person('Chen Wu', 'Network', true),
    dana: person('Dana Okafor', 'Management', false),
  };
  const bank = expectOk(
    host.run('savePartner', {
      name: 'North Bank',
      kind: 'bank',
      provides: '',
      contacts: [
        { name: 'Dee', role: 'duty manager', phone: '+44 20 7946 0100', email: '' },
        { name: 'Eli', role: 'deputy', phone: '+44 20 7946 0101', email: '' },
      ],
      notes: '',
    }),
  );
  const { incidentId } = expectOk(host.run('declareIncident', { title: 'Card payments failing', severity }));
  return { host, incidentId, runbooksDir, people, bank };
}

const names = (host: WarRoomHost, incidentId: string) => expectOk(host.run('getIncident', { incidentId })).outreach.callout?.callees.map((callee) => callee.name) ?? [];

describe('the call-out', () => {
  it('draws the first of each chain for SEV1 with the roster’s numbers, the rest in reserve, and names what the roster does not know', () => {
    const { host, incidentId, runbooksDir } = laptop('SEV1');
    const plan = expectOk(host.run('listCalloutPlan', {}));
    const file = path.join(runbooksDir, 'outreach', 'call-out.yaml');
    expect(plan.problems).toEqual([]);
    expect(plan.severities[0]!.problems.map(formatProblem)).toEqual([
      `${file}:6: nobody on the roster is in a team called "Mainframe": write the team as the roster names it`,
      `${file}:8: "Nobody Known" is not on the roster: add them to the roster, or write their name as the roster has it`,
      `${file}:11: "Unknown Telco" is not on the partner list: add the partner, or write its name as the list has it`,
    ]);
    expect(plan.severities.map((severity) => [severity.severity, severity.first.length])).toEqual([
      ['SEV1', 4],
      ['SEV3', 1],
    ]);
    expect(plan.severities[0]!.lines).toEqual(['Payments: on call, then Priya Shah', 'Network: on call', 'Mainframe: on call', 'Dana Okafor, then Nobody Known', 'North Bank (partner, working group)', 'Unknown Telco (partner, information)']);

    const callout = expectOk(host.run('startCallout', { incidentId })).callout!;
    expect(callout).toMatchObject({ severity: 'SEV1', escalateAfterMs: 5 * 60_000, listedBy: 'Ana' });
    expect(callout.callees.map((callee) => [callee.name, callee.why, callee.chain, callee.rank, callee.phone])).toEqual([
      ['Ana Lima', 'on call for Payments', 'Payments', 0, '+44 20 7946 0008'],
      ['Chen Wu', 'on call for Network', 'Network', 0, '+44 20 7946 0007'],
      ['Dana Okafor', 'named for every SEV1', 'Dana Okafor', 0, '+44 20 7946 0011'],
      ['Dee', 'North Bank, working group', 'North Bank', 0, '+44 20 7946 0100'],
    ]);
    expect(callout.standby.map((callee) => [callee.name, callee.chain, callee.rank])).toEqual([
      ['Bo Berg', 'Payments', 1],
      ['Priya Shah', 'Payments', 2],
      ['Eli', 'North Bank', 1],
    ]);
  });

  it('draws only the SEV3 people for a SEV3, adds only those not listed when the severity is raised, and refuses a second start with nothing new', () => {
    const { host, incidentId } = laptop('SEV3');
    expectOk(host.run('startCallout', { incidentId }));
    expect(names(host, incidentId)).toEqual(['Ana Lima']);
    expect(expectFailure(host.run('startCallout', { incidentId })).message).toBe('Everyone the call-out file names for SEV3 is already on the call-out list.');
    expectOk(host.run('changeSeverity', { incidentId, severity: 'SEV1' }));
    const raised = expectOk(host.run('startCallout', { incidentId })).callout!;
    expect(raised.callees.map((callee) => callee.name)).toEqual(['Ana Lima', 'Chen Wu', 'Dana Okafor', 'Dee']);
    // The first listing's severity and wait stand; the raise only added people.
    expect(raised).toMatchObject({ severity: 'SEV3', escalateAfterMs: 30 * 60_000 });
  });

  it('refuses to start when the file names nobody for the severity, saying which', () => {
    const { host, incidentId } = laptop('SEV2');
    expect(expectFailure(host.run('startCallout', { incidentId })).message).toBe('The call-out file names nobody for SEV2: add a SEV2 section to runbooks/outreach/call-out.yaml.');
    const onlyUnknown = laptop('SEV1', 'SEV1:\n  escalate-after: 5m\n  people: [Nobody Known]\n');
    expect(expectFailure(onlyUnknown.host.run('startCallout', { incidentId: onlyUnknown.incidentId })).message).toMatch(
      /^Nobody the call-out file names for SEV1 could be found on the roster or the partner list: .*call-out\.yaml:3: "Nobody Known" is not on the roster/,
    );
  });

  it('takes up the next in a chain, adds someone typed in, and refuses steps for someone not on the list', () => {
    const { host, incidentId, people } = laptop('SEV1');
    expectOk(host.run('startCallout', { incidentId }));
    expectOk(host.run('addCallees', { incidentId, callees: [{ personId: people.bo.id, name: 'Bo Berg', why: 'on call for Payments', chain: 'Payments', rank: 1 }] }));
    expectOk(host.run('addCallees', { incidentId, callees: [{ name: 'Facilities desk', phone: '+44 20 7946 0999' }] }));
    expect(names(host, incidentId)).toEqual(['Ana Lima', 'Bo Berg', 'Chen Wu', 'Dana Okafor', 'Dee', 'Facilities desk']);
    expect(expectFailure(host.run('addCallees', { incidentId, callees: [{ personId: people.bo.id, name: 'Bo Berg' }] })).message).toBe('Bo Berg is already on the call-out list.');
    expect(expectFailure(host.run('addCallees', { incidentId, callees: [{ name: 'Someone' }] })).message).toBe('Give a phone number or an e-mail address to reach Someone.');
    expect(expectFailure(host.run('progressCallout', { incidentId, calleeKey: `person:${people.priya.id}`, state: 'called' })).message).toBe('That person is not on this incident’s call-out list.');
  });

  it('ends the same on two laptops that progressed the same callee while cut off', async () => {
    const { host: first, incidentId, people } = laptop('SEV1');
    expectOk(first.run('startCallout', { incidentId }));
    const second = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    const link = connect(first, second);
    await settled(first, second);
    link.left.end('cut off');
    const ana = `person:${people.ana.id}`;
    expectOk(first.run('progressCallout', { incidentId, calleeKey: ana, state: 'called' }));
    expectOk(second.run('progressCallout', { incidentId, calleeKey: ana, state: 'called' }));
    expectOk(second.run('progressCallout', { incidentId, calleeKey: ana, state: 'reached' }));
    expectOk(first.run('progressCallout', { incidentId, calleeKey: ana, state: 'acknowledged' }));
    connect(first, second);
    await settled(first, second);
    const calleeOn = (host: WarRoomHost) => expectOk(host.run('getIncident', { incidentId })).outreach.callout!.callees[0]!;
    expect(calleeOn(second)).toEqual(calleeOn(first));
    expect(calleeOn(first).steps).toHaveLength(4);
    expect(calleeOn(first).calledAt).not.toBeNull();
  });
});
