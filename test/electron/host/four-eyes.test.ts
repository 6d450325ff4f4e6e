/**
 * Confirming a four-eyes step through the host: refused with a plain
 * sentence when the step needs no second person, is not done, is already
 * confirmed, or when the caller is the one who marked it done, by name or
 * by laptop (a second browser on the same headless peer is the same
 * laptop); recorded when a second person on another laptop confirms. The
 * steps after it wait until then, and cannot be finished by mistake.
 */
import { describe, expect, it } from 'vitest';
import { connectionCaller, type WarRoomHost } from '../../../electron/host/host.js';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const PROMOTE = 'promote-replica';

/** Everything one laptop holds, handed to the other as sync would. */
function syncTo(from: WarRoomHost, to: WarRoomHost): void {
  to.receiveEvents([...from.store.log.readAll()].map((stored) => stored.event));
}

/** Ana's laptop with the failover attached and every step before the promotion done; Bo's laptop in the same room. */
function failoverUpToPromotion() {
  const ana = hosts.openOn(folders.make());
  const bo = hosts.openOn(folders.make());
  expectOk(ana.run('setName', { name: 'Ana' }));
  expectOk(bo.run('setName', { name: 'Bo' }));
  const { incidentId } = expectOk(ana.run('declareIncident', { title: 'Primary database down', severity: 'SEV1' }));
  const checklistId = expectOk(ana.run('attachRunbook', { incidentId, runbookId: 'database-failover' })).id;
  const ref = (stepId: string) => ({ incidentId, checklistId, stepId });
  for (const stepId of ['confirm-primary-down', 'check-replicas', 'decide-failover', 'stop-writes']) expectOk(ana.run('setStepStatus', { ...ref(stepId), status: 'done' }));
  return { ana, bo, incidentId, checklistId, ref };
}

const stepOf = (checklist: ChecklistView, stepId: string) => checklist.steps.find((step) => step.id === stepId)!;

describe('confirming a step that takes two people', () => {
  it('is refused for a step that needs one person, and for a four-eyes step not done yet', () => {
    const { ana, bo, ref } = failoverUpToPromotion();
    syncTo(ana, bo);
    expect(expectFailure(bo.run('confirmStep', ref('stop-writes'))).message).toBe(
      'Stop the applications writing: maintenance mode or scale writers to zero does not need a second person: marking it done is enough.',
    );
    expect(expectFailure(bo.run('confirmStep', ref(PROMOTE))).message).toBe('Promote the chosen replica is not done yet: a second person confirms it once someone marks it done.');
  });

  it('is refused to a second browser on the laptop that marked it done, under another name', () => {
    const { ana, ref } = failoverUpToPromotion();
    finishFence(ana, ref);
    expectOk(ana.run('setStepStatus', { ...ref(PROMOTE), status: 'done' }));
    const secondBrowser = connectionCaller();
    secondBrowser.rename('Carl');
    const refused = expectFailure(ana.call('confirmStep', ref(PROMOTE), secondBrowser) as ReturnType<typeof ana.run<'confirmStep'>>);
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      'Ana marked Promote the chosen replica done from this laptop: a second person must confirm it from another laptop (another browser on the same Holdfast counts as this laptop).',
    );
  });

  it('is refused to the person who marked it done, from another laptop too', () => {
    const { ana, bo, ref } = failoverUpToPromotion();
    finishFence(ana, ref);
    expectOk(ana.run('setStepStatus', { ...ref(PROMOTE), status: 'done' }));
    syncTo(ana, bo);
    expectOk(bo.run('setName', { name: 'ANA' }));
    expect(expectFailure(bo.run('confirmStep', ref(PROMOTE))).message).toBe('You marked Promote the chosen replica done yourself: a second person must confirm it, from their own laptop.');
  });

  it('keeps the steps after it waiting until Bo confirms from his laptop, then lets them go ahead; a second confirmation is refused', () => {
    const { ana, bo, ref } = failoverUpToPromotion();
    finishFence(ana, ref);
    expectOk(ana.run('setStepStatus', { ...ref(PROMOTE), status: 'done' }));
    const refused = expectFailure(ana.run('setStepStatus', { ...ref('repoint-replicas'), status: 'in_progress' }));
    expect(refused.message).toBe(
      'This step is waiting on: Promote the chosen replica (done, awaiting a second person’s confirmation). To start it anyway, override with a reason.',
    );

    syncTo(ana, bo);
    const confirmed = expectOk(bo.run('confirmStep', ref(PROMOTE)));
    expect(stepOf(confirmed, PROMOTE).confirmation).toMatchObject({ requestedBy: 'Ana', confirmedBy: 'Bo', confirmedDevice: bo.deviceId });
    expect(stepOf(confirmed, 'repoint-replicas').waiting).toBe(false);
    expect(expectFailure(bo.run('confirmStep', ref(PROMOTE))).message).toBe('Bo already confirmed Promote the chosen replica.');

    syncTo(bo, ana);
    expectOk(ana.run('setStepStatus', { ...ref('repoint-replicas'), status: 'in_progress' }));
  });
});

/** The fence takes two people too: Ana marks it done on her laptop and Dee confirms it from hers. */
function finishFence(ana: WarRoomHost, ref: (stepId: string) => { incidentId: string; checklistId: string; stepId: string }): void {
  expectOk(ana.run('setStepStatus', { ...ref('fence-old-primary'), status: 'done' }));
  const dee = hosts.openOn(folders.make());
  expectOk(dee.run('setName', { name: 'Dee' }));
  syncTo(ana, dee);
  expectOk(dee.run('confirmStep', ref('fence-old-primary')));
  syncTo(dee, ana);
}
