/**
 * Four eyes on a risky step, as every laptop folds it: a `confirm: two` step
 * marked done is not finished until a second person, on another laptop and
 * under another name, confirms that very change. Until then the steps that
 * need it wait, progress says it awaits confirmation, and the checklist is
 * not complete. A confirmation from the same laptop or the same name, or of
 * an earlier change, counts for nothing.
 */
import { describe, expect, it } from 'vitest';
import { nextStepFor } from '../../../shared/checklists/next-step.js';
import type { EventPayload, SignedEvent } from '../../../shared/events.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const incidentId = 'incident-failover';
const checklistId = 'checklist-failover';

type Spec = EventPayload<'checklist.attached'>['steps'][number];
const spec = (stepId: string, title: string, needs: string[], extra: Partial<Spec> = {}): Spec => ({
  stepId,
  title,
  details: '',
  needs,
  role: null,
  expectMs: 60_000,
  links: [],
  phase: null,
  ...extra,
});

function room() {
  let clock = START;
  const now = () => (clock += 1_000);
  const ana = new SimulatedLaptop('Ana', now);
  const bo = new SimulatedLaptop('Bo', now);
  const events: SignedEvent[] = [];
  const everyoneHears = (event: SignedEvent) => {
    for (const laptop of [ana, bo]) laptop.hear(event);
    events.push(event);
    return event;
  };
  everyoneHears(ana.record('incident.declared', { incidentId, title: 'Primary database down', severity: 'SEV1', summary: '' }));
  everyoneHears(
    ana.record('checklist.attached', {
      incidentId,
      checklistId,
      runbookId: 'database-failover',
      title: 'Database primary failover',
      targetMs: 600_000,
      steps: [
        spec('promote-replica', 'Promote the replica', [], { confirm: 'two', restores: ['primary-database'] }),
        spec('repoint-apps', 'Point the applications at it', ['promote-replica']),
      ],
    }),
  );
  const doIt = (laptop: SimulatedLaptop, stepId: string, status: 'done' | 'todo' = 'done') =>
    everyoneHears(laptop.record('step.status_changed', { incidentId, checklistId, stepId, status, reason: '', override: false }));
  const confirm = (laptop: SimulatedLaptop, done: SignedEvent) =>
    everyoneHears(laptop.record('step.confirmed', { incidentId, checklistId, stepId: 'promote-replica', confirms: done.hlc }));
  const view = () => WarRoomProjection.rebuild(events);
  return { ana, bo, events, doIt, confirm, view, now };
}

const promote = (projection: WarRoomProjection) => projection.checklist(checklistId)!.steps.find((step) => step.id === 'promote-replica')!;
const repoint = (projection: WarRoomProjection) => projection.checklist(checklistId)!.steps.find((step) => step.id === 'repoint-apps')!;

describe('a step that takes two people', () => {
  it('carries confirm and restores from the runbook, and needs nothing before it is done', () => {
    const { view } = room();
    expect(promote(view())).toMatchObject({ confirm: 'two', restores: ['primary-database'], confirmation: null });
    expect(repoint(view())).toMatchObject({ confirm: 'one', restores: [], confirmation: null });
  });

  it('is not finished once marked done: the step after it waits, progress says it awaits confirmation, and nobody is handed the next step', () => {
    const { ana, doIt, view } = room();
    const done = doIt(ana, 'promote-replica');
    const projection = view();
    expect(promote(projection).status).toBe('done');
    expect(promote(projection).confirmation).toMatchObject({ requestedBy: 'Ana', requestedDevice: ana.device, stamp: done.hlc, confirmedBy: null });
    expect(repoint(projection)).toMatchObject({ waiting: true, waitingOn: ['promote-replica'] });
    expect(projection.checklist(checklistId)!.progress).toMatchObject({ total: 2, done: 0, awaitingConfirmation: 1 });
    expect(nextStepFor([projection.checklist(checklistId)!], 'Bo', new Set())).toBeNull();
  });

  it('is finished once a second person on another laptop confirms it, with both names on the timeline', () => {
    const { ana, bo, doIt, confirm, view } = room();
    const done = doIt(ana, 'promote-replica');
    confirm(bo, done);
    const projection = view();
    expect(promote(projection).confirmation).toMatchObject({ requestedBy: 'Ana', confirmedBy: 'Bo', confirmedDevice: bo.device });
    expect(repoint(projection).waiting).toBe(false);
    expect(projection.checklist(checklistId)!.progress).toMatchObject({ done: 1, awaitingConfirmation: 0 });
    expect(nextStepFor([projection.checklist(checklistId)!], 'Bo', new Set())?.step.id).toBe('repoint-apps');
    expect(projection.timeline(incidentId).map((entry) => entry.text)).toContain('Confirmed by Bo (marked done by Ana): Promote the replica');
    expect(promote(projection).history.at(-1)).toMatchObject({ kind: 'confirmed', by: 'Bo', text: 'Ana' });
  });

  it('ignores a confirmation from the laptop that marked it done, even under another name', () => {
    const { ana, doIt, view, events, now } = room();
    const done = doIt(ana, 'promote-replica');
    // A second browser on Ana's headless peer signs with the peer's one key.
    const secondBrowser = new SimulatedLaptop('Carl', now, ana.key);
    events.push(secondBrowser.record('step.confirmed', { incidentId, checklistId, stepId: 'promote-replica', confirms: done.hlc }));
    expect(promote(view()).confirmation?.confirmedBy).toBeNull();
    expect(view().timeline(incidentId).map((entry) => entry.text).filter((text) => text.startsWith('Confirmed'))).toEqual([]);
  });

  it('ignores a confirmation under the same name from another laptop, whatever its case', () => {
    const { ana, doIt, view, events, now } = room();
    const done = doIt(ana, 'promote-replica');
    const anasPhone = new SimulatedLaptop('ana', now);
    events.push(anasPhone.record('step.confirmed', { incidentId, checklistId, stepId: 'promote-replica', confirms: done.hlc }));
    expect(promote(view()).confirmation?.confirmedBy).toBeNull();
    expect(repoint(view()).waiting).toBe(true);
  });

  it('needs a new confirmation once reopened and done again: the old one names an earlier change', () => {
    const { ana, bo, doIt, confirm, view } = room();
    const first = doIt(ana, 'promote-replica');
    confirm(bo, first);
    doIt(ana, 'promote-replica', 'todo');
    expect(promote(view()).confirmation).toBeNull();
    const second = doIt(ana, 'promote-replica');
    expect(promote(view()).confirmation).toMatchObject({ stamp: second.hlc, confirmedBy: null });
    expect(repoint(view()).waiting).toBe(true);
    confirm(bo, first);
    expect(promote(view()).confirmation?.confirmedBy).toBeNull();
    confirm(bo, second);
    expect(promote(view()).confirmation?.confirmedBy).toBe('Bo');
  });

  it('keeps the checklist incomplete until the confirmation, then complete from it', () => {
    const { ana, bo, doIt, confirm, view } = room();
    const done = doIt(ana, 'promote-replica');
    doIt(ana, 'repoint-apps');
    expect(view().checklist(checklistId)!.completedAt).toBeNull();
    const confirmed = confirm(bo, done);
    expect(view().checklist(checklistId)!.completedAt).toBe(view().timeline(incidentId).find((entry) => entry.hlc === confirmed.hlc)!.recordedAt);
  });

  it('counts only the first of two confirmations, whatever order they arrive in', () => {
    const { ana, bo, doIt, view, events, now } = room();
    const done = doIt(ana, 'promote-replica');
    const dee = new SimulatedLaptop('Dee', now);
    const byBo = bo.record('step.confirmed', { incidentId, checklistId, stepId: 'promote-replica', confirms: done.hlc });
    const byDee = dee.record('step.confirmed', { incidentId, checklistId, stepId: 'promote-replica', confirms: done.hlc });
    const one = WarRoomProjection.rebuild([...events, byBo, byDee]);
    const other = WarRoomProjection.rebuild([byDee, ...events, byBo]);
    expect(one.canonicalState()).toBe(other.canonicalState());
    expect(promote(one).confirmation?.confirmedBy).toBe('Bo');
    expect(view().checklist(checklistId)!.progress.awaitingConfirmation).toBe(1);
  });
});
