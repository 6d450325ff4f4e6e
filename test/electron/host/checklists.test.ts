/**
 * Checklists and drills through the host: a runbook attached in dependency
 * order, waiting steps that cannot be started by mistake, the override that
 * asks for a reason, and a drill timed against its runbook's target.
 */
import { describe, expect, it } from 'vitest';
import { nextStepFor } from '../../../shared/checklists/next-step.js';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import type { WarRoomHost } from '../../../electron/host/host.js';

const { declaredIncident, folders, hosts } = useScratch();

function failover() {
  const { host, incidentId } = declaredIncident('Primary database down', 'SEV1');
  const checklist = expectOk(host.run('attachRunbook', { incidentId, runbookId: 'database-failover' }));
  return { host, incidentId, checklistId: checklist.id, checklist };
}

const step = (checklist: ChecklistView, stepId: string) => checklist.steps.find((candidate) => candidate.id === stepId)!;

function finish(host: WarRoomHost, incidentId: string, checklistId: string, ...stepIds: string[]): ChecklistView {
  let checklist: ChecklistView | undefined;
  for (const stepId of stepIds) checklist = expectOk(host.run('setStepStatus', { incidentId, checklistId, stepId, status: 'done' }));
  return checklist!;
}

describe('a runbook attached to an incident', () => {
  it('becomes a checklist in dependency order, with the steps whose needs are not done waiting', () => {
    const { checklist } = failover();
    expect(checklist.title).toBe('Database primary failover');
    expect(checklist.steps[0]!.id).toBe('confirm-primary-down');
    expect(step(checklist, 'confirm-primary-down').waiting).toBe(false);
    expect(step(checklist, 'decide-failover')).toMatchObject({ waiting: true, waitingOn: ['confirm-primary-down', 'check-replicas'] });
    expect(checklist.progress).toMatchObject({ total: checklist.steps.length, done: 0, blocked: 0 });
    expect(checklist.progress.remainingMs).toBeGreaterThan(0);
  });

  it('brings the roles the runbook involves into the incident, under the runbook’s role ids', () => {
    const { host, incidentId } = failover();
    const roles = expectOk(host.run('getIncident', { incidentId })).incident.roles;
    expect(roles.map((role) => [role.id, role.name])).toEqual(
      expect.arrayContaining([
        ['database-lead', 'Database lead'],
        ['application-lead', 'Application lead'],
      ]),
    );
    expect(roles.filter((role) => role.id === 'coordinator')).toHaveLength(1);
  });

  it('is refused a second time on the same incident, and an unknown runbook is named', () => {
    const { host, incidentId } = failover();
    expect(expectFailure(host.run('attachRunbook', { incidentId, runbookId: 'database-failover' })).message).toMatch(/already attached/);
    expect(expectFailure(host.run('attachRunbook', { incidentId, runbookId: 'no-such-runbook' })).message).toMatch(/No runbook with id no-such-runbook/);
  });

  it('shows on the timeline and in the incident’s progress', () => {
    const { host, incidentId, checklistId } = failover();
    finish(host, incidentId, checklistId, 'confirm-primary-down');
    const detail = expectOk(host.run('getIncident', { incidentId }));
    expect(detail.incident.checklists).toEqual([expect.objectContaining({ id: checklistId, progress: expect.objectContaining({ done: 1 }) })]);
    const texts = detail.timeline.map((entry) => entry.text);
    expect(texts).toContain('Checklist attached: Database primary failover (12 steps)');
    expect(texts.some((text) => text.startsWith('Done: Confirm the primary is really down'))).toBe(true);
  });
});

describe('working the steps', () => {
  it('refuses to start a waiting step by mistake, naming what it waits on; an override needs a reason and is recorded', () => {
    const { host, incidentId, checklistId } = failover();
    const refused = expectFailure(host.run('setStepStatus', { incidentId, checklistId, stepId: 'decide-failover', status: 'in_progress' }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/waiting on: Confirm the primary is really down.*override with a reason/);
    expect(expectFailure(host.run('setStepStatus', { incidentId, checklistId, stepId: 'decide-failover', status: 'in_progress', override: true })).message).toMatch(/Say why/);

    const checklist = expectOk(
      host.run('setStepStatus', { incidentId, checklistId, stepId: 'decide-failover', status: 'in_progress', override: true, reason: 'the primary’s disk is gone, no doubt' }),
    );
    expect(step(checklist, 'decide-failover')).toMatchObject({ status: 'in_progress', waiting: false });
    expect(step(checklist, 'decide-failover').history.at(-1)).toMatchObject({ to: 'in_progress', override: true, text: 'the primary’s disk is gone, no doubt' });
  });

  it('lets a step go once its needs are done, and asks why a step is blocked or skipped', () => {
    const { host, incidentId, checklistId } = failover();
    const checklist = finish(host, incidentId, checklistId, 'confirm-primary-down', 'check-replicas');
    expect(step(checklist, 'decide-failover').waiting).toBe(false);
    expect(expectFailure(host.run('setStepStatus', { incidentId, checklistId, stepId: 'decide-failover', status: 'blocked' })).message).toMatch(/Say why the step is blocked/);
    const blocked = expectOk(host.run('setStepStatus', { incidentId, checklistId, stepId: 'decide-failover', status: 'blocked', reason: 'waiting for the CTO' }));
    expect(step(blocked, 'decide-failover')).toMatchObject({ status: 'blocked', reason: 'waiting for the CTO' });
    expect(blocked.progress.blocked).toBe(1);
  });

  it('assigns, notes and marks a step checked by hand, each in its history', () => {
    const { host, incidentId, checklistId } = failover();
    expectOk(host.run('assignStep', { incidentId, checklistId, stepId: 'confirm-primary-down', person: 'Ana' }));
    expectOk(host.run('noteStep', { incidentId, checklistId, stepId: 'confirm-primary-down', text: 'pinged from both DCs' }));
    const checklist = expectOk(host.run('markStepChecked', { incidentId, checklistId, stepId: 'confirm-primary-down', checked: true }));
    expect(step(checklist, 'confirm-primary-down')).toMatchObject({ assignee: 'Ana', checkedByHand: true, notes: [expect.objectContaining({ text: 'pinged from both DCs' })] });
    expect(step(checklist, 'confirm-primary-down').history.map((change) => change.kind)).toEqual(['assigned', 'noted', 'checked']);
    expect(expectFailure(host.run('assignStep', { incidentId, checklistId, stepId: 'confirm-primary-down', person: 'ana' })).code).toBe('conflict');
  });

  it('adds a step during the incident that waits on an existing one, and refuses a need that does not exist', () => {
    const { host, incidentId, checklistId } = failover();
    const checklist = expectOk(host.run('addStep', { incidentId, checklistId, title: 'Warm the cache', needs: ['resume-writes'], expectMs: 120_000 }));
    const added = checklist.steps.find((candidate) => candidate.title === 'Warm the cache')!;
    expect(added).toMatchObject({ added: true, waiting: true, waitingOn: ['resume-writes'] });
    expect(checklist.steps.indexOf(added)).toBeGreaterThan(checklist.steps.findIndex((candidate) => candidate.id === 'resume-writes'));
    expect(expectFailure(host.run('addStep', { incidentId, checklistId, title: 'x', needs: ['nope-nope'] })).message).toMatch(/no step nope-nope/);
  });

  it('offers the next ready step for the person’s role when they finish one', () => {
    const { host, incidentId, checklistId } = failover();
    expectOk(host.run('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana' }));
    const checklist = finish(host, incidentId, checklistId, 'confirm-primary-down', 'check-replicas');
    const next = nextStepFor([checklist], 'Ana', new Set(['coordinator']));
    expect(next).toMatchObject({ because: 'role', step: expect.objectContaining({ id: 'decide-failover' }) });
    expect(nextStepFor([checklist], 'Ben', new Set(['reporter']))).toBeNull();
  });
});

describe('drills', () => {
  it('runs a runbook as a drill incident, marked as one, and records its recovery time when the checklist is done', () => {
    let now = 1_795_000_000_000;
    const host = hosts.openOn(folders.make(), { now: () => now, fallbackAuthor: 'Drill lead' });
    const { incidentId } = expectOk(host.run('startDrill', { runbookId: 'database-failover' }));
    const detail = expectOk(host.run('getIncident', { incidentId }));
    expect(detail.incident.title).toBe('Drill: Database primary failover');
    expect(detail.incident.drill).toMatchObject({ runbookId: 'database-failover', state: 'running', targetMs: 600_000 });
    const [checklist] = detail.checklists;
    // The fence and the promotion take two people: a second laptop in the drill confirms them.
    const second = hosts.openOn(folders.make(), { now: () => now, fallbackAuthor: 'Second pair of eyes' });
    for (const { id, confirm } of checklist!.steps) {
      now += 30_000;
      expectOk(host.run('setStepStatus', { incidentId, checklistId: checklist!.id, stepId: id, status: 'done' }));
      if (confirm !== 'two') continue;
      second.receiveEvents([...host.store.log.readAll()].map((stored) => stored.event));
      expectOk(second.run('confirmStep', { incidentId, checklistId: checklist!.id, stepId: id }));
      host.receiveEvents([...second.store.log.readAll()].map((stored) => stored.event));
    }
    const drill = expectOk(host.run('getIncident', { incidentId })).incident.drill!;
    expect(drill).toMatchObject({ state: 'completed', recoveryMs: 12 * 30_000 });

    const library = expectOk(host.run('listRunbooks', {}));
    const failoverSummary = library.runbooks.find((runbook) => runbook.id === 'database-failover')!;
    expect(failoverSummary.drills).toEqual([expect.objectContaining({ incidentId, recoveryMs: 360_000 })]);
    expect(failoverSummary).toMatchObject({ lastRehearsedAt: drill.startedAt, stale: false });
    expect(library.runbooks.find((runbook) => runbook.id === 'release-rollback')).toMatchObject({ stale: true, lastRehearsedAt: null });
  });

  it('stops a drill with a reason, and refuses to stop a real incident', () => {
    const host = hosts.openOn(folders.make(), { fallbackAuthor: 'Drill lead' });
    const { incidentId } = expectOk(host.run('startDrill', { runbookId: 'release-rollback' }));
    expect(expectOk(host.run('stopDrill', { incidentId, reason: 'real incident declared' })).drill).toMatchObject({ state: 'stopped', stopReason: 'real incident declared' });
    expect(expectFailure(host.run('stopDrill', { incidentId })).message).toMatch(/already been stopped/);
    const real = expectOk(host.run('declareIncident', { title: 'Real', severity: 'SEV2' }));
    expect(expectFailure(host.run('stopDrill', { incidentId: real.incidentId })).message).toMatch(/not a drill/);
  });
});
