/**
 * A step's refusal ("is waiting on …") is taken back by the store as soon as
 * what it rested on changes, whichever laptop changed it.
 */
import { describe, expect, it } from 'vitest';
import type { ChecklistView, StepView } from '../../../shared/projection/checklist-views.js';
import { createHoldfastStore } from '../../../renderer/store/store.js';
import { stepRefusalKey } from '../../../renderer/store/stepRefusals.js';
import { step } from '../components/checklists/steps.js';
import { incident } from '../entries.js';

function checklist(steps: StepView[]): ChecklistView {
  return {
    id: 'c1',
    incidentId: 'i1',
    runbookId: 'failover',
    title: 'Failover',
    targetMs: null,
    attachedAt: 0,
    attachedBy: 'Ana',
    steps,
    progress: { total: steps.length, done: 0, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0, remainingMs: 0, criticalPath: [], unestimated: [] },
    completedAt: null,
  };
}

const waiting = [step({ id: 'confirm' }), step({ id: 'decide', needs: ['confirm'], waiting: true, waitingOn: ['confirm'] })];

function refusedStore() {
  const store = createHoldfastStore();
  store.getState().mergeIncidents([incident('i1')]);
  store.getState().mergeChecklists([checklist(waiting)]);
  store.getState().refuseStep({ incidentId: 'i1', checklistId: 'c1', stepId: 'decide', message: 'decide is waiting on: confirm.' });
  return store;
}

const refusalOf = (store: ReturnType<typeof createHoldfastStore>) => store.getState().stepRefusals[stepRefusalKey('c1', 'decide')]?.message ?? null;

describe('a step refusal', () => {
  it('stays while what it rested on is unchanged (another step noted, the same checklist again)', () => {
    const store = refusedStore();
    store.getState().mergeChecklists([checklist([{ ...waiting[0]!, notes: [{ text: 'seen', at: 1, by: 'Bo' }] }, waiting[1]!])]);
    store.getState().mergeIncidents([incident('i1', { title: 'Renamed' })]);
    expect(refusalOf(store)).toBe('decide is waiting on: confirm.');
  });

  it('goes once the step it waited on is done', () => {
    const store = refusedStore();
    store.getState().mergeChecklists([checklist([{ ...waiting[0]!, status: 'done' }, { ...waiting[1]!, waiting: false, waitingOn: [] }])]);
    expect(refusalOf(store)).toBeNull();
  });

  it('goes once the step itself moves on', () => {
    const store = refusedStore();
    store.getState().mergeChecklists([checklist([waiting[0]!, { ...waiting[1]!, status: 'in_progress' }])]);
    expect(refusalOf(store)).toBeNull();
  });

  it('goes once a second person confirms the four-eyes step it was about ("you marked it done yourself")', () => {
    const confirmation = { requestedBy: 'Ana', requestedDevice: 'device-a', requestedAt: 1, stamp: 's1', confirmedBy: null, confirmedDevice: null, confirmedAt: null };
    const fence = step({ id: 'fence', status: 'done', confirm: 'two', confirmation });
    const store = createHoldfastStore();
    store.getState().mergeIncidents([incident('i1')]);
    store.getState().mergeChecklists([checklist([fence])]);
    store.getState().refuseStep({ incidentId: 'i1', checklistId: 'c1', stepId: 'fence', message: 'You marked fence done yourself.' });
    expect(store.getState().stepRefusals[stepRefusalKey('c1', 'fence')]?.message).toBe('You marked fence done yourself.');
    store.getState().mergeChecklists([checklist([{ ...fence, confirmation: { ...confirmation, confirmedBy: 'Bo', confirmedDevice: 'device-b', confirmedAt: 2 } }])]);
    expect(store.getState().stepRefusals[stepRefusalKey('c1', 'fence')]).toBeUndefined();
  });

  it('goes once the incident changes status (resolved, reopened)', () => {
    const store = refusedStore();
    store.getState().mergeIncidents([incident('i1', { status: 'resolved' })]);
    expect(refusalOf(store)).toBeNull();
  });

  it('is not kept for a step the store does not hold', () => {
    const store = createHoldfastStore();
    store.getState().refuseStep({ incidentId: 'i1', checklistId: 'c1', stepId: 'decide', message: 'x' });
    expect(refusalOf(store)).toBeNull();
  });
});
