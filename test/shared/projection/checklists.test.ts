/**
 * Checklists as every laptop folds them: two laptops changing one step at
 * once end with the same step everywhere, in any arrival order, and both
 * changes stay in its history; a drill's recovery time comes from its
 * checklist.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload, SignedEvent } from '../../../shared/events.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { incidentDurationMs } from '../../../shared/projection/views.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const incidentId = 'incident-steps';
const checklistId = 'checklist-one';

type Spec = EventPayload<'checklist.attached'>['steps'][number];
const spec = (stepId: string, needs: string[] = [], expectMs: number | null = 60_000): Spec => ({
  stepId,
  title: `Step ${stepId}`,
  details: '',
  needs,
  role: null,
  expectMs,
  links: [],
  phase: null,
});

function room(drill = false) {
  let clock = START;
  const now = () => clock;
  const ana = new SimulatedLaptop('Ana', now);
  const ben = new SimulatedLaptop('Ben', now);
  const declared = ana.record('incident.declared', {
    incidentId,
    title: 'Restore',
    severity: 'SEV2',
    summary: '',
    ...(drill ? { drill: { runbookId: 'restore-runbook', targetMs: 600_000 } } : {}),
  });
  const attached = ana.record('checklist.attached', {
    incidentId,
    checklistId,
    runbookId: 'restore-runbook',
    title: 'Restore from backup',
    targetMs: 600_000,
    steps: [spec('fetch-backup'), spec('restore-data', ['fetch-backup'], 300_000), spec('verify-data', ['restore-data'])],
  });
  ben.hear(declared);
  ben.hear(attached);
  return { ana, ben, events: [declared, attached] as SignedEvent[], advance: (ms: number) => (clock += ms) };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

describe('a checklist folded from its events', () => {
  it('shows steps whose needs are not finished as waiting, and the remaining critical path', () => {
    const { events } = room();
    const checklist = WarRoomProjection.rebuild(events).checklist(checklistId)!;
    expect(checklist.steps.map((step) => [step.id, step.waiting])).toEqual([
      ['fetch-backup', false],
      ['restore-data', true],
      ['verify-data', true],
    ]);
    expect(checklist.progress).toMatchObject({ total: 3, done: 0, remainingMs: 420_000, criticalPath: ['fetch-backup', 'restore-data', 'verify-data'] });
  });

  it('resolves two laptops changing one step at once identically in every arrival order, with both changes in its history', () => {
    const { ana, ben, events } = room();
    const byAna = ana.record('step.status_changed', { incidentId, checklistId, stepId: 'fetch-backup', status: 'done', reason: '', override: false });
    const byBen = ben.record('step.status_changed', { incidentId, checklistId, stepId: 'fetch-backup', status: 'blocked', reason: 'tape library offline', override: false });
    const assignedByAna = ana.record('step.assigned', { incidentId, checklistId, stepId: 'fetch-backup', person: 'Ana', personId: null });
    const assignedByBen = ben.record('step.assigned', { incidentId, checklistId, stepId: 'fetch-backup', person: 'Ben', personId: null });
    const states = permutations([byAna, byBen, assignedByAna, assignedByBen]).map((order) => WarRoomProjection.rebuild([...order, ...events]));
    expect(new Set(states.map((state) => state.canonicalState())).size).toBe(1);
    const step = states[0]!.checklist(checklistId)!.steps[0]!;
    expect(step.history.filter((change) => change.kind === 'status').map((change) => change.to).sort()).toEqual(['blocked', 'done']);
    expect(step.history.filter((change) => change.kind === 'assigned').map((change) => change.text).sort()).toEqual(['Ana', 'Ben']);
  });

  it('puts step changes on the timeline, an override saying so', () => {
    const { ana, events } = room();
    const override = ana.record('step.status_changed', { incidentId, checklistId, stepId: 'verify-data', status: 'in_progress', reason: 'checking the old copy', override: true });
    const projection = WarRoomProjection.rebuild([...events, override]);
    expect(projection.timeline(incidentId).map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['Checklist attached: Restore from backup (3 steps)', 'In progress before its needs were done: Step verify-data (checking the old copy)']),
    );
  });

  it('completes a drill when its last step is finished, with the recovery time from the start', () => {
    const { ana, events, advance } = room(true);
    const steps: SignedEvent[] = [];
    for (const stepId of ['fetch-backup', 'restore-data', 'verify-data']) {
      advance(100_000);
      steps.push(ana.record('step.status_changed', { incidentId, checklistId, stepId, status: stepId === 'verify-data' ? 'skipped' : 'done', reason: 'not needed in a drill', override: false }));
    }
    const incident = WarRoomProjection.rebuild([...events, ...steps]).incident(incidentId)!;
    expect(incident.drill).toMatchObject({ state: 'completed', recoveryMs: 300_000, targetMs: 600_000 });
    // Over: it lasted until its checklist was done, and nobody is missing from its roles any more.
    expect(incidentDurationMs(incident, START + 999_999_999)).toBe(300_000);
    expect(incident.vacantKeyRoles).toEqual([]);
    expect(incident.checklists[0]).toMatchObject({ completedAt: START + 300_000, progress: expect.objectContaining({ done: 2, skipped: 1, remainingMs: 0 }) });

    advance(1_000);
    const reopened = ana.record('step.status_changed', { incidentId, checklistId, stepId: 'verify-data', status: 'todo', reason: '', override: false });
    expect(WarRoomProjection.rebuild([...events, ...steps, reopened]).incident(incidentId)!.drill).toMatchObject({ state: 'running', recoveryMs: null });
  });
});
